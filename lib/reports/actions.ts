'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { uploadsIn } from '@/lib/evidence';
import { deleteReport, fileReport, reviewReports, updateReport } from './mutations';
import { reportFormSchema, reportRefSchema, reviewSchema } from './schema';

export const saveReportAction = authedAction(reportFormSchema, async (viewer, input, form) => {
  const files = uploadsIn(form, 'evidence');
  const db = getDb();
  if (input.reportId) await updateReport(db, viewer, input, files, today());
  else await fileReport(db, viewer, input, files, today());
  revalidatePath('/reports');
  redirect(`/reports?month=${input.reportDate.slice(0, 7)}&saved=1`);
});

export const deleteReportAction = authedAction(reportRefSchema, async (viewer, input) => {
  await deleteReport(getDb(), viewer, input.reportId, input.version);
  revalidatePath('/reports');
  redirect('/reports?deleted=1');
});

export const reviewReportsAction = authedAction(reviewSchema, async (viewer, input) => {
  const items = input.items.map((i) => {
    const [id, version] = i.split(':');
    return { id: Number(id), version: Number(version) };
  });
  await reviewReports(getDb(), viewer, items, input.decision, input.comment, today());
  revalidatePath('/team/queue');
  return { status: 'ok', message: `reports.reviewed.${input.decision}` };
});
