/**
 * Turns flat form fields with dotted names ("rhks.0.indicators.1.text") into nested objects and arrays,
 * the shape react-hook-form uses for the same names, so one zod schema reads both.
 */
export function unflatten(flat: Record<string, string | string[]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    if (parts.some((p) => p === '' || p === '__proto__' || p === 'constructor' || p === 'prototype'))
      continue;
    let node: Record<string, unknown> = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i] as string;
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = value;
  }
  return compactArrays(root) as Record<string, unknown>;
}

// Objects whose keys are all indexes become arrays, in index order (gaps from removed rows close up).
function compactArrays(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => [k, compactArrays(v)] as const,
  );
  if (entries.length > 0 && entries.every(([k]) => /^\d{1,4}$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}
