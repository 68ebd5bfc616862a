import { z } from 'zod';
import { filled, idField, optionalIdField, required, requiredText } from '@/lib/validation';

const id = idField(12);
const optionalId = optionalIdField(12);
const time = filled().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'reports.validation.time');

/** A daily report as typed by the employee; the same schema checks the browser form and the server. */
export const reportFormSchema = z
  .strictObject({
    idempotencyKey: z.uuid('validation.invalid'),
    reportId: optionalId,
    version: optionalId,
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

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'reports.validation.date')
  // zod runs the refinement after a failed regex too: a value like "0" is no date, not an exception.
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'reports.validation.date');
const blank = z.literal('').transform(() => undefined);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * The validation queue's filters, from the URL (a plain GET form, so they work without JavaScript and
 * survive paging and decisions). Empty fields mean "no filter"; other parameters are ignored.
 */
export const queueFilterSchema = z
  .object({
    employee: z.preprocess(first, z.union([blank, id]).optional()),
    from: z.preprocess(first, z.union([blank, isoDate]).optional()),
    to: z.preprocess(first, z.union([blank, isoDate]).optional()),
    page: z.preprocess(
      first,
      z
        .union([blank, z.string().regex(/^[1-9]\d{0,4}$/, 'validation.invalid')])
        .optional()
        .transform((v) => (v === undefined ? 1 : Number(v))),
    ),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ['to'],
    message: 'reports.validation.toBeforeFrom',
  });

export type QueueFilter = {
  employeeId: number | null;
  from: string | null;
  to: string | null;
  page: number;
};

/** The filters as URL parameters (empty ones left out), for paging links and the form's own URL. */
export function queueParams(f: Omit<QueueFilter, 'page'>, page = 1): string {
  const p = new URLSearchParams();
  if (f.employeeId !== null) p.set('employee', String(f.employeeId));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The filters, or the messages to show beside the filter fields when the URL holds invalid ones. */
export function parseQueueFilter(
  raw: Record<string, unknown>,
): { ok: true; filter: QueueFilter } | { ok: false; fieldErrors: Record<string, string> } {
  const parsed = queueFilterSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  const v = parsed.data;
  return {
    ok: true,
    filter: {
      employeeId: v.employee ?? null,
      from: v.from ?? null,
      to: v.to ?? null,
      page: v.page,
    },
  };
}
