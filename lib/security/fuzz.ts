import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Generators for fuzzing forms and server actions with fast-check, in the two encodings a form reaches
 * an action in:
 *
 *  - without JavaScript the browser posts the form's fields as they are, plus React's `$ACTION_ID_<id>`
 *    field, and an empty file input as a nameless zero-byte file;
 *  - with JavaScript react-hook-form first checks its nested values with the same zod schema
 *    (zodResolver), then React posts the same fields as multipart, with the previous form state as JSON
 *    beside them; Next decodes that back into the (previous state, FormData) the action gets.
 *
 * Runs are few by default so the suites stay quick on a busy machine; FUZZ_RUNS multiplies them and
 * FUZZ_SEED changes the fixed seed (see the README, "How to test").
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261205);
export const fuzzRuns = (base: number) => Math.max(1, Math.round(base * Number(process.env.FUZZ_RUNS ?? 1)));

/** Values a hostile or careless client might send in one field. */
export const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '1',
    '2',
    '7',
    '123456789',
    '999999999',
    '-1',
    '1e309',
    '99999999999999999999999',
    '2147483648',
    'NaN',
    'null',
    'undefined',
    'true',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '24:00',
    '23:59',
    '$$x',
    '$K1',
    '$undefined',
    '$@0',
    '__proto__',
    '{"status":"ok"}',
    "'; DROP TABLE employees; --",
    '<img src=x onerror=alert(1)>',
    '\u0000',
    '\ud800',
    'x'.repeat(5000),
  ),
);

/** Field names that should change nothing: privileged columns, prototype keys, React's own fields. */
export const hostileName = fc.oneof(
  fc.constantFrom(
    'status',
    'score',
    'supervisor_id',
    'supervisorId',
    'evaluator_id',
    'employee_id',
    'employeeId',
    'roles',
    'role',
    'admin',
    'id',
    'version',
    'predikat',
    '__proto__',
    '__proto__.polluted',
    'constructor.prototype.polluted',
    'a..b',
    '.x',
    'x.',
    'x.99999',
    'items.0',
    'rhks.0.indicators.0.targetValue',
    'answers.kompeten',
    '0',
    '$ACTION_KEY',
    '$ACTION_ID_0',
  ),
  fc.string({ minLength: 1, maxLength: 20 }),
);

type Entry = [string, string | File];

/** Dotted field names of a zod object schema, as the forms name their inputs (arrays get indexes 0–1). */
export function fieldNames(schema: z.ZodType, prefix = '', depth = 0): string[] {
  const shape = objectShape(schema);
  if (!shape || depth > 3) return prefix ? [prefix] : [];
  return Object.entries(shape).flatMap(([key, inner]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    const element = arrayElement(inner);
    if (element) return [0, 1].flatMap((i) => fieldNames(element, `${name}.${i}`, depth + 1));
    return fieldNames(inner, name, depth + 1);
  });
}

type Def = {
  type?: string;
  in?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (s: unknown): Def => ((s as { _zod?: { def?: Def } })._zod?.def ?? {}) as Def;

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 8; i++) {
    const def = defOf(s);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    s = next;
  }
  return s;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  const s = unwrap(schema) as unknown as { shape?: Record<string, z.ZodType> };
  return s.shape && typeof s.shape === 'object' ? s.shape : null;
}

function arrayElement(schema: z.ZodType): z.ZodType | null {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'array' && def.element) return def.element;
  return null;
}

/** A form's entries: its own fields (some left out, some repeated) with hostile values, plus strangers. */
export function formEntries(
  names: readonly string[],
  base: Record<string, string | string[]> = {},
  /** Values that pass the schema but may point elsewhere: other people's ids, other versions. */
  plausible: readonly string[] = [],
) {
  const known = [...new Set([...names, ...Object.keys(base)])];
  const baseEntries = Object.entries(base).flatMap(([k, v]) =>
    (Array.isArray(v) ? v : [v]).map((x): Entry => [k, x]),
  );
  const nameArb = known.length > 0 ? fc.oneof(fc.constantFrom(...known), hostileName) : hostileName;
  const file = fc.constantFrom(
    new File([], ''),
    new File([], 'undefined'),
    new File(['%PDF-1.4 matriks'], 'bukti.pdf', { type: 'application/pdf' }),
    new File(['<html>'], 'bukti.pdf', { type: 'application/pdf' }),
  );
  // Anything at all: some of the form's fields, hostile values, strangers, a file.
  const scrambled = fc
    .record({
      keep: fc.subarray(baseEntries),
      changed: fc.array(fc.tuple(nameArb, hostileValue), { maxLength: 6 }),
      files: fc.array(fc.tuple(nameArb, file), { maxLength: 1 }),
    })
    .map(({ keep, changed, files }): Entry[] => [...keep, ...changed, ...files]);
  // The form as filled in, with one field changed or added: gets past the schema into the data layer.
  const value =
    plausible.length > 0
      ? fc.oneof(fc.constantFrom(...plausible), hostileValue, file)
      : fc.oneof(hostileValue, file);
  const ownName = Object.keys(base).length > 0 ? fc.constantFrom(...Object.keys(base)) : nameArb;
  const oneChange = fc
    .tuple(fc.oneof({ arbitrary: ownName, weight: 3 }, { arbitrary: nameArb, weight: 1 }), value)
    .map(([name, value]): Entry[] => {
      const at = baseEntries.findIndex(([k]) => k === name);
      if (at < 0) return [...baseEntries, [name, value]];
      return baseEntries.map((e, i): Entry => (i === at ? [name, value] : e));
    });
  return baseEntries.length > 0
    ? fc.oneof({ arbitrary: oneChange, weight: 4 }, { arbitrary: scrambled, weight: 1 })
    : scrambled;
}

/** The FormData a browser without JavaScript posts: React's action id field first, then the form. */
export function noJsForm(entries: readonly Entry[]): FormData {
  const form = new FormData();
  form.append('$ACTION_ID_7f3a9c', '');
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

/** The FormData React hands the action after a post from JavaScript: the same fields, no React ones. */
export function jsForm(entries: readonly Entry[]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

/** A previous form state as JavaScript posts it back: any plain JSON object (the action must ignore it). */
export const previousState = fc.oneof(
  fc.constant({ status: 'idle' as const }),
  fc.record({
    status: fc.constantFrom('idle', 'ok', 'error'),
    values: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 })),
    formError: fc.option(fc.string(), { nil: undefined }),
  }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 })),
);

/** The nested values react-hook-form holds for a form: known names set to strings, lists or junk. */
export function rhfValues(names: readonly string[]) {
  const leaf = fc.oneof(
    hostileValue,
    fc.array(hostileValue, { maxLength: 3 }),
    fc.constantFrom(undefined, null, true, false, 0, {}, []),
  );
  return fc
    .array(
      fc.tuple(names.length > 0 ? fc.oneof(fc.constantFrom(...names), hostileName) : hostileName, leaf),
      {
        maxLength: 10,
      },
    )
    .map((pairs) => {
      const root: Record<string, unknown> = {};
      for (const [name, value] of pairs) {
        const parts = name.split('.');
        if (parts.some((p) => p === '__proto__' || p === 'constructor' || p === 'prototype' || p === '')) {
          // react-hook-form refuses these paths too; keep them as a flat key.
          Object.defineProperty(root, name, { value, enumerable: true, configurable: true, writable: true });
          continue;
        }
        let node: Record<string, unknown> = root;
        for (const part of parts.slice(0, -1)) {
          if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
          node = node[part] as Record<string, unknown>;
        }
        node[parts[parts.length - 1] as string] = value;
      }
      return root;
    });
}
