import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { supervisedBy } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';

export type OpenKind = 'detail' | 'evidence' | 'preview';

/**
 * Records that the viewer opened a daily report (or its evidence) — only when the viewer is the report
 * owner's pejabat penilai on `on`, the person whose validation rater analytics checks. One statement, so a
 * read by anyone else writes nothing.
 */
export async function recordReportOpen(
  db: Database,
  viewer: Viewer,
  reportId: number,
  kind: OpenKind,
  on: string,
): Promise<void> {
  await db
    .insertInto('report_opens')
    .columns(['report_id', 'viewer_id', 'kind'])
    .expression((eb) =>
      eb
        .selectFrom('daily_reports as d')
        .select([
          'd.id',
          sql<number>`${viewer.employeeId}::int`.as('viewer_id'),
          sql<string>`${kind}::text`.as('kind'),
        ])
        .where('d.id', '=', reportId)
        .where(supervisedBy(viewer.employeeId, on, 'd.employee_id')),
    )
    .execute();
}

/** The same for an evidence file, by its id. */
export async function recordEvidenceOpen(
  db: Database,
  viewer: Viewer,
  fileId: string,
  kind: OpenKind,
  on: string,
): Promise<void> {
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return;
  const file = await db
    .selectFrom('evidence_files')
    .select('report_id')
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (file) await recordReportOpen(db, viewer, Number(file.report_id), kind, on);
}
