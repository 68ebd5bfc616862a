import { z } from 'zod';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { DECLINE_KINDS, FEEDBACK_ANSWERS } from '@/lib/domain/feedback';
import { filled, idField, optionalIdField, required, requiredText } from '@/lib/validation';

const id = idField(12);
const date = filled().regex(/^\d{4}-\d{2}-\d{2}$/, 'feedback.validation.deadline');
const answer = z.enum(FEEDBACK_ANSWERS, { error: 'feedback.validation.answer' });
const comment = z.string().trim().max(1000, 'feedback.validation.commentTooLong').optional();

/**
 * The questionnaire: a draft may leave values open; submitting (final) needs an answer on every value,
 * "cannot judge" included. One schema for the browser and the server.
 */
export const answerSchema = z
  .strictObject({
    requestId: id,
    version: id,
    intent: z.enum(['save', 'submit'], required),
    answers: z
      .strictObject(
        Object.fromEntries(BERAKHLAK.map((v) => [v, answer.optional()])) as Record<
          (typeof BERAKHLAK)[number],
          z.ZodOptional<typeof answer>
        >,
      )
      .optional(),
    strengths: comment,
    improvements: comment,
  })
  .superRefine((v, ctx) => {
    if (v.intent !== 'submit') return;
    for (const value of BERAKHLAK)
      if (!v.answers?.[value])
        ctx.addIssue({ code: 'custom', path: ['answers', value], message: 'feedback.validation.answerAll' });
  });

export type AnswerInput = z.infer<typeof answerSchema>;

export const declineSchema = z
  .strictObject({
    requestId: id,
    version: id,
    declineKind: z.enum(DECLINE_KINDS, { error: 'feedback.validation.declineKind' }),
    declineReason: z.string().trim().max(500, 'validation.tooLong').optional(),
  })
  .refine((v) => v.declineKind !== 'other' || (v.declineReason ?? '').length >= 5, {
    path: ['declineReason'],
    message: 'feedback.validation.declineReason',
  });

export type DeclineInput = z.infer<typeof declineSchema>;

export const createRoundSchema = z.strictObject({
  name: requiredText(3, 120),
  periodId: id,
  deadline: date,
  unitIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== ''))
    .refine((v) => v.every((x) => /^\d{1,12}$/.test(x)), 'validation.invalid')
    .transform((v) => v.map(Number)),
});

export type CreateRoundInput = z.infer<typeof createRoundSchema>;

export const roundStepSchema = z.strictObject({
  roundId: id,
  version: id,
  step: z.enum(['open', 'close', 'remind'], required),
});

/** The pejabat penilai or an admin changes who rates one employee; every change carries a reason. */
export const raterChangeSchema = z
  .strictObject({
    roundId: id,
    rateeId: id,
    change: z.enum(['add', 'remove'], required),
    requestId: optionalIdField(12),
    raterNip: z.string().trim().optional(),
    reason: requiredText(5, 300, 'feedback.validation.changeReason'),
  })
  .refine((v) => v.change !== 'remove' || v.requestId !== undefined, {
    path: ['requestId'],
    message: 'validation.required',
  })
  .refine((v) => v.change !== 'add' || /^\d{18}$/.test(v.raterNip ?? ''), {
    path: ['raterNip'],
    message: 'feedback.validation.raterNip',
  });

export type RaterChangeInput = z.infer<typeof raterChangeSchema>;
