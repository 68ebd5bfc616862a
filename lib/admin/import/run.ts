import { sql } from 'kysely';
import type { Database } from '@/db/pool';
import { type ApplyCounts, applyPlan } from './apply';
import type { SheetRow } from './parse';
import { planImport } from './plan';
import type { ImportReport } from './types';

/**
 * The import without the web's job table, for the command line and the benchmark: the same plan and the
 * same apply (one transaction), with an audit row naming no actor when run by the operator.
 */
export async function importDirect(
  db: Database,
  input: {
    agencyId: number;
    people: SheetRow[];
    lines: SheetRow[];
    fullExport: boolean;
    on: string;
    apply: boolean;
    acceptProposals: boolean;
  },
): Promise<{ report: ImportReport; applied: ApplyCounts | null }> {
  const files = { people: input.people, lines: input.lines, fullExport: input.fullExport };
  const checked = await planImport(db, input.agencyId, files, input.on);
  if (!input.apply || checked.report.counts.issues > 0) return { report: checked.report, applied: null };
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('import_jobs'), ${input.agencyId})`.execute(trx);
    const plan = await planImport(trx, input.agencyId, files, input.on);
    if (plan.report.counts.issues > 0) return { report: plan.report, applied: null };
    const ctx = {
      agencyId: input.agencyId,
      actorId: null,
      on: input.on,
      acceptProposals: input.acceptProposals,
    };
    const applied = await applyPlan(trx, ctx, plan);
    if (applied.created + applied.updated + applied.linesWritten > 0)
      await trx
        .insertInto('audit_log')
        .values({
          actor_id: null,
          action: 'import.apply',
          entity: 'agency',
          entity_id: String(input.agencyId),
          after: JSON.stringify({ ...applied, missing: plan.report.counts.missing, via: 'cli' }),
        })
        .execute();
    return { report: plan.report, applied };
  });
}
