import { type Insertable, sql, type Transaction } from 'kysely';
import type { DB } from '../types';
import { DEMO_NIP } from './accounts';
import { createRng, weighted } from './random';

const SEED = 0x5245414c;

/**
 * How each employee's year went, as periodic realisation shows it (share of the agency): most on target,
 * some ahead, some behind. The value is the target times a factor drawn around the profile's centre.
 */
const PROFILES = [
  ['ahead', 0.3, 1.18],
  ['on_target', 0.5, 1.08],
  ['behind', 0.2, 0.9],
] as const;

type Row = {
  id: number;
  aspek: string;
  measure: string | null;
  target_value: string;
  target_unit: string;
  employee_id: number;
  decided_by: number | null;
  nip: string;
};

/** A value in the indicator's unit: percentages never above 100, times in half units, money whole. */
function valueFor(row: Row, factor: number): number {
  const target = Number(row.target_value);
  const measure = row.measure ?? (row.aspek === 'waktu' ? 'duration' : 'periodic');
  if (measure === 'duration') return Math.max(0.5, Math.round(target * (2 - factor) * 2) / 2);
  const v = Math.round(target * factor * 10) / 10;
  return row.target_unit === '%' ? Math.min(100, v) : v;
}

/**
 * Periodic realisation entries for every quarter that has ended, on each approved SKP's indicators that are
 * not measured by daily reports (quality, time, and budget absorption as a percentage): validated by the
 * pejabat penilai a few days after the quarter, except the last quarter's, where about one in six still waits.
 * Staff A's are all validated; staff B has the one returned entry; the PPPK's last one is pending. The current
 * quarter is left empty for the walkthrough.
 */
export async function seedRealisation(trx: Transaction<DB>, opts: { agencyId: number; today: string }) {
  const year = Number(opts.today.slice(0, 4));
  // A budget-absorption percentage is a value per period (more is better), not money spent.
  await sql`UPDATE skp_indicators i SET measure = 'periodic'
    FROM skp_rhks r JOIN skps s ON s.id = r.skp_id JOIN employees e ON e.id = s.employee_id
    WHERE r.id = i.rhk_id AND e.agency_id = ${opts.agencyId} AND s.year = ${year}
      AND i.aspek = 'biaya' AND i.target_unit = '%'`.execute(trx);
  const quarters = await trx
    .selectFrom('periods')
    .select(['id', 'ends_on'])
    .where('agency_id', '=', opts.agencyId)
    .where('year', '=', year)
    .where('kind', '=', 'quarterly')
    .where('ends_on', '<', opts.today)
    .orderBy('seq')
    .execute();
  if (quarters.length === 0) return;
  const rows: Row[] = await trx
    .selectFrom('skp_indicators as i')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .innerJoin('skps as s', 's.id', 'r.skp_id')
    .innerJoin('employees as e', 'e.id', 's.employee_id')
    .select([
      'i.id',
      'i.aspek',
      'i.measure',
      'i.target_value',
      'i.target_unit',
      's.employee_id',
      's.decided_by',
      'e.nip',
    ])
    .where('e.agency_id', '=', opts.agencyId)
    .where('s.year', '=', year)
    .where('s.status', '=', 'approved')
    .where((eb) =>
      eb.or([
        eb('i.measure', '=', 'periodic'),
        eb.and([eb('i.measure', 'is', null), eb('i.aspek', '<>', 'kuantitas')]),
      ]),
    )
    .orderBy('i.id')
    .execute();
  const rng = createRng(SEED);
  const profile = new Map<number, number>();
  const last = quarters.length - 1;
  const entries: Insertable<DB['realisation_entries']>[] = [];
  const reviews: {
    status: string;
    reviewer: number;
    employee: number;
    on: string;
    comment: string | null;
  }[] = [];
  let returned = false;
  for (const row of rows) {
    if (!profile.has(row.employee_id))
      profile.set(
        row.employee_id,
        weighted(
          rng,
          PROFILES.map(([, p, c]) => [c, p]),
        ),
      );
    const centre = profile.get(row.employee_id) ?? 1;
    for (const [k, q] of quarters.entries()) {
      const reviewer = row.decided_by ?? row.employee_id;
      let status = 'validated';
      if (k === last && row.nip !== DEMO_NIP.staffA && (row.nip === DEMO_NIP.pppk || rng.chance(0.17)))
        status = 'pending';
      if (k === last && row.nip === DEMO_NIP.staffB && !returned) {
        status = 'returned';
        returned = true;
      }
      const comment = status === 'returned' ? 'Lampirkan rekap per sekolah sebagai bukti dukung.' : null;
      const filed = addDays(q.ends_on, rng.int(1, 5));
      const decided = addDays(filed, rng.int(1, 6));
      entries.push({
        indicator_id: row.id,
        employee_id: row.employee_id,
        period_id: q.id,
        value: String(valueFor(row, centre + (rng.next() - 0.5) * 0.08)),
        evidence_link: `https://drive.pariamankota.go.id/bukti/${row.employee_id}/${year}-tw${k + 1}`,
        note: null,
        status,
        review_comment: comment,
        reviewed_by: status === 'pending' ? null : reviewer,
        reviewed_at: status === 'pending' ? null : `${decided}T10:00:00+07:00`,
        version: status === 'pending' ? 1 : 2,
        created_at: `${filed}T09:00:00+07:00`,
        updated_at: `${status === 'pending' ? filed : decided}T10:00:00+07:00`,
      });
      reviews.push({ status, reviewer, employee: row.employee_id, on: decided, comment });
    }
  }
  for (let i = 0; i < entries.length; i += 2000) {
    const chunk = entries.slice(i, i + 2000);
    const ids = await trx.insertInto('realisation_entries').values(chunk).returning('id').execute();
    // The history on the SKP page reads the audit log: entered by the owner, decided by the supervisor.
    const audit = ids.flatMap(({ id }, j) => {
      const r = reviews[i + j];
      const e = chunk[j];
      if (!r || !e) return [];
      const created = {
        actor_id: r.employee,
        action: 'realisation.create',
        entity: 'realisation_entry',
        entity_id: String(id),
        after: JSON.stringify({ value: e.value, periodId: e.period_id }),
        at: String(e.created_at),
      };
      if (r.status === 'pending') return [created];
      return [
        created,
        {
          actor_id: r.reviewer,
          action: r.status === 'validated' ? 'realisation.validate' : 'realisation.return',
          entity: 'realisation_entry',
          entity_id: String(id),
          after: JSON.stringify({ status: r.status, comment: r.comment }),
          at: `${r.on}T10:00:00+07:00`,
        },
      ];
    });
    if (audit.length) await trx.insertInto('audit_log').values(audit).execute();
  }
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
}
