import { z } from 'zod';
import { JUDGEMENTS } from '@/lib/domain/appraisal';
import { idField, optionalIdField, required } from '@/lib/validation';

const id = idField();
const optionalId = optionalIdField();

const VALUE = /^\d{1,13}([.,]\d{1,2})?$/;

/**
 * A periodic realisation entry as the owner types it; the same schema checks the browser and the server.
 * A value for a measured indicator; for a qualitative one (kind "narrative") a narrative in `note` instead,
 * which the pejabat penilai judges.
 */
export const entryFormSchema = z
  .strictObject({
    indicatorId: id,
    periodId: id,
    entryId: optionalId,
    version: optionalId,
    kind: z.enum(['value', 'narrative']).optional(),
    value: z.string().trim().optional(),
    evidenceLink: z
      .union([
        z.literal(''),
        z
          .string()
          .trim()
          .max(500, 'validation.tooLong')
          .regex(/^https?:\/\/\S+$/, 'reports.validation.link'),
      ])
      .optional(),
    note: z.string().trim().max(2000, 'validation.tooLong').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'narrative') {
      const note = v.note ?? '';
      if (note.length < 20)
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: note ? 'realisation.validation.narrative' : 'validation.required',
        });
    } else if (!v.value) ctx.addIssue({ code: 'custom', path: ['value'], message: 'validation.required' });
    else if (!VALUE.test(v.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'realisation.validation.value' });
  });

export type EntryFormValues = z.infer<typeof entryFormSchema>;

/** The pejabat penilai's decision on one entry; returning it needs a comment. */
export const reviewEntrySchema = z
  .strictObject({
    entryId: id,
    version: id,
    decision: z.enum(['validate', 'return'], required),
    // Where the decision was made, to go back there: the validation queue or the SKP page.
    back: z.enum(['queue', 'skp']).optional(),
    comment: z.string().trim().max(1000, 'validation.tooLong').optional(),
    // A narrative (qualitative) entry is validated with a judgement; other entries send none. A radio group
    // left unchecked is null in the browser's form state and absent from the posted form: both are "none".
    judgement: z.preprocess((v) => (v === null || v === '' ? undefined : v), z.enum(JUDGEMENTS).optional()),
  })
  .refine((v) => v.decision === 'validate' || (v.comment ?? '').length >= 5, {
    path: ['comment'],
    message: 'realisation.validation.returnComment',
  });

export type ReviewEntryValues = z.infer<typeof reviewEntrySchema>;
