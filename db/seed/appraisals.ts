import { sql, type Transaction } from 'kysely';
import {
  type MeasuredIndicator,
  type Predikat,
  periodShare,
  predikatFor,
  suggestHasil,
} from '../../lib/domain/appraisal';
import type { Rating } from '../../lib/domain/ratings';
import type { DB } from '../types';
import { DEMO_ACCOUNTS, KABID_NIP } from './accounts';
import { createRng, weighted } from './random';

const SEED = 0x5eeda991;
const CHUNK = 1000;

/**
 * The spread of last year's results. Not the usual 94 % Baik: some leniency shows (ratings above what the
 * realisation suggested, with a justification), and every predikat occurs.
 */
const OUTCOMES: readonly (readonly [readonly [Rating, Rating], number])[] = [
  [['di_atas', 'di_atas'], 0.12],
  [['di_atas', 'sesuai'], 0.08],
  [['sesuai', 'sesuai'], 0.42],
  [['sesuai', 'di_atas'], 0.08],
  [['di_bawah', 'sesuai'], 0.14],
  [['di_bawah', 'di_atas'], 0.02],
  [['sesuai', 'di_bawah'], 0.06],
  [['di_atas', 'di_bawah'], 0.02],
  [['di_bawah', 'di_bawah'], 0.06],
];
const IMPORTED: readonly (readonly [Predikat, number])[] = [
  ['sangat_baik', 0.15],
  ['baik', 0.68],
  ['butuh_perbaikan', 0.11],
  ['kurang', 0.04],
  ['sangat_kurang', 0.02],
];
/** Demo accounts get a fixed story: eligible, not eligible because of 2024, a Kepala Bidang rated Sangat Baik. */
const DEMO_OUTCOME: Record<string, [Rating, Rating]> = {
  '199004172015032002': ['sesuai', 'sesuai'],
  '199208232019031004': ['sesuai', 'di_atas'],
  [KABID_NIP]: ['di_atas', 'di_atas'],
};
const DEMO_2024: Record<string, Predikat> = {
  '199004172015032002': 'baik',
  '199208232019031004': 'butuh_perbaikan',
};
const LENIENT = [
  'Sebagian target tertunda karena penugasan tambahan dari pimpinan di luar SKP.',
  'Realisasi rendah karena keterlambatan validasi laporan; hasil nyata di lapangan sesuai target.',
  'Pegawai menangani pekerjaan rekan yang cuti panjang selama triwulan III.',
];
const BEHAVIOUR_NOTES: Partial<Record<string, string>> = {
  kolaboratif: 'Perlu lebih aktif berbagi data dengan bidang lain sebelum tenggat.',
  adaptif: 'Masih ragu memakai aplikasi baru; ikuti pelatihan Dapodik dan e-Kinerja.',
};

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Last year's finished annual appraisals (on simple approved SKPs copied from this year's), the year before
 * as imported e-Kinerja history, and this quarter's open drafts for the demo Kepala Bidang's staff.
 */
export async function seedAppraisals(trx: Transaction<DB>, opts: { agencyId: number; today: string }) {
  const year = Number(opts.today.slice(0, 4));
  const last = year - 1;
  const rng = createRng(SEED);
  const periods = await trx
    .selectFrom('periods')
    .select(['id', 'year', 'kind', 'starts_on', 'ends_on'])
    .where('agency_id', '=', opts.agencyId)
    .execute();
  const annual = periods.find((p) => p.year === last && p.kind === 'annual');
  if (!annual) return;

  // Simple approved SKPs for last year: this year's RHK and indicators, approved in January by the supervisor.
  await sql`
    INSERT INTO skps (employee_id, year, approach, status, submitted_at, decided_at, decided_by, approved_late)
    SELECT k.employee_id, ${last}::int, k.approach, 'approved',
           ${`${last}-01-20T09:00:00+07:00`}::timestamptz, ${`${last}-01-27T14:00:00+07:00`}::timestamptz,
           COALESCE(s.supervisor_id, k.employee_id), false
    FROM skps k
    JOIN employees e ON e.id = k.employee_id AND e.agency_id = ${opts.agencyId} AND e.tmt < ${`${last}-01-01`}::date
    LEFT JOIN supervisions s ON s.employee_id = k.employee_id AND s.kind = 'definitive'
      AND s.valid_from <= ${`${last}-12-31`}::date AND (s.valid_to IS NULL OR s.valid_to > ${`${last}-12-31`}::date)
    WHERE k.year = ${year}`.execute(trx);
  await sql`
    INSERT INTO skp_rhks (skp_id, position, kind, text)
    SELECT n.id, r.position, r.kind, r.text
    FROM skp_rhks r JOIN skps o ON o.id = r.skp_id AND o.year = ${year}
    JOIN skps n ON n.employee_id = o.employee_id AND n.year = ${last}`.execute(trx);
  await sql`
    INSERT INTO skp_indicators (rhk_id, position, aspek, text, target_value, target_unit)
    SELECT nr.id, i.position, i.aspek, i.text, i.target_value, i.target_unit
    FROM skp_indicators i JOIN skp_rhks r ON r.id = i.rhk_id
    JOIN skps o ON o.id = r.skp_id AND o.year = ${year}
    JOIN skps n ON n.employee_id = o.employee_id AND n.year = ${last}
    JOIN skp_rhks nr ON nr.skp_id = n.id AND nr.position = r.position`.execute(trx);

  const people = await trx
    .selectFrom('skps as k')
    .innerJoin('employees as e', 'e.id', 'k.employee_id')
    .select(['k.id as skp_id', 'k.employee_id', 'k.decided_by', 'e.nip'])
    .where('k.year', '=', last)
    .where('e.agency_id', '=', opts.agencyId)
    .orderBy('k.employee_id')
    .execute();
  const indicators = await trx
    .selectFrom('skp_indicators as i')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .innerJoin('skps as k', 'k.id', 'r.skp_id')
    .select(['i.id', 'k.id as skp_id', 'i.aspek', 'i.target_value', 'r.kind'])
    .where('k.year', '=', last)
    .orderBy('i.id')
    .execute();
  const bySkp = new Map<number, typeof indicators>();
  for (const i of indicators) bySkp.set(i.skp_id, [...(bySkp.get(i.skp_id) ?? []), i]);

  type Planned = {
    appraisal: Record<string, unknown>;
    items: { indicator_id: number; realisation_computed: string }[];
    notes: boolean;
  };
  const planned: Planned[] = [];
  for (const p of people) {
    if (p.decided_by === null || p.decided_by === p.employee_id) continue; // the Sekda is rated outside
    const [hasil, perilaku] = DEMO_OUTCOME[p.nip] ?? weighted(rng, OUTCOMES);
    // One in five of those rated Sesuai had a realisation below target: the leniency the anchor exposes.
    const lenient = hasil === 'sesuai' && !DEMO_OUTCOME[p.nip] && rng.chance(0.2);
    const factor =
      hasil === 'di_atas'
        ? 1.12
        : hasil === 'sesuai' && !lenient
          ? 1 + rng.next() * 0.05
          : 0.7 + rng.next() * 0.2;
    const mine = bySkp.get(p.skp_id) ?? [];
    const measured: MeasuredIndicator[] = mine.map((i) => {
      const target = Number(i.target_value);
      // Last year had no periodic entries: only quantities (and, for Di Atas, quality) were measured.
      const done = i.aspek === 'kuantitas' || (i.aspek === 'kualitas' && hasil === 'di_atas') ? factor : null;
      return {
        utama: i.kind === 'utama',
        aspek: i.aspek as MeasuredIndicator['aspek'],
        measure: i.aspek === 'kuantitas' ? 'daily' : 'periodic',
        target,
        realisation: done === null ? null : Math.round(target * done),
        overridden: false,
      };
    });
    const s = suggestHasil(measured, periodShare(annual.starts_on, annual.ends_on));
    planned.push({
      appraisal: {
        employee_id: p.employee_id,
        period_id: annual.id,
        skp_id: p.skp_id,
        evaluator_id: p.decided_by,
        rating_hasil: hasil,
        rating_perilaku: perilaku,
        suggested_hasil: s?.rating ?? null,
        suggestion_basis: s ? JSON.stringify({ ...s, thresholds: { sesuaiPct: 100, diAtasPct: 110 } }) : null,
        justification: s && s.rating !== hasil ? rng.pick(LENIENT) : null,
        predikat: predikatFor(hasil, perilaku),
        status: 'accepted',
        delivered_on: `${year}-01-${String(rng.int(12, 16)).padStart(2, '0')}`,
        accepted_on: `${year}-01-${String(rng.int(19, 23)).padStart(2, '0')}`,
        created_at: `${year}-01-05T09:00:00+07:00`,
        updated_at: `${year}-01-23T10:00:00+07:00`,
      },
      items: mine.map((i, k) => ({
        indicator_id: i.id,
        realisation_computed: String(measured[k]?.realisation ?? 0),
      })),
      notes: DEMO_ACCOUNTS.some((a) => a.nip === p.nip && a.role === 'employee'),
    });
  }
  const ids: number[] = [];
  await inChunks(planned, async (chunk) => {
    const rows = await trx
      .insertInto('appraisals')
      .values(chunk.map((c) => c.appraisal) as never)
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  });
  const items = planned.flatMap((p, k) => p.items.map((i) => ({ ...i, appraisal_id: ids[k] as number })));
  await inChunks(items, (chunk) => trx.insertInto('appraisal_items').values(chunk).execute());
  const notes = planned.flatMap((p, k) =>
    p.notes
      ? Object.entries(BEHAVIOUR_NOTES).map(([value_code, feedback]) => ({
          appraisal_id: ids[k] as number,
          value_code,
          feedback: feedback as string,
        }))
      : [],
  );
  if (notes.length > 0) await trx.insertInto('appraisal_behaviours').values(notes).execute();

  // The year before, as if imported from e-Kinerja when the system started.
  const imports = people.map((p) => ({
    employee_id: p.employee_id,
    year: last - 1,
    predikat: DEMO_2024[p.nip] ?? weighted(rng, IMPORTED),
    source: 'e-kinerja',
  }));
  await inChunks(imports, (chunk) => trx.insertInto('predikat_imports').values(chunk).execute());

  await openDrafts(trx, opts, periods);
  await lastQuarter(trx, opts, periods);
}

/**
 * Last quarter's appraisals, given across the agency (not to the demo Kepala Bidang's staff, whom the
 * walkthrough appraises by hand): the lenient spread typical of real agencies — most Baik, few below —
 * so the leadership dashboard's distribution check has something to say.
 */
async function lastQuarter(
  trx: Transaction<DB>,
  opts: { agencyId: number; today: string },
  periods: { id: number; kind: string; starts_on: string; ends_on: string }[],
) {
  const quarter = periods
    .filter(
      (p) =>
        p.kind === 'quarterly' &&
        p.ends_on < opts.today &&
        p.starts_on.slice(0, 4) === opts.today.slice(0, 4),
    )
    .sort((a, b) => (a.ends_on < b.ends_on ? 1 : -1))[0];
  if (!quarter) return;
  const demo = DEMO_ACCOUNTS.map((a) => a.nip);
  const { rows } = await sql<{ id: number }>`
    INSERT INTO appraisals (employee_id, period_id, skp_id, evaluator_id, rating_hasil, rating_perilaku, predikat,
                            status, delivered_on, accepted_on, created_at, updated_at)
    SELECT k.employee_id, ${quarter.id}, k.id, s.supervisor_id, o.hasil, o.perilaku, o.predikat,
           CASE WHEN r.y < 85 THEN 'accepted' ELSE 'delivered' END,
           ${quarter.ends_on}::date + 8, CASE WHEN r.y < 85 THEN ${quarter.ends_on}::date + 12 END,
           ${quarter.ends_on}::date + time '09:00', ${quarter.ends_on}::date + time '14:00'
    FROM skps k
    JOIN employees e ON e.id = k.employee_id AND e.agency_id = ${opts.agencyId} AND e.active
    JOIN supervisions s ON s.employee_id = k.employee_id AND s.kind = 'definitive'
      AND s.valid_from <= ${quarter.ends_on}::date AND (s.valid_to IS NULL OR s.valid_to > ${quarter.ends_on}::date)
    JOIN employees boss ON boss.id = s.supervisor_id AND boss.nip <> ${KABID_NIP}
    CROSS JOIN LATERAL (SELECT abs(hashtext('q3' || k.employee_id)) % 100 AS x,
                               abs(hashtext('q3s' || k.employee_id)) % 100 AS y) r
    CROSS JOIN LATERAL (SELECT * FROM (VALUES
        ('di_atas', 'di_atas', 'sangat_baik', 0, 7),
        ('sesuai', 'sesuai', 'baik', 7, 86),
        ('di_bawah', 'sesuai', 'butuh_perbaikan', 86, 94),
        ('sesuai', 'di_bawah', 'kurang', 94, 98),
        ('di_bawah', 'di_bawah', 'sangat_kurang', 98, 100)) AS v(hasil, perilaku, predikat, lo, hi)
      WHERE r.x >= v.lo AND r.x < v.hi) o
    WHERE k.year = ${Number(opts.today.slice(0, 4))} AND k.status = 'approved' AND e.nip <> ALL(${demo}::text[])
    RETURNING id`.execute(trx);
  if (rows.length === 0) return;
  await sql`
    INSERT INTO appraisal_items (appraisal_id, indicator_id, realisation_computed)
    SELECT a.id, i.id, COALESCE((
      SELECT sum(d.quantity) FROM daily_reports d
      WHERE d.indicator_id = i.id AND d.status = 'approved'
        AND d.report_date BETWEEN ${quarter.starts_on}::date AND ${quarter.ends_on}::date), 0)
    FROM appraisals a JOIN skp_rhks r ON r.skp_id = a.skp_id JOIN skp_indicators i ON i.rhk_id = r.id
    WHERE a.id = ANY(${rows.map((r) => r.id)}::int[])`.execute(trx);
}

/** This quarter's drafts for the demo Kepala Bidang's direct staff, so the appraisal list has work in it. */
async function openDrafts(
  trx: Transaction<DB>,
  opts: { agencyId: number; today: string },
  periods: { id: number; kind: string; starts_on: string; ends_on: string }[],
) {
  const quarter = periods.find(
    (p) => p.kind === 'quarterly' && p.starts_on <= opts.today && opts.today <= p.ends_on,
  );
  if (!quarter) return;
  const staff = await trx
    .selectFrom('supervisions as s')
    .innerJoin('employees as boss', 'boss.id', 's.supervisor_id')
    .innerJoin('employees as e', 'e.id', 's.employee_id')
    .innerJoin('skps as k', (j) =>
      j
        .onRef('k.employee_id', '=', 'e.id')
        .on('k.year', '=', Number(opts.today.slice(0, 4)))
        .on('k.status', '=', 'approved'),
    )
    .select(['e.id', 'k.id as skp_id', 'boss.id as boss_id'])
    .where('boss.nip', '=', KABID_NIP)
    .where('s.kind', '=', 'definitive')
    .where('s.valid_from', '<=', opts.today)
    .where((w) => w.or([w('s.valid_to', 'is', null), w('s.valid_to', '>', opts.today)]))
    .execute();
  if (staff.length === 0) return;
  const rows = await trx
    .insertInto('appraisals')
    .values(
      staff.map((s) => ({
        employee_id: s.id,
        period_id: quarter.id,
        skp_id: s.skp_id,
        evaluator_id: s.boss_id,
      })),
    )
    .returning(['id', 'skp_id'])
    .execute();
  await sql`
    INSERT INTO appraisal_items (appraisal_id, indicator_id, realisation_computed)
    SELECT a.id, i.id, COALESCE((
      SELECT sum(d.quantity) FROM daily_reports d
      WHERE d.indicator_id = i.id AND d.status = 'approved'
        AND d.report_date BETWEEN ${quarter.starts_on}::date AND ${quarter.ends_on}::date), 0)
    FROM appraisals a JOIN skp_rhks r ON r.skp_id = a.skp_id JOIN skp_indicators i ON i.rhk_id = r.id
    WHERE a.id = ANY(${rows.map((r) => r.id)}::int[])`.execute(trx);
}
