'use server';

import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { canManageOrganisation } from '@/lib/auth/policy';
import { today } from '@/lib/domain/dates';
import { ActionError } from '@/lib/errors';
import { readImportFiles } from './files';
import { createImportJob, runImportApply, runImportCheck, startImportApply } from './mutations';
import { applyImportSchema, uploadImportSchema } from './schema';

/** Upload → a job whose dry run runs after the answer; its page shows progress, then the report. */
export const uploadImportAction = authedAction(uploadImportSchema, async (viewer, input, form) => {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  const files = await readImportFiles(form);
  const id = await createImportJob(getDb(), viewer, { ...files, fullExport: input.fullExport === 'on' });
  after(() => runImportCheck(getDb(), id, today()));
  redirect(`/admin/import/${id}`);
});

export const applyImportAction = authedAction(applyImportSchema, async (viewer, input) => {
  await startImportApply(getDb(), viewer, input.jobId);
  const ctx = { actorId: viewer.employeeId, on: today(), acceptProposals: input.acceptProposals === 'on' };
  after(() => runImportApply(getDb(), input.jobId, ctx));
  redirect(`/admin/import/${input.jobId}`);
});
