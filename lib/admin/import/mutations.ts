import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { handOverDrafts } from '@/lib/admin/org/supervision/lines';
import { audit } from '@/lib/audit';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';
import { applyPlan } from './apply';
import type { SheetRow } from './parse';
import { planImport } from './plan';

/*
 * An import is a job: upload (parsed rows stored) → check (the dry run's report) → apply (one transaction).
 * The check and the apply run after the request answered; the job's page shows their progress.
 */

export type ImportFiles = {
  fileName: string;
  people: SheetRow[];
  supervisionFileName: string | null;
  lines: SheetRow[];
  fullExport: boolean;
};

export async function createImportJob(db: Database, viewer: Viewer, files: ImportFiles): Promise<number> {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  if (files.people.length === 0) throw new ActionError('adminImport.errors.empty', 'people');
  const row = await db
    .insertInto('import_jobs')
    .values({
      agency_id: viewer.agencyId,
      created_by: viewer.employeeId,
      status: 'checking',
      file_name: files.fileName,
      supervision_file_name: files.supervisionFileName,
      full_export: files.fullExport,
      people: JSON.stringify(files.people),
      lines: JSON.stringify(files.lines),
      total: files.people.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function loadJob(db: Database, jobId: number) {
  return db
    .selectFrom('import_jobs')
    .select(['id', 'agency_id', 'created_by', 'status', 'people', 'lines', 'full_export'])
    .where('id', '=', jobId)
    .executeTakeFirstOrThrow();
}

const files = (job: Awaited<ReturnType<typeof loadJob>>) => ({
  people: job.people as unknown as SheetRow[],
  lines: job.lines as unknown as SheetRow[],
  fullExport: job.full_export,
});

/** The dry run: writes only the job's report. */
export async function runImportCheck(db: Database, jobId: number, on: string): Promise<void> {
  const job = await loadJob(db, jobId);
  try {
    const plan = await planImport(db, job.agency_id, files(job), on);
    await db
      .updateTable('import_jobs')
      .set({ status: 'checked', report: JSON.stringify(plan.report), processed: 0, updated_at: sql`now()` })
      .where('id', '=', jobId)
      .execute();
  } catch (error) {
    await fail(db, jobId, error);
  }
}

/** The admin confirms a checked job without issues; the apply itself is runImportApply. */
export async function startImportApply(db: Database, viewer: Viewer, jobId: number): Promise<void> {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  const row = await db
    .updateTable('import_jobs')
    .set({ status: 'applying', processed: 0, updated_at: sql`now()` })
    .where('id', '=', jobId)
    .where('agency_id', '=', viewer.agencyId)
    .where('status', '=', 'checked')
    .where(sql<boolean>`(report->'counts'->>'issues')::int = 0`)
    .returning('id')
    .executeTakeFirst();
  if (!row) {
    const exists = await db
      .selectFrom('import_jobs')
      .select('id')
      .where('id', '=', jobId)
      .where('agency_id', '=', viewer.agencyId)
      .executeTakeFirst();
    throw new ActionError(exists ? 'adminImport.errors.notReady' : 'errors.notFound');
  }
}

/**
 * The apply, all or nothing: the plan is made again inside the transaction (the data may have moved
 * since the dry run) and any issue, or any failing row, rolls everything back and marks the job failed.
 */
export async function runImportApply(
  db: Database,
  jobId: number,
  ctx: { actorId: number; on: string; acceptProposals: boolean },
): Promise<void> {
  const job = await loadJob(db, jobId);
  try {
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext('import_jobs'), ${job.agency_id})`.execute(trx);
      const plan = await planImport(trx, job.agency_id, files(job), ctx.on);
      if (plan.report.counts.issues > 0) throw new ActionError('adminImport.errors.changedSinceCheck');
      const progress = async (done: number) => {
        await db.updateTable('import_jobs').set({ processed: done }).where('id', '=', jobId).execute();
      };
      const counts = await applyPlan(trx, { agencyId: job.agency_id, ...ctx }, plan, progress);
      // Drafts in progress of the people moved follow their new pejabat penilai, with a notice.
      for (const id of counts.moved) await handOverDrafts(trx, { employeeId: ctx.actorId }, id, ctx.on);
      const wrote = counts.created + counts.updated + counts.linesWritten + plan.unitsToLink.length;
      if (wrote > 0)
        await audit(trx, {
          actorId: ctx.actorId,
          action: 'import.apply',
          entity: 'import_job',
          entityId: jobId,
          after: { ...counts, missing: plan.report.counts.missing },
        });
      await trx
        .updateTable('import_jobs')
        .set({
          status: 'applied',
          processed: plan.people.length,
          report: JSON.stringify(plan.report),
          updated_at: sql`now()`,
        })
        .where('id', '=', jobId)
        .execute();
    });
  } catch (error) {
    await fail(db, jobId, error);
  }
}

async function fail(db: Database, jobId: number, error: unknown) {
  const key = error instanceof ActionError ? error.messageKey : 'adminImport.errors.failed';
  if (!(error instanceof ActionError)) console.error('import job failed', jobId, error);
  await db
    .updateTable('import_jobs')
    .set({ status: 'failed', error: key, updated_at: sql`now()` })
    .where('id', '=', jobId)
    .execute();
}
