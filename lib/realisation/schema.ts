import { z } from 'zod';
import { filled, idField, optionalIdField, required } from '@/lib/validation';

const id = idField();
const optionalId = optionalIdField();

/** A periodic realisation entry as the owner types it; the same schema checks the browser and the server. */
export const entryFormSchema = z.strictObject({
  indicatorId: id,
  periodId: id,
  entryId: optionalId,
  version: optionalId,
  value: filled().regex(/^\d{1,13}([.,]\d{1,2})?$/, 'realisation.validation.value'),
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
  })
  .refine((v) => v.decision === 'validate' || (v.comment ?? '').length >= 5, {
    path: ['comment'],
    message: 'realisation.validation.returnComment',
  });

export type ReviewEntryValues = z.infer<typeof reviewEntrySchema>;
