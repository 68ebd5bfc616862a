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

/**
 * The form without the entries of file inputs left empty. A browser still sends such an input, as a
 * nameless zero-byte file; with JavaScript on, React re-encodes the form and Next's multipart parser
 * drops the empty name, so the server sees a zero-byte file called "undefined" instead. Either way it
 * means "no file" — and an empty file is no evidence of anything — so it is removed in both encodings.
 */
export function withoutEmptyFiles(formData: FormData): FormData {
  const out = new FormData();
  for (const [key, value] of formData) {
    if (typeof value === 'string' || value.size > 0) out.append(key, value);
  }
  return out;
}
