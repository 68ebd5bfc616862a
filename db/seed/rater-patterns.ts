import { sql, type Transaction } from 'kysely';
import { predikatFor } from '../../lib/domain/appraisal';
import type { Rating } from '../../lib/domain/ratings';
import type { DB } from '../types';
import { DEMO_ACCOUNTS, KABID_NIP } from './accounts';
import { createRng, type Rng, weighted } from './random';

const SEED = 0x7a7e4;
const LEVELS: readonly Rating[] = ['di_bawah', 'sesuai', 'di_atas'];
const PASTED = 'Kinerja baik, layak mendapat nilai lebih.';
const REASONS = [
  'Menangani tambahan tugas verifikasi data dari bidang lain selama dua bulan.',
  'Target dokumen tertunda karena aplikasi daerah tidak dapat diakses tiga minggu.',
  'Menyusun rancangan SOP baru yang sudah dipakai seluruh seksi.',
  'Cuti sakit panjang; pekerjaan yang ada diselesaikan dengan mutu baik.',
  'Memimpin pendampingan sekolah binaan di luar target SKP.',
];

/** The demo's recognisable rater patterns (rater insights): who shows which, by position in the list. */
export const PATTERNS = ['lenient', 'central', 'severe', 'harshOnOne', 'rubberStamp'] as const;
type Pattern = (typeof PATTERNS)[number];

type Person = { employee_id: number; skp_id: number; boss_id: number; nip: string };

/**
 * This year's first two quarters appraised across the agency (the seed otherwise has only last quarter's,
 * without an evidence anchor), with the evidence anchor stored and most raters rating close to it; the
 * five raters with the largest teams carry a pattern rater insights should point at: one lenient (everyone Di Atas,
 * the same pasted justification), one central (everyone Sesuai), one severe, one who returned one
 * subordinate's reports far more often than the teammates', one who approved evidence without opening it.
 * Supervisors' opens of evidence before approval are recorded for the rest. The demo accounts and the
 * Kepala Bidang's staff are left out, as last quarter's appraisals leave them out.
 */
export async function seedRaterPatterns(trx: Transaction<DB>, opts: { agencyId: number; today: string }) {
  const year = Number(opts.today.slice(0, 4));
  const quarters = await trx
    .selectFrom('periods')
    .select(['id', 'starts_on', 'ends_on'])
    .where('agency_id', '=', opts.agencyId)
    .where('year', '=', year)
    .where('kind', '=', 'quarterly')
    .where('seq', 'in', [1, 2])
    .where('ends_on', '<', opts.today)
    .orderBy('seq')
    .execute();
  if (quarters.length === 0) return;
  const demo = DEMO_ACCOUNTS.map((a) => a.nip);
  const last = quarters[quarters.length - 1] as { ends_on: string };
  const { rows: people } = await sql<Person>`
    SELECT k.employee_id, k.id AS skp_id, s.supervisor_id AS boss_id, e.nip
    FROM skps k
    JOIN employees e ON e.id = k.employee_id AND e.agency_id = ${opts.agencyId} AND e.active
    JOIN supervisions s ON s.employee_id = k.employee_id AND s.kind = 'definitive'
      AND s.valid_from <= ${last.ends_on}::date AND (s.valid_to IS NULL OR s.valid_to > ${last.ends_on}::date)
    JOIN employees boss ON boss.id = s.supervisor_id AND boss.nip <> ${KABID_NIP} AND boss.nip <> ALL(${demo}::text[])
    WHERE k.year = ${year} AND k.status = 'approved' AND e.nip <> ALL(${demo}::text[])
    ORDER BY s.supervisor_id, k.employee_id`.execute(trx);
  const patterns = choosePatternRaters(people);
  const rng = createRng(SEED);
  const rows = quarters.flatMap((q) => people.map((p) => appraisalRow(rng, p, q, patterns.get(p.boss_id))));
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('appraisals')
      .values(rows.slice(i, i + 500) as never)
      .execute();
  await seedOpens(trx, opts.agencyId, patterns);
  await seedReturns(trx, people, patterns, year);
}

/** The raters with the largest teams (the demo's teams are small), largest first, ties by id. */
function choosePatternRaters(people: Person[]): Map<number, Pattern> {
  const teams = new Map<number, number>();
  for (const p of people) teams.set(p.boss_id, (teams.get(p.boss_id) ?? 0) + 1);
  const order = [...teams].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new Map(order.slice(0, PATTERNS.length).map(([boss], i) => [boss, PATTERNS[i] as Pattern]));
}

function appraisalRow(rng: Rng, p: Person, q: { id: number; ends_on: string }, pattern: Pattern | undefined) {
  const anchor = weighted(rng, [
    [0, 0.2],
    [1, 0.55],
    [2, 0.25],
  ] as const);
  let level: number = anchor;
  if (pattern === 'lenient') level = 2;
  else if (pattern === 'central') level = 1;
  else if (pattern === 'severe') level = Math.max(0, anchor - 1);
  else if (rng.chance(0.15)) level = Math.min(2, Math.max(0, anchor + (rng.chance(0.5) ? 1 : -1)));
  const hasil = LEVELS[level] as Rating;
  const perilaku = weighted(rng, [
    ['sesuai', 0.8],
    ['di_atas', 0.15],
    ['di_bawah', 0.05],
  ] as const);
  const end = q.ends_on;
  return {
    employee_id: p.employee_id,
    period_id: q.id,
    skp_id: p.skp_id,
    evaluator_id: p.boss_id,
    rating_hasil: hasil,
    rating_perilaku: perilaku,
    suggested_hasil: LEVELS[anchor] as Rating,
    justification:
      level === anchor
        ? null
        : pattern === 'lenient'
          ? PASTED
          : `${rng.pick(REASONS)} Capaian dicatat ${rng.int(3, 40)} dokumen pada triwulan ini.`,
    predikat: predikatFor(hasil, perilaku),
    status: 'accepted',
    delivered_on: sql<string>`${end}::date + 8`,
    accepted_on: sql<string>`${end}::date + 12`,
    created_at: sql<string>`${end}::date + time '09:00'`,
    updated_at: sql<string>`${end}::date + time '14:00'`,
  };
}

/** Supervisors open most evidence before approving (the agency's habit); the rubber-stamper almost never. */
async function seedOpens(trx: Transaction<DB>, agencyId: number, patterns: Map<number, Pattern>) {
  const stamper = [...patterns].find(([, p]) => p === 'rubberStamp')?.[0] ?? 0;
  await sql`
    INSERT INTO report_opens (report_id, viewer_id, kind, opened_at)
    SELECT d.id, d.reviewed_by, 'detail', d.reviewed_at - make_interval(secs => 30 + abs(hashtext('o' || d.id)) % 240)
    FROM daily_reports d JOIN employees e ON e.id = d.employee_id AND e.agency_id = ${agencyId}
    WHERE d.status = 'approved' AND d.reviewed_by IS NOT NULL AND d.evidence_link IS NOT NULL
      AND abs(hashtext('p' || d.id)) % 100 < CASE WHEN d.reviewed_by = ${stamper} THEN 3 ELSE 75 END`.execute(
    trx,
  );
}

/** The selectively harsh rater returned one subordinate's reports again and again before approving them. */
async function seedReturns(
  trx: Transaction<DB>,
  people: Person[],
  patterns: Map<number, Pattern>,
  year: number,
) {
  const harsh = [...patterns].find(([, p]) => p === 'harshOnOne')?.[0];
  const target = people.find((p) => p.boss_id === harsh);
  if (!harsh || !target) return;
  await sql`
    INSERT INTO audit_log (at, actor_id, action, entity, entity_id, before, after)
    SELECT d.reviewed_at - interval '2 days', ${harsh}, 'report.return', 'daily_report', d.id::text,
           '{"status":"pending"}'::jsonb, '{"status":"returned","comment":"Lengkapi uraian."}'::jsonb
    FROM daily_reports d
    WHERE d.employee_id = ${target.employee_id} AND d.status = 'approved' AND d.reviewed_by = ${harsh}
      AND d.report_date >= ${`${year}-01-01`}::date AND abs(hashtext('r' || d.id)) % 100 < 45`.execute(trx);
}
