import { z } from 'zod';
import { idField, requiredText } from '@/lib/validation';

export const closePeriodSchema = z.strictObject({ periodId: idField() });

/** Re-opening a closed period needs a reason; it is kept in the audit row. */
export const reopenPeriodSchema = z.strictObject({
  periodId: idField(),
  reason: requiredText(10, 500),
});

export const openYearSchema = z.strictObject({
  year: z
    .string()
    .trim()
    .regex(/^20\d{2}$/, 'validation.invalid')
    .transform(Number),
});
