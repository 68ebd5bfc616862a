import { z } from 'zod';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { NOTE_KINDS } from '@/lib/domain/coaching';
import { filled, idField, optionalIdField, required, requiredText } from '@/lib/validation';

const id = idField();
const date = filled().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalid');
const target = filled().regex(
  new RegExp(`^(rhk:\\d{1,9}|value:(${BERAKHLAK.join('|')}))$`),
  'coaching.validation.target',
);

/**
 * The pejabat penilai's note: praise or "to improve", on an RHK or a value, optionally on one piece of
 * evidence — a daily report or a realisation entry, not both.
 */
export const noteSchema = z
  .strictObject({
    employeeId: id,
    kind: z.enum(NOTE_KINDS, required),
    target,
    reportId: optionalIdField(12),
    entryId: optionalIdField(),
    text: requiredText(5, 2000),
  })
  .superRefine((note, ctx) => {
    if (note.reportId && note.entryId)
      ctx.addIssue({ code: 'custom', path: ['entryId'], message: 'coaching.validation.oneLink' });
  });

export const answerSchema = z.strictObject({
  noteId: id,
  version: id,
  response: requiredText(2, 2000),
});

/** An agreed action row; a row left wholly empty is no action (the form without JavaScript has three). */
const actionRow = z
  .strictObject({
    text: z.string().trim().max(1000, 'validation.tooLong').optional(),
    dueOn: z.union([z.literal(''), date]).optional(),
  })
  .superRefine((row, ctx) => {
    if (row.text && !row.dueOn)
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'validation.required' });
    if (row.dueOn && !row.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'validation.required' });
    if (row.text && row.text.length < 3)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'validation.tooShort' });
  });

export const dialogSchema = z.strictObject({
  employeeId: id,
  heldOn: date,
  discussed: requiredText(5, 4000),
  actions: z.array(actionRow).max(10).optional(),
});

export const followUpSchema = z.strictObject({
  dialogId: id,
  version: id,
  followUp: z.string().trim().max(4000, 'validation.tooLong').optional(),
  /** The ids of the actions marked done (checkboxes: absent, one value or several). */
  done: z.union([id, z.array(id)]).optional(),
});

/** The filled action rows of a dialog form. */
export const filledActions = (rows: z.infer<typeof dialogSchema>['actions']) =>
  (rows ?? []).flatMap((r, row) => (r.text && r.dueOn ? [{ text: r.text, dueOn: r.dueOn, row }] : []));
