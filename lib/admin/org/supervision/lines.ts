import 'server-only';
import { sql, type Transaction } from 'kysely';
import type { DB } from '@/db/types';
import { appraiserOf } from '@/lib/appraisal/appraiser';
import { audit } from '@/lib/audit';
import { closesSupervisionCycle } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import type { LineKind } from './end-lines';

export type { LineKind };

type Tx = Transaction<DB>;

/** An active employee of the agency by NIP, for naming a supervisor; unknown → a message on `field`. */
export async function employeeByNip(trx: Tx, viewer: Viewer, nip: string, field: string): Promise<number> {
  const row = await trx
    .selectFrom('employees')
    .select('id')
    .where('nip', '=', nip)
    .where('agency_id', '=', viewer.agencyId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!row) throw new ActionError('adminOrg.errors.unknownNip', field);
  return row.id;
}

/**
 * The supervisor the unit tree proposes for someone in `positionId`: the active holder of the unit's head
 * position, or — for the head themself — the head of the nearest unit above. Null when there is none.
 */
export async function proposeSupervisor(
  trx: Tx,
  employeeId: number,
  positionId: number,
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    SELECT e.id FROM positions p
    JOIN units u ON u.id = p.unit_id
    JOIN units anc ON u.path LIKE anc.path || '%'
    JOIN positions hp ON hp.unit_id = anc.id AND hp.is_unit_head
    JOIN employees e ON e.position_id = hp.id AND e.active AND e.id <> ${employeeId}::int
    WHERE p.id = ${positionId}::int
    ORDER BY length(anc.path) DESC, e.id LIMIT 1`.execute(trx);
  return rows[0]?.id ?? null;
}

/**
 * Adds a supervision line. Refused when it would close a loop in the tree; a second definitive (or acting)
 * line over the same days is refused by the database's exclusion constraints, said beside `field`.
 */
export async function insertLine(
  trx: Tx,
  line: {
    employeeId: number;
    supervisorId: number;
    kind: LineKind;
    from: string;
    to: string | null;
    note: string | null;
  },
  field: string,
): Promise<number> {
  if (await closesSupervisionCycle(trx, line.employeeId, line.supervisorId, line.from, line.to))
    throw new ActionError('adminOrg.errors.supervisionCycle', field);
  try {
    const row = await trx
      .insertInto('supervisions')
      .values({
        employee_id: line.employeeId,
        supervisor_id: line.supervisorId,
        kind: line.kind,
        valid_from: line.from,
        valid_to: line.to,
        note: line.note,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  } catch (error) {
    if ((error as { code?: string }).code === '23P01')
      throw new ActionError('adminOrg.errors.lineOverlap', field);
    throw error;
  }
}

/**
 * Appraisals in progress (drafts of open periods) follow the new pejabat penilai: each draft whose
 * appraiser changed moves to them, audited, and they get a notice saying why.
 */
export async function handOverDrafts(
  trx: Tx,
  actor: Pick<Viewer, 'employeeId'>,
  employeeId: number,
  on: string,
) {
  const drafts = await trx
    .selectFrom('appraisals as a')
    .innerJoin('periods as p', 'p.id', 'a.period_id')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .select(['a.id', 'a.period_id', 'a.evaluator_id', 'e.name'])
    .where('a.employee_id', '=', employeeId)
    .where('a.status', '=', 'draft')
    .where('p.status', '=', 'open')
    .forUpdate('a')
    .execute();
  for (const d of drafts) {
    const rater = await appraiserOf(trx, employeeId, d.period_id, on);
    if (rater === null || rater === d.evaluator_id) continue;
    await trx
      .updateTable('appraisals')
      .set({ evaluator_id: rater, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', d.id)
      .execute();
    await notify(trx, [rater], 'appraisal.handed_over', `/appraisals/${d.id}`, { name: d.name });
    await audit(trx, {
      actorId: actor.employeeId,
      action: 'appraisal.hand_over',
      entity: 'appraisal',
      entityId: d.id,
      before: { evaluatorId: d.evaluator_id },
      after: { evaluatorId: rater, note: 'supervision changed' },
    });
  }
}
