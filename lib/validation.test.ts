import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idField, optionalIdField, requiredText } from './validation';

// Every feature's form schemas, so a new one is checked without being listed here.
const modules = import.meta.glob<Record<string, unknown>>('./*/schema.ts', { eager: true });

type Field = { schema: string; key: string; field: z.ZodString };

/** The required text fields (plain strings, not optional) of every exported object schema. */
function requiredStringFields(): Field[] {
  const out: Field[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, schema] of Object.entries(mod)) {
      if (!(schema instanceof z.ZodObject)) continue;
      for (const [key, field] of Object.entries(schema.shape as Record<string, unknown>)) {
        if (field instanceof z.ZodString) out.push({ schema: `${file} ${name}`, key, field });
      }
    }
  }
  return out;
}

const minLength = (field: z.ZodString) =>
  Math.max(
    0,
    ...(field._zod.def.checks ?? []).map((c) =>
      c._zod.def.check === 'min_length' ? (c._zod.def as unknown as { minimum: number }).minimum : 0,
    ),
  );

/** The message the form shows: the first issue for the field, as the action and the resolver both pick. */
const messageFor = (field: z.ZodString, value: unknown) => field.safeParse(value).error?.issues[0]?.message;

describe('required fields', () => {
  const fields = requiredStringFields();

  it('finds the schemas and their required text fields', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(6);
    expect(fields.map((f) => f.key)).toEqual(
      expect.arrayContaining(['activity', 'reasons', 'text', 'name', 'reportDate', 'newPassword']),
    );
  });

  it('an empty, blank or missing required field says "Wajib diisi", never "Terlalu pendek" or a format error', () => {
    const wrong = fields.flatMap(({ schema, key, field }) =>
      // Passwords are taken as typed: spaces count as characters.
      ['', ...(/password/i.test(key) ? [] : ['   ']), undefined]
        .map((value) => ({ value, message: messageFor(field, value) }))
        .filter((r) => r.message !== 'validation.required')
        .map((r) => `${schema}.${key} ${JSON.stringify(r.value)} → ${r.message}`),
    );
    expect(wrong).toEqual([]);
  });

  it('text that was written but is too short says so', () => {
    const withMin = fields.filter((f) => minLength(f.field) > 1);
    expect(withMin.length).toBeGreaterThan(5);
    for (const { field } of withMin) expect(messageFor(field, 'a')).not.toBe('validation.required');
  });
});

describe('requiredText', () => {
  it('separates empty from too short, with the field’s own message for too short', () => {
    const reasons = requiredText(20, 4000, 'appraisal.validation.reasonsTooShort');
    expect(messageFor(reasons, '')).toBe('validation.required');
    expect(messageFor(reasons, ' \n ')).toBe('validation.required');
    expect(messageFor(reasons, 'Terlambat')).toBe('appraisal.validation.reasonsTooShort');
    expect(messageFor(reasons, 'x'.repeat(4001))).toBe('validation.tooLong');
    expect(reasons.parse('  Dua laporan dikirim tepat waktu.  ')).toBe('Dua laporan dikirim tepat waktu.');
  });
});

describe('id fields', () => {
  const message = (r: z.ZodSafeParseResult<unknown>) => (r.success ? null : r.error.issues[0]?.message);

  it('become numbers at the schema, so actions and queries never convert them', () => {
    expect(idField().parse('42')).toBe(42);
    expect(idField(12).parse('123456789012')).toBe(123456789012);
    expect(z.object({ reportId: optionalIdField(12) }).parse({ reportId: '7' })).toEqual({ reportId: 7 });
  });

  it('left empty or out: a required id says "Wajib diisi", an optional one is undefined', () => {
    expect(message(idField().safeParse(''))).toBe('validation.required');
    expect(message(z.object({ id: idField() }).safeParse({}))).toBe('validation.required');
    expect(optionalIdField().parse('')).toBeUndefined();
    expect(z.object({ id: optionalIdField() }).parse({})).toEqual({});
  });

  it('refuse what is not plain digits of the key size, as the URL ids do', () => {
    for (const bad of ['1e3', '-1', '1.0', '0x10', '1234567890', "1' OR 1=1--"])
      expect(message(idField().safeParse(bad))).toBe('validation.invalid');
    expect(message(optionalIdField(12).safeParse('1234567890123'))).toBe('validation.invalid');
  });
});
