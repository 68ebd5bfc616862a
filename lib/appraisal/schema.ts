import { z } from 'zod';
import { ORG_PREDIKAT } from '@/lib/domain/appraisal';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { RATINGS } from '@/lib/domain/ratings';
import { filled, idField, optionalIdField, required, requiredText } from '@/lib/validation';

const id = idField();
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong').optional();
const ratingOrBlank = z.union([z.literal(''), z.enum(RATINGS)]).optional();
const date = filled().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalid');

export const itemSchema = z
  .strictObject({
    indicatorId: id,
    override: z
      .union([
        z.literal(''),
        z
          .string()
          .trim()
          .regex(/^\d{1,9}([.,]\d{1,2})?$/, 'appraisal.validation.number'),
      ])
      .optional(),
    reason: text(1000),
    feedback: text(2000),
  })
  .refine((v) => !v.override || (v.reason ?? '').length >= 5, {
    path: ['reason'],
    message: 'appraisal.validation.overrideReason',
  });

/** The appraiser's form: realisation corrections, feedback, ratings; saved as a draft or delivered. */
export const appraisalFormSchema = z
  .strictObject({
    appraisalId: id,
    version: id,
    items: z.array(itemSchema).max(200).optional(),
    behaviours: z
      .partialRecord(z.enum(BERAKHLAK), z.string().trim().max(2000, 'validation.tooLong'))
      .optional(),
    ratingHasil: ratingOrBlank,
    ratingPerilaku: ratingOrBlank,
    justification: text(2000),
    intent: z.enum(['save', 'deliver']).default('save'),
  })
  .refine((v) => v.intent !== 'deliver' || !!v.ratingHasil, {
    path: ['ratingHasil'],
    message: 'appraisal.validation.ratingRequired',
  })
  .refine((v) => v.intent !== 'deliver' || !!v.ratingPerilaku, {
    path: ['ratingPerilaku'],
    message: 'appraisal.validation.ratingRequired',
  });

export type AppraisalFormValues = z.infer<typeof appraisalFormSchema>;

export const startAppraisalSchema = z.strictObject({ employeeId: id, periodId: id });

export const appraisalRefSchema = z.strictObject({ appraisalId: id, version: id });

export const objectionSchema = z.strictObject({
  appraisalId: id,
  version: id,
  reasons: requiredText(20, 4000, 'appraisal.validation.reasonsTooShort'),
});

export const decisionSchema = z
  .strictObject({
    appraisalId: id,
    version: id,
    decision: z.enum(['uphold', 'change'], required),
    ratingHasil: ratingOrBlank,
    ratingPerilaku: ratingOrBlank,
    reasons: requiredText(10, 4000, 'appraisal.validation.reasonsTooShort'),
  })
  .refine((v) => v.decision === 'uphold' || !!v.ratingHasil, {
    path: ['ratingHasil'],
    message: 'appraisal.validation.ratingRequired',
  })
  .refine((v) => v.decision === 'uphold' || !!v.ratingPerilaku, {
    path: ['ratingPerilaku'],
    message: 'appraisal.validation.ratingRequired',
  });

export const orgResultSchema = z.strictObject({
  unitId: id,
  periodId: id,
  predikat: z.enum(ORG_PREDIKAT, required),
  version: optionalIdField(),
});

export const planItemSchema = z.strictObject({
  employeeId: id,
  valueCode: z.union([z.literal(''), z.enum(BERAKHLAK)]).optional(),
  text: requiredText(5, 1000),
  targetDate: date,
});

export const planStatusSchema = z.strictObject({
  itemId: id,
  version: id,
  status: z.enum(['planned', 'in_progress', 'done'], required),
});
