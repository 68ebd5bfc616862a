/**
 * Record ids as they arrive in URLs and forms: digits only, read once into a number. Nine digits fit every
 * serial key; daily reports (bigserial) take up to twelve. Anything else is "not found", never a query.
 * Form fields use the same rule through `idField` in `lib/validation.ts`.
 */
export const idPattern = (digits: 9 | 12 = 9) => (digits === 12 ? /^\d{1,12}$/ : /^\d{1,9}$/);

export function parseId(value: string | undefined, { big = false } = {}): number | null {
  if (value === undefined || !idPattern(big ? 12 : 9).test(value)) return null;
  return Number(value);
}
