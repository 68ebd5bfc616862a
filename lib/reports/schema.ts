import { z } from 'zod';
import { filled, required, requiredText } from '@/lib/validation';

const id = filled().regex(/^\d{1,12}$/, 'validation.invalid');
const time = filled().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'reports.validation.time');

/** A daily report as typed by the employee; the same schema checks the browser form and the server. */
export const reportFormSchema = z
  .strictObject({
    idempotencyKey: z.uuid('validation.invalid'),
    reportId: z.union([z.literal(''), id]).optional(),
    version: z.union([z.literal(''), id]).optional(),
    reportDate: filled().regex(/^\d{4}-\d{2}-\d{2}$/, 'reports.validation.date'),
    indicatorId: id,
    activity: requiredText(5, 2000),
    quantity: filled().regex(/^\d{1,7}([.,]\d{1,2})?$/, 'reports.validation.quantity'),
    unit: requiredText(1, 40),
    startTime: time,
    endTime: time,
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
    // Ticked after the server asked about a weekend or holiday date; absent until then.
    confirmNonWorkingDay: z.literal('1').optional(),
  })
  .refine((v) => v.endTime > v.startTime, {
    path: ['endTime'],
    message: 'reports.validation.endBeforeStart',
  });

export type ReportFormValues = z.infer<typeof reportFormSchema>;

export const reportRefSchema = z.strictObject({ reportId: id, version: id });

/** One or many reports (bulk approve sends several "items" as "id:version"). */
export const reviewSchema = z
  .strictObject({
    items: z
      .union([z.string(), z.array(z.string())], required)
      .transform((v) => (Array.isArray(v) ? v : [v])),
    decision: z.enum(['approve', 'return', 'reject'], required),
    comment: z.string().trim().max(1000, 'validation.tooLong').optional(),
  })
  .refine((v) => v.items.length > 0 && v.items.every((i) => /^\d{1,12}:\d{1,9}$/.test(i)), {
    path: ['items'],
    message: 'reports.validation.selectSome',
  })
  .refine((v) => v.decision === 'approve' || (v.comment ?? '').length >= 5, {
    path: ['comment'],
    message: 'reports.validation.reviewComment',
  });
