import 'server-only';
import type { Database } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import type { ImportJobStatus, ImportJobView, ImportReport } from './types';

const COLUMNS = [
  'id',
  'status',
  'file_name',
  'supervision_file_name',
  'full_export',
  'total',
  'processed',
  'error',
  'report',
  'created_at',
] as const;

type Row = {
  id: number;
  status: string;
  file_name: string;
  supervision_file_name: string | null;
  full_export: boolean;
  total: number;
  processed: number;
  error: string | null;
  report: unknown;
  created_at: string | Date;
};

function toView(r: Row): ImportJobView {
  return {
    id: r.id,
    status: r.status as ImportJobStatus,
    fileName: r.file_name,
    supervisionFileName: r.supervision_file_name,
    fullExport: r.full_export,
    total: r.total,
    processed: r.processed,
    error: r.error,
    report: (r.report as ImportReport | null) ?? null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** One import job of the admin's agency, or null (not an admin, another agency's, or no such job). */
export async function getImportJob(
  db: Database,
  viewer: Viewer,
  jobId: number,
): Promise<ImportJobView | null> {
  if (!canManageOrganisation(viewer)) return null;
  const row = await db
    .selectFrom('import_jobs')
    .select(COLUMNS)
    .where('id', '=', jobId)
    .where('agency_id', '=', viewer.agencyId)
    .executeTakeFirst();
  return row ? toView(row) : null;
}

/** The agency's latest imports, newest first, without their reports. */
export async function listImportJobs(db: Database, viewer: Viewer): Promise<ImportJobView[]> {
  if (!canManageOrganisation(viewer)) return [];
  const rows = await db
    .selectFrom('import_jobs')
    .select(COLUMNS)
    .where('agency_id', '=', viewer.agencyId)
    .orderBy('id', 'desc')
    .limit(10)
    .execute();
  return rows.map((r) => ({ ...toView(r), report: null }));
}
