import { z } from 'zod';
import { APPROACHES, ASPEK, MEASURES, measureFits } from '@/lib/domain/skp';
import { filled, idField, optionalIdField, required, requiredText } from '@/lib/validation';

const id = idField();
const optionalId = optionalIdField();

export const indicatorSchema = z
  .strictObject({
    indicatorId: optionalId,
    aspek: z.enum(ASPEK, required),
    // How it is measured; empty (or absent) = the aspek's default.
    measure: z.union([z.literal(''), z.enum(MEASURES)]).optional(),
    text: requiredText(3, 500),
    targetValue: filled().regex(/^\d{1,9}([.,]\d{1,2})?$/, 'skp.validation.targetValue'),
    targetUnit: requiredText(1, 40),
  })
  .refine((v) => !v.measure || measureFits(v.aspek, v.measure), {
    path: ['measure'],
    message: 'realisation.validation.measureMismatch',
  });

export const rhkSchema = z.strictObject({
  rhkId: optionalId,
  kind: z.enum(['utama', 'tambahan'], required),
  text: requiredText(5, 1000),
  parentRhkId: optionalId,
  unitGoalId: optionalId,
  indicators: z.array(indicatorSchema, required).min(1, 'skp.validation.indicatorRequired').max(10),
});

/** The SKP editor: the same schema checks the browser form (react-hook-form) and the server action. */
export const skpFormSchema = z
  .strictObject({
    skpId: id,
    version: id,
    approach: z.enum(APPROACHES, required),
    rhks: z.array(rhkSchema, required).min(1, 'skp.validation.utamaRequired').max(30),
    // Set by the pressed button; absent while the browser checks the form before sending it.
    intent: z.enum(['save', 'submit']).default('save'),
  })
  .refine((v) => v.rhks.some((r) => r.kind === 'utama'), {
    path: ['rhks'],
    message: 'skp.validation.utamaRequired',
  });

export type SkpFormValues = z.infer<typeof skpFormSchema>;

export const createSkpSchema = z.strictObject({ approach: z.enum(APPROACHES, required) });

export const skpRefSchema = z.strictObject({ skpId: id, version: id });

export const decideSkpSchema = z
  .strictObject({
    skpId: id,
    version: id,
    decision: z.enum(['approve', 'return'], required),
    comment: z.string().trim().max(2000, 'validation.tooLong').optional(),
  })
  .refine((v) => v.decision === 'approve' || (v.comment ?? '').length >= 5, {
    path: ['comment'],
    message: 'skp.validation.returnComment',
  });

export const expectationsSchema = z.strictObject({
  skpId: id,
  expectations: z.record(z.string(), z.string().trim().max(1000, 'validation.tooLong')).optional(),
});

export const unitGoalSchema = z.strictObject({
  unitId: id,
  text: requiredText(5, 1000),
});

export const deleteUnitGoalSchema = z.strictObject({ goalId: id });
