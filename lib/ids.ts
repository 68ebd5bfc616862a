/**
 * Record ids as they arrive in URLs: digits only, read once into a number. Nine digits fit every serial
 * key; daily reports (bigserial) take up to twelve. Anything else is "not found", never a query.
 */
export function parseId(value: string | undefined, { big = false } = {}): number | null {
  if (value === undefined || !(big ? /^\d{1,12}$/ : /^\d{1,9}$/).test(value)) return null;
  return Number(value);
}
