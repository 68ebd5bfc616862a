import { z } from 'zod';
import { filled, idField, required } from '@/lib/validation';

const date = () => filled().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalid');

/** A supervisor names a Plh for [validFrom, validTo): the last day of leave is validTo minus one. */
export const delegateSchema = z
  .strictObject({
    delegateNip: filled().regex(/^\d{18}$/, 'validation.nipFormat'),
    validFrom: date(),
    validTo: date(),
  })
  .refine((v) => v.validTo > v.validFrom, {
    path: ['validTo'],
    message: 'adminOrg.validation.endAfterStart',
  });

export const cancelDelegationSchema = z.strictObject({ delegationId: idField() });

/** BKPSDM's limits: the longest span in days, and whether the Plh must work in the supervisor's OPD. */
export const delegationLimitsSchema = z.strictObject({
  maxDays: filled()
    .regex(/^\d{1,2}$/, 'validation.invalid')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 90, 'adminOrg.validation.maxDays'),
  sameOpd: z.enum(['yes', 'no'], required),
});
