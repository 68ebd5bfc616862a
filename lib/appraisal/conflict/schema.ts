import { z } from 'zod';
import { filled, idField, required, requiredText } from '@/lib/validation';
import { CONFLICT_REASONS } from './types';

const id = idField();

/** The pejabat penilai's declaration; "other" needs a reason (checked again in the data layer). */
export const declareConflictSchema = z
  .strictObject({
    employeeId: id,
    periodId: id,
    reasonKind: z.enum(CONFLICT_REASONS, required),
    reason: z.string().trim().max(2000, 'validation.tooLong').optional(),
  })
  .refine((v) => v.reasonKind !== 'other' || (v.reason ?? '').length >= 10, {
    path: ['reason'],
    message: 'conflict.validation.reasonRequired',
  });

export const raterRequestSchema = z.strictObject({
  periodId: id,
  reason: requiredText(10, 2000, 'conflict.validation.reasonRequired'),
});

export const decideRequestSchema = z.strictObject({
  requestId: id,
  decision: z.enum(['accept', 'refuse'], required),
  note: requiredText(5, 2000),
});

export const designateSchema = z.strictObject({
  reassignmentId: id,
  nip: filled().regex(/^\d{18}$/, 'conflict.validation.invalidRater'),
});
