import { z } from 'zod';
import { filled, idField, required } from '@/lib/validation';

const date = () => filled().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalid');

/** A line from `validFrom` to `validTo` (exclusive; empty = open-ended). Plh is always for a span. */
export const addLineSchema = z
  .strictObject({
    employeeId: idField(),
    supervisorNip: filled().regex(/^\d{18}$/, 'validation.nipFormat'),
    kind: z.enum(['definitive', 'plt', 'plh'], required),
    validFrom: date(),
    validTo: z
      .string()
      .trim()
      .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'validation.invalid')
      .transform((v) => (v === '' ? null : v))
      .optional(),
    note: z.string().trim().max(200, 'validation.tooLong').optional(),
  })
  .refine((v) => !v.validTo || v.validTo > v.validFrom, {
    path: ['validTo'],
    message: 'adminOrg.validation.endAfterStart',
  })
  .refine((v) => v.kind !== 'plh' || Boolean(v.validTo), {
    path: ['validTo'],
    message: 'adminOrg.validation.plhNeedsEnd',
  });

export const endLineSchema = z.strictObject({
  lineId: idField(),
  validTo: date(),
});
