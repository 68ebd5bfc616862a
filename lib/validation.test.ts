import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requiredText } from './validation';

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
