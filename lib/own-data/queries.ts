import 'server-only';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import type { Viewer } from '@/lib/auth/viewer';
import type { ExportTable } from '@/lib/dashboard/export';
import { feedbackResults } from '@/lib/feedback/results/queries';
import { getEmployeeProfile } from '@/lib/org/queries';
import { coachingTable } from './coaching';

type Cell = string | number | null;
const num = (v: unknown): Cell => (v === null || v === undefined ? null : Number(v));

/**
 * Everything the system keeps about the viewer, as tables (UU 27/2022, the right to one's own data):
 * profile, SKP, daily reports, periodic realisation, 360° feedback about them in aggregate only (group
 * distributions, never one rater's answers or texts), continuous feedback they received or wrote, and
 * appraisals. Only rows of the viewer's own; the
 * export is audited in the same transaction that reads it. Column names are stable field names, so the
 * file can be read by a program as well as by a person.
 */
export async function ownDataTables(db: Database, viewer: Viewer, on: string): Promise<ExportTable[]> {
  return db.transaction().execute(async (trx) => {
    const me = viewer.employeeId;
    const tables = [
      await profileTable(trx, viewer, on),
      await skpTable(trx, me),
      await reportTable(trx, me),
      await realisationTable(trx, me),
      await feedbackTable(trx, viewer, on),
      await coachingTable(trx, me),
      await appraisalTable(trx, me),
    ];
    await audit(trx, {
      actorId: me,
      action: 'own_data.export',
      entity: 'employee',
      entityId: me,
      after: { rows: Object.fromEntries(tables.map((t) => [t.name, t.rows.length])) },
    });
    return tables;
  });
}

async function profileTable(db: Database, viewer: Viewer, on: string): Promise<ExportTable> {
  const p = await getEmployeeProfile(db, viewer, viewer.employeeId, on);
  const fields: [string, Cell][] = p
    ? [
        ['nip', p.nip],
        ['name', p.name],
        ['kind', p.kind],
        ['gender', p.gender],
        ['birth_date', p.birthDate],
        ['tmt', p.tmt],
        ['pangkat', p.pangkat],
        ['pangkat_tmt', p.pangkatTmt],
        ['pppk_golongan', p.pppkGolongan],
        ['position', p.position.name],
        ['position_kind', p.position.kind],
        ['unit', p.unit.name],
        ['opd', p.opd.name],
        ['pejabat_penilai', p.pejabatPenilai?.name ?? null],
        ['atasan_pejabat_penilai', p.atasanPejabatPenilai?.name ?? null],
      ]
    : [];
  return { name: 'profile', columns: ['field', 'value'], rows: fields };
}

async function skpTable(db: Database, me: number): Promise<ExportTable> {
  const rows = await db
    .selectFrom('skps as s')
    .leftJoin('skp_rhks as r', 'r.skp_id', 's.id')
    .leftJoin('skp_indicators as i', 'i.rhk_id', 'r.id')
    .select([
      's.year',
      's.revision',
      's.status',
      's.approach',
      'r.kind',
      'r.text as rhk',
      'i.aspek',
      'i.text as indicator',
      'i.target_value',
      'i.target_unit',
    ])
    .where('s.employee_id', '=', me)
    .orderBy('s.year')
    .orderBy('r.position')
    .orderBy('i.position')
    .execute();
  return {
    name: 'skp',
    columns: [
      'year',
      'revision',
      'status',
      'approach',
      'rhk_kind',
      'rhk',
      'aspek',
      'indicator',
      'target_value',
      'target_unit',
    ],
    rows: rows.map((r) => [
      r.year,
      r.revision,
      r.status,
      r.approach,
      r.kind,
      r.rhk,
      r.aspek,
      r.indicator,
      num(r.target_value),
      r.target_unit,
    ]),
  };
}

async function reportTable(db: Database, me: number): Promise<ExportTable> {
  const rows = await db
    .selectFrom('daily_reports as d')
    .innerJoin('skp_indicators as i', 'i.id', 'd.indicator_id')
    .select([
      'd.report_date',
      'd.start_time',
      'd.end_time',
      'd.minutes',
      'd.activity',
      'd.quantity',
      'd.unit',
      'i.text as indicator',
      'd.status',
      'd.review_comment',
      'd.evidence_link',
    ])
    .where('d.employee_id', '=', me)
    .orderBy('d.report_date')
    .orderBy('d.start_time')
    .execute();
  return {
    name: 'daily_reports',
    columns: [
      'date',
      'start',
      'end',
      'minutes',
      'activity',
      'quantity',
      'unit',
      'indicator',
      'status',
      'review_comment',
      'evidence_link',
    ],
    rows: rows.map((r) => [
      r.report_date,
      r.start_time,
      r.end_time,
      r.minutes,
      r.activity,
      num(r.quantity),
      r.unit,
      r.indicator,
      r.status,
      r.review_comment,
      r.evidence_link,
    ]),
  };
}

async function realisationTable(db: Database, me: number): Promise<ExportTable> {
  const rows = await db
    .selectFrom('realisation_entries as e')
    .innerJoin('skp_indicators as i', 'i.id', 'e.indicator_id')
    .innerJoin('periods as p', 'p.id', 'e.period_id')
    .select([
      'p.year',
      'p.kind',
      'p.seq',
      'i.text as indicator',
      'e.value',
      'e.status',
      'e.note',
      'e.review_comment',
    ])
    .where('e.employee_id', '=', me)
    .orderBy('p.starts_on')
    .orderBy('e.id')
    .execute();
  return {
    name: 'realisation',
    columns: ['year', 'period_kind', 'period_seq', 'indicator', 'value', 'status', 'note', 'review_comment'],
    rows: rows.map((r) => [
      r.year,
      r.kind,
      r.seq,
      r.indicator,
      num(r.value),
      r.status,
      r.note,
      r.review_comment,
    ]),
  };
}

const dist = (d: Record<string, number> | null, key: string): Cell => (d ? (d[key] ?? 0) : null);

async function feedbackTable(db: Database, viewer: Viewer, on: string): Promise<ExportTable> {
  const rounds = await db
    .selectFrom('feedback_rounds as o')
    .select('o.id')
    .where('o.status', '=', 'closed')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('feedback_requests as r')
          .select('r.id')
          .whereRef('r.round_id', '=', 'o.id')
          .where('r.ratee_id', '=', viewer.employeeId),
      ),
    )
    .orderBy('o.id')
    .execute();
  const rows: Cell[][] = [];
  for (const { id } of rounds) {
    const res = await feedbackResults(db, viewer, id, viewer.employeeId, on);
    if (!res) continue;
    for (const v of res.values)
      rows.push([
        res.roundName,
        res.period.year,
        res.period.seq,
        v.value,
        v.self,
        ...['di_bawah', 'sesuai', 'di_atas'].map((k) => dist(v.peers, k)),
        ...['di_bawah', 'sesuai', 'di_atas'].map((k) => dist(v.subordinates, k)),
        v.othersMean,
      ]);
  }
  return {
    name: 'feedback_360',
    columns: [
      'round',
      'year',
      'period_seq',
      'value',
      'self',
      'peers_di_bawah',
      'peers_sesuai',
      'peers_di_atas',
      'subordinates_di_bawah',
      'subordinates_sesuai',
      'subordinates_di_atas',
      'others_mean',
    ],
    rows,
  };
}

async function appraisalTable(db: Database, me: number): Promise<ExportTable> {
  const rows = await db
    .selectFrom('appraisals as a')
    .innerJoin('periods as p', 'p.id', 'a.period_id')
    .innerJoin('employees as ev', 'ev.id', 'a.evaluator_id')
    .select([
      'p.year',
      'p.kind',
      'p.seq',
      'a.status',
      'a.rating_hasil',
      'a.rating_perilaku',
      'a.predikat',
      'a.justification',
      'a.delivered_on',
      'a.accepted_on',
      'ev.name as evaluator',
    ])
    .where('a.employee_id', '=', me)
    // A draft is the appraiser's work in progress, not yet a record about the employee.
    .where('a.status', '<>', 'draft')
    .orderBy('p.starts_on')
    .execute();
  return {
    name: 'appraisals',
    columns: [
      'year',
      'period_kind',
      'period_seq',
      'status',
      'rating_hasil',
      'rating_perilaku',
      'predikat',
      'justification',
      'delivered_on',
      'accepted_on',
      'pejabat_penilai',
    ],
    rows: rows.map((r) => [
      r.year,
      r.kind,
      r.seq,
      r.status,
      r.rating_hasil,
      r.rating_perilaku,
      r.predikat,
      r.justification,
      r.delivered_on,
      r.accepted_on,
      r.evaluator,
    ]),
  };
}
