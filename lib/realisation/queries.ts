import 'server-only';
import { sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import { visibleEmployee } from '@/lib/auth/policy';
import { supervisedBy, supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { isYearOpen, toPeriod } from '@/lib/calendar/periods';
import type { PeriodRef } from '@/lib/calendar/types';
import { config } from '@/lib/config';
import { achievement, combineEntries, isJudgement, measureOf } from '@/lib/domain/appraisal';
import { type Aspek, formatTarget, isMeasure, type Measure } from '@/lib/domain/skp';
import type { EntryStatus, IndicatorRealisation, QueuedEntry, RealisationEntryView } from './types';

/** The measure stored on an indicator row (NULL: the aspek's default). */
export const storedMeasure = (aspek: Aspek, measure: string | null): Measure =>
  measureOf({ aspek, measure: isMeasure(measure) ? measure : undefined });

/** The periods entries are made for in a year: its quarters, or its months where configured. */
export async function entryPeriods(db: Database, agencyId: number, year: number): Promise<PeriodRef[]> {
  const rows = await db
    .selectFrom('periods')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('kind', '=', config.realisationPeriod)
    .orderBy('seq')
    .execute();
  return rows.map(toPeriod);
}

/**
 * Values of validated entries per indicator for periods inside [from, to] (only validated entries count).
 * The realisation of a span is then combineEntries over them.
 */
export async function validatedValues(
  db: Database,
  indicatorIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, number[]>> {
  if (indicatorIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('realisation_entries as x')
    .innerJoin('periods as p', 'p.id', 'x.period_id')
    .select(['x.indicator_id', 'x.value'])
    .where('x.indicator_id', 'in', indicatorIds)
    .where('x.status', '=', 'validated')
    .where('p.starts_on', '>=', from)
    .where('p.ends_on', '<=', to)
    .orderBy('p.starts_on')
    .execute();
  const out = new Map<number, number[]>();
  for (const r of rows) out.set(r.indicator_id, [...(out.get(r.indicator_id) ?? []), Number(r.value)]);
  return out;
}

async function loadEntries(db: Database, indicatorIds: readonly number[]) {
  if (indicatorIds.length === 0) return [];
  const entries = await db
    .selectFrom('realisation_entries')
    .selectAll()
    .where('indicator_id', 'in', indicatorIds)
    .execute();
  const ids = entries.map((e) => e.id);
  const [files, events] = ids.length
    ? await Promise.all([
        db
          .selectFrom('realisation_files')
          .select(['id', 'entry_id', 'file_name'])
          .where('entry_id', 'in', ids)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('audit_log as l')
          .leftJoin('employees as a', 'a.id', 'l.actor_id')
          .select(['l.entity_id', 'l.action', 'l.at', 'l.after', 'a.name'])
          .where('l.entity', '=', 'realisation_entry')
          .where(
            'l.entity_id',
            'in',
            ids.map((id) => String(id)),
          )
          .orderBy('l.id')
          .execute(),
      ])
    : [[], []];
  return entries.map((e): RealisationEntryView & { indicatorId: number } => ({
    id: e.id,
    indicatorId: e.indicator_id,
    periodId: e.period_id,
    value: e.value === null ? '' : formatTarget(e.value),
    judgement: isJudgement(e.judgement) ? e.judgement : null,
    evidenceLink: e.evidence_link,
    note: e.note,
    status: e.status as EntryStatus,
    reviewComment: e.review_comment,
    version: e.version,
    files: files.filter((f) => f.entry_id === e.id).map((f) => ({ id: f.id, name: f.file_name })),
    history: events
      .filter((l) => l.entity_id === String(e.id))
      .map((l) => ({
        action: l.action,
        actor: l.name ?? '—',
        at: l.at instanceof Date ? l.at.toISOString() : String(l.at),
        comment: ((l.after ?? {}) as { comment?: string | null }).comment ?? null,
      })),
  }));
}

/** The parts of an SKP document (lib/skp) this needs; structural, so the SKP feature may import this one. */
type SkpShape = {
  year: number;
  status: string;
  employee: { id: number };
  rhks: {
    kind: 'utama' | 'tambahan';
    text: string;
    indicators: {
      id: number;
      aspek: Aspek;
      measure?: Measure;
      text: string;
      targetValue: string;
      targetUnit: string;
    }[];
  }[];
};

/**
 * The SKP's indicators that are not fed by daily reports, each with its periods and entries, for a viewer
 * who may see the SKP (the document came from getSkpDocument). What the viewer may do is decided here and
 * checked again by the mutations.
 */
export async function skpRealisation(
  db: Database,
  viewer: Viewer,
  doc: SkpShape,
  on: string,
): Promise<IndicatorRealisation[]> {
  const indicators = doc.rhks.flatMap((r) =>
    r.indicators.filter((i) => i.measure !== 'daily').map((i) => ({ rhk: r, ind: i })),
  );
  if (indicators.length === 0) return [];
  const owner = doc.employee.id === viewer.employeeId;
  const [periods, entries, open, reviewer] = await Promise.all([
    entryPeriods(db, viewer.agencyId, doc.year),
    loadEntries(
      db,
      indicators.map((x) => x.ind.id),
    ),
    isYearOpen(db, viewer.agencyId, doc.year),
    owner ? false : supervises(db, viewer.employeeId, doc.employee.id, on),
  ]);
  const writable = owner && open && doc.status === 'approved';
  return indicators.map(({ rhk, ind }) => {
    const mine = entries.filter((e) => e.indicatorId === ind.id);
    const measure = ind.measure ?? 'periodic';
    const realisation = combineEntries(
      measure,
      mine.filter((e) => e.status === 'validated').map((e) => Number(e.value)),
    );
    return {
      indicatorId: ind.id,
      rhkText: rhk.text,
      utama: rhk.kind === 'utama',
      aspek: ind.aspek,
      measure,
      text: ind.text,
      targetValue: ind.targetValue,
      targetUnit: ind.targetUnit,
      realisation,
      achievementPct: achievement(
        {
          utama: true,
          aspek: ind.aspek,
          measure,
          target: Number(ind.targetValue),
          realisation,
          overridden: false,
        },
        1,
      ),
      slots: periods.map((period) => {
        const entry = mine.find((e) => e.periodId === period.id) ?? null;
        const started = period.startsOn <= on;
        return {
          period,
          entry,
          canEnter: writable && period.open && started && entry?.status !== 'validated',
          canReview: reviewer && period.open && entry?.status === 'pending',
        };
      }),
    };
  });
}

/**
 * Entries the validation queue shows at once. Each is a form of its own; a supervisor works through the
 * oldest first, and the next ones appear as these are decided (the heading counts them all).
 */
export const ENTRY_QUEUE_SIZE = 10;

/** Pending entries of the viewer's current subordinates (definitive or acting), oldest first. */
export async function pendingEntries(
  db: Database,
  viewer: Viewer,
  on: string,
  limit = ENTRY_QUEUE_SIZE,
): Promise<QueuedEntry[]> {
  const rows = await db
    .selectFrom('realisation_entries as x')
    .innerJoin('employees as e', 'e.id', 'x.employee_id')
    .innerJoin('skp_indicators as i', 'i.id', 'x.indicator_id')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .innerJoin('periods as p', 'p.id', 'x.period_id')
    .select([
      'x.id',
      'x.version',
      'x.value',
      'x.evidence_link',
      'x.note',
      'e.id as employee_id',
      'e.name as employee_name',
      'r.skp_id',
      'i.text',
      'i.aspek',
      'i.measure',
      'i.target_value',
      'i.target_unit',
      'p.id as period_id',
      'p.year',
      'p.kind',
      'p.seq',
      'p.starts_on',
      'p.ends_on',
      'p.status as period_status',
    ])
    .where('x.status', '=', sql.lit('pending'))
    .where('e.id', '<>', viewer.employeeId)
    .where(supervisedBy(viewer.employeeId, on))
    .orderBy('x.updated_at')
    .orderBy('x.id')
    .limit(limit)
    .modifyEnd(PREPARED)
    .execute();
  const files = rows.length
    ? await db
        .selectFrom('realisation_files')
        .select(['id', 'entry_id', 'file_name'])
        .where(
          'entry_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    skpId: r.skp_id,
    indicatorText: r.text,
    measure: storedMeasure(r.aspek as Aspek, r.measure),
    targetValue: formatTarget(r.target_value),
    targetUnit: r.target_unit,
    period: toPeriod({ ...r, id: r.period_id, status: r.period_status }),
    value: r.value === null ? '' : formatTarget(r.value),
    evidenceLink: r.evidence_link,
    note: r.note,
    files: files.filter((f) => f.entry_id === r.id).map((f) => ({ id: f.id, name: f.file_name })),
  }));
}

/** How many entries wait for the viewer's decision (the queue's heading counts them all). */
export async function pendingEntryCount(db: Database, viewer: Viewer, on: string): Promise<number> {
  const row = await db
    .selectFrom('realisation_entries as x')
    .innerJoin('employees as e', 'e.id', 'x.employee_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('x.status', '=', sql.lit('pending'))
    .where('e.id', '<>', viewer.employeeId)
    .where(supervisedBy(viewer.employeeId, on))
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** An entry's evidence file, only for those who may see the employee. */
export async function getEntryFile(db: Database, viewer: Viewer, fileId: string, on: string) {
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return null;
  return db
    .selectFrom('realisation_files as f')
    .innerJoin('realisation_entries as x', 'x.id', 'f.entry_id')
    .innerJoin('employees as e', 'e.id', 'x.employee_id')
    .select(['f.file_name', 'f.mime', 'f.content'])
    .where('f.id', '=', fileId)
    .where(visibleEmployee(viewer, on))
    .executeTakeFirst();
}
