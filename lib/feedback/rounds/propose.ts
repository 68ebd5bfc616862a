import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/types';
import { currentSupervision } from '../../auth/supervision';
import { type FeedbackGroup, jabatanLevel, PEERS_MIN, proposePeers } from '../../domain/feedback';

// Not server-only: the demo seed proposes raters the same way the admin's "new round" does.

type Tx = Transaction<DB>;

const NEAR_WINDOW = 60;
const WIDE_WINDOW = 30;

/** Up to `size` entries of a list, starting at a place that depends on `seed` and wrapping around. */
function around<T>(list: readonly T[], seed: number, size: number): T[] {
  if (list.length <= size) return [...list];
  const start = (seed * 2654435761) % list.length;
  const out: T[] = [];
  for (let i = 0; i < size; i++) out.push(list[(start + i) % list.length] as T);
  return out;
}
type RequestRow = { round_id: number; ratee_id: number; rater_id: number; group: FeedbackGroup };

/**
 * The proposed raters for everyone rated in a round: self, the pejabat penilai, 3–5 peers spread over
 * the unit, and every direct subordinate. Works on the whole agency at once (a handful of set queries,
 * then bulk inserts), so a 10,000-employee round is created in one transaction.
 */
export async function proposeRequests(
  trx: Tx,
  roundId: number,
  agencyId: number,
  unitIds: readonly number[],
  on: string,
): Promise<number> {
  const people = await trx
    .selectFrom('employees as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .select([
      'e.id',
      'e.unit_id',
      'p.kind',
      sql<number>`split_part(u.path, '/', 2)::int`.as('opd'),
      sql<boolean>`${
        unitIds.length === 0
          ? sql`true`
          : sql`EXISTS (SELECT 1 FROM units s WHERE s.id = ANY(${[...unitIds]}::int[]) AND u.path LIKE s.path || '%')`
      }`.as('rated'),
    ])
    .where('e.agency_id', '=', agencyId)
    .where('e.active', '=', true)
    .orderBy('e.id')
    .execute();
  const sups = await trx
    .selectFrom('supervisions as s')
    .innerJoin('employees as e', 'e.id', 's.employee_id')
    .innerJoin('employees as sup', 'sup.id', 's.supervisor_id')
    .select(['s.employee_id', 's.supervisor_id'])
    .where('e.agency_id', '=', agencyId)
    .where('sup.active', '=', true)
    .where(currentSupervision('s', on))
    .execute();
  // One pejabat penilai per employee (the acting one while a Plt/Plh acts): the supervisor rater, and
  // the people they lead rate them upwards.
  const supervisorOf = new Map<number, number>();
  const subordinatesOf = new Map<number, number[]>();
  for (const s of sups) {
    supervisorOf.set(s.employee_id, s.supervisor_id);
    const list = subordinatesOf.get(s.supervisor_id) ?? [];
    list.push(s.employee_id);
    subordinatesOf.set(s.supervisor_id, list);
  }
  const byUnit = new Map<number, typeof people>();
  const byOpdLevel = new Map<string, typeof people>();
  for (const p of people) {
    const unit = byUnit.get(p.unit_id) ?? [];
    unit.push(p);
    byUnit.set(p.unit_id, unit);
    const key = `${p.opd}:${jabatanLevel(p.kind)}`;
    const level = byOpdLevel.get(key) ?? [];
    level.push(p);
    byOpdLevel.set(key, level);
  }
  const load = new Map<number, number>();
  const rows: RequestRow[] = [];
  for (const p of people) {
    if (!p.rated) continue;
    const level = jabatanLevel(p.kind);
    const supervisor = supervisorOf.get(p.id);
    const subordinates = subordinatesOf.get(p.id) ?? [];
    rows.push({ round_id: roundId, ratee_id: p.id, rater_id: p.id, group: 'self' });
    if (supervisor !== undefined)
      rows.push({ round_id: roundId, ratee_id: p.id, rater_id: supervisor, group: 'supervisor' });
    for (const s of subordinates)
      rows.push({ round_id: roundId, ratee_id: p.id, rater_id: s, group: 'subordinate' });
    const exclude = new Set([p.id, ...subordinates, ...(supervisor === undefined ? [] : [supervisor])]);
    // Large units and OPDs are sampled in a window that starts at a different place for each ratee, so a
    // 10,000-employee round is proposed in seconds rather than sorting thousands of colleagues per person.
    const unit = byUnit.get(p.unit_id) ?? [];
    const near = around(unit, p.id, NEAR_WINDOW).map((c) => ({
      id: c.id,
      sameUnit: true,
      level: jabatanLevel(c.kind),
    }));
    const nearUsable = near.filter((c) => !exclude.has(c.id) && c.level === level).length;
    const candidates =
      nearUsable >= PEERS_MIN
        ? near
        : [
            ...near,
            ...around(
              (byOpdLevel.get(`${p.opd}:${level}`) ?? []).filter((c) => c.unit_id !== p.unit_id),
              p.id,
              WIDE_WINDOW,
            ).map((c) => ({ id: c.id, sameUnit: false, level })),
          ];
    for (const peer of proposePeers(p.id, level, candidates, load, exclude))
      rows.push({ round_id: roundId, ratee_id: p.id, rater_id: peer, group: 'peer' });
  }
  for (let i = 0; i < rows.length; i += 2000)
    await trx
      .insertInto('feedback_requests')
      .values(rows.slice(i, i + 2000))
      .execute();
  return rows.length;
}
