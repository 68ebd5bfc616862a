import 'server-only';
import { type SqlBool, sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import { visibleEmployee } from '@/lib/auth/policy';
import { pejabatPenilaiOf, supervises, supervisionValidOn } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { isYearOpen } from '@/lib/calendar/periods';
import { combineEntries, measureOf } from '@/lib/domain/appraisal';
import { BERAKHLAK, isBerakhlakValue } from '@/lib/domain/berakhlak';
import { isJpt, type JabatanKind } from '@/lib/domain/pangkat';
import { type Aspek, canTransition, formatTarget, isMeasure, type SkpStatus } from '@/lib/domain/skp';
import { validatedValues } from '@/lib/realisation/queries';
import { approvedOutput } from '@/lib/reports/realisation';
import type { SkpDocument, SkpPerson, SkpRhk } from './types';

/** People as printed on an SKP: identity, rank, post. */
export async function loadPerson(db: Database, employeeId: number): Promise<SkpPerson | null> {
  const row = await db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select([
      'e.id',
      'e.name',
      'e.nip',
      'e.kind',
      'e.pangkat',
      'e.pppk_golongan',
      'p.name as position',
      'p.kind as position_kind',
      'u.name as unit',
    ])
    .where('e.id', '=', employeeId)
    .modifyEnd(PREPARED)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    nip: row.nip,
    employeeKind: row.kind === 'PPPK' ? 'PPPK' : 'PNS',
    pangkat: row.pangkat,
    pppkGolongan: row.pppk_golongan,
    position: row.position,
    positionKind: row.position_kind,
    unit: row.unit,
  };
}

/**
 * Whose approved RHK an SKP cascades from: the definitive line (the post above, an organisational fact),
 * an acting line only when there is no definitive one. Who approves and appraises is another question,
 * answered by pejabatPenilaiOf (lib/auth/supervision): while a Plt/Plh acts, that is the acting supervisor.
 */
export async function cascadeSupervisorOf(
  db: Database,
  employeeId: number,
  on: string,
): Promise<number | null> {
  const rows = await db
    .selectFrom('supervisions as s')
    .select(['s.supervisor_id', 's.kind'])
    .where('s.employee_id', '=', employeeId)
    .where(supervisionValidOn('s', on))
    .execute();
  return (rows.find((r) => r.kind === 'definitive') ?? rows[0])?.supervisor_id ?? null;
}

export async function loadRhks(db: Database, skpId: number): Promise<SkpRhk[]> {
  const rhks = await db
    .selectFrom('skp_rhks as r')
    .leftJoin('skp_rhks as parent', 'parent.id', 'r.parent_rhk_id')
    .leftJoin('unit_goals as g', 'g.id', 'r.unit_goal_id')
    .select([
      'r.id',
      'r.kind',
      'r.text',
      'parent.id as parent_id',
      'parent.text as parent_text',
      'g.id as goal_id',
      'g.text as goal_text',
    ])
    .where('r.skp_id', '=', skpId)
    .orderBy('r.position')
    .modifyEnd(PREPARED)
    .execute();
  const indicators = rhks.length
    ? await db
        .selectFrom('skp_indicators')
        .select(['id', 'rhk_id', 'aspek', 'measure', 'text', 'target_value', 'target_unit'])
        .where(
          'rhk_id',
          'in',
          rhks.map((r) => r.id),
        )
        .orderBy('rhk_id')
        .orderBy('position')
        .execute()
    : [];
  return rhks.map((r) => ({
    id: r.id,
    kind: r.kind === 'tambahan' ? 'tambahan' : 'utama',
    text: r.text,
    parent: r.parent_id !== null && r.parent_text !== null ? { id: r.parent_id, text: r.parent_text } : null,
    unitGoal: r.goal_id !== null && r.goal_text !== null ? { id: r.goal_id, text: r.goal_text } : null,
    indicators: indicators
      .filter((i) => i.rhk_id === r.id)
      .map((i) => ({
        id: i.id,
        aspek: i.aspek as Aspek,
        measure: measureOf({
          aspek: i.aspek as Aspek,
          measure: isMeasure(i.measure) ? i.measure : undefined,
        }),
        text: i.text,
        targetValue: formatTarget(i.target_value),
        targetUnit: i.target_unit,
      })),
  }));
}

/** An SKP as the viewer may see it (owner, their supervisors, leadership in scope, admins), else null → 404. */
export async function getSkpDocument(
  db: Database,
  viewer: Viewer,
  skpId: number,
  on: string,
): Promise<SkpDocument | null> {
  const skp = await db
    .selectFrom('skps as s')
    .innerJoin('employees as e', 'e.id', 's.employee_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .selectAll('s')
    .select('a.name as agency_name')
    .where('s.id', '=', skpId)
    .where(visibleEmployee(viewer, on))
    .executeTakeFirst();
  if (!skp) return null;
  const penilaiId =
    skp.status === 'approved' ? skp.decided_by : await pejabatPenilaiOf(db, skp.employee_id, on);
  const [employee, pejabatPenilai, rhks, expectations, output] = await Promise.all([
    loadPerson(db, skp.employee_id),
    penilaiId ? loadPerson(db, penilaiId) : null,
    loadRhks(db, skp.id),
    db.selectFrom('skp_expectations').select(['value_code', 'text']).where('skp_id', '=', skp.id).execute(),
    approvedOutput(db, skp.id),
  ]);
  if (!employee) return null;
  const entries = await validatedValues(
    db,
    rhks.flatMap((r) => r.indicators.map((i) => i.id)),
    `${skp.year}-01-01`,
    `${skp.year}-12-31`,
  );
  for (const rhk of rhks)
    for (const ind of rhk.indicators) {
      ind.approved = output.get(ind.id) ?? 0;
      const measure = ind.measure ?? 'daily';
      ind.realised = measure === 'daily' ? ind.approved : combineEntries(measure, entries.get(ind.id) ?? []);
    }
  return {
    id: skp.id,
    year: skp.year,
    revision: skp.revision,
    status: skp.status as SkpStatus,
    approach: skp.approach === 'kualitatif' ? 'kualitatif' : 'kuantitatif',
    approvedLate: skp.approved_late,
    submittedAt: skp.submitted_at?.toISOString() ?? null,
    decidedAt: skp.decided_at?.toISOString() ?? null,
    returnComment: skp.return_comment,
    version: skp.version,
    agencyName: skp.agency_name,
    employee,
    pejabatPenilai: pejabatPenilai && pejabatPenilai.id !== employee.id ? pejabatPenilai : null,
    rhks,
    expectations: BERAKHLAK.map((value) => ({
      value,
      text: expectations.find((x) => isBerakhlakValue(x.value_code) && x.value_code === value)?.text ?? null,
    })),
  };
}

export type SkpPermissions = {
  canEdit: boolean;
  canSubmit: boolean;
  canRevise: boolean;
  /** The owner may drop an unsubmitted revision and go back to the approved one. */
  canDiscard: boolean;
  canDecide: boolean;
  canWriteExpectations: boolean;
};

/** What the viewer may do with this SKP now; the mutations check the same rules again. */
export async function skpPermissions(
  db: Database,
  viewer: Viewer,
  doc: SkpDocument,
  on: string,
): Promise<SkpPermissions> {
  const owner = doc.employee.id === viewer.employeeId;
  const open = await isYearOpen(db, viewer.agencyId, doc.year);
  const supervisor = !owner && (await supervises(db, viewer.employeeId, doc.employee.id, on));
  const approvedBefore =
    owner &&
    canTransition(doc.status, 'discard') &&
    !!(await db
      .selectFrom('skp_revisions')
      .select('id')
      .where('skp_id', '=', doc.id)
      .where('revision', '=', doc.revision - 1)
      .executeTakeFirst());
  return {
    canEdit: owner && open && canTransition(doc.status, 'edit'),
    canSubmit: owner && open && canTransition(doc.status, 'submit'),
    canRevise: owner && open && canTransition(doc.status, 'revise'),
    canDiscard: open && approvedBefore,
    canDecide: supervisor && open && canTransition(doc.status, 'approve'),
    canWriteExpectations: supervisor && open && doc.status !== 'approved',
  };
}

export async function mySkpId(db: Database, viewer: Viewer, year: number): Promise<number | null> {
  const row = await db
    .selectFrom('skps')
    .select('id')
    .where('employee_id', '=', viewer.employeeId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.id ?? null;
}

export type SkpEditor = {
  doc: SkpDocument;
  jpt: boolean;
  parentOptions: { id: number; text: string }[];
  parentSkpStatus: SkpStatus | null;
  supervisorName: string | null;
  unitGoals: { id: number; text: string }[];
};

/** The owner's editor: their SKP in an editable state, plus what each RHK may intervene in. */
export async function getSkpEditor(
  db: Database,
  viewer: Viewer,
  skpId: number,
  on: string,
): Promise<SkpEditor | null> {
  const doc = await getSkpDocument(db, viewer, skpId, on);
  if (!doc || doc.employee.id !== viewer.employeeId || !canTransition(doc.status, 'edit')) return null;
  const jpt = isJpt(doc.employee.positionKind as JabatanKind);
  const supervisorId = await cascadeSupervisorOf(db, viewer.employeeId, on);
  const parent = supervisorId
    ? await db
        .selectFrom('skps')
        .innerJoin('employees', 'employees.id', 'skps.employee_id')
        .select(['skps.id', 'skps.status', 'employees.name'])
        .where('skps.employee_id', '=', supervisorId)
        .where('skps.year', '=', doc.year)
        .executeTakeFirst()
    : undefined;
  const parentOptions =
    parent?.status === 'approved'
      ? await db
          .selectFrom('skp_rhks')
          .select(['id', 'text'])
          .where('skp_id', '=', parent.id)
          .orderBy('position')
          .execute()
      : [];
  const supervisorName = supervisorId ? ((await loadPerson(db, supervisorId))?.name ?? null) : null;
  return {
    doc,
    jpt,
    parentOptions,
    parentSkpStatus: (parent?.status as SkpStatus | undefined) ?? null,
    supervisorName,
    unitGoals: jpt ? await unitGoalsForEmployee(db, viewer.employeeId, doc.year) : [],
  };
}

/** Goals of the employee's OPD (the root of their unit's path) for the year. */
export async function unitGoalsForEmployee(db: Database, employeeId: number, year: number) {
  return db
    .selectFrom('unit_goals as g')
    .innerJoin('units as opd', 'opd.id', 'g.unit_id')
    .innerJoin('units as u', (j) => j.on(sql<SqlBool>`u.path LIKE opd.path || '%'`))
    .innerJoin('employees as e', 'e.unit_id', 'u.id')
    .select(['g.id', 'g.text'])
    .where('e.id', '=', employeeId)
    .where('opd.parent_id', 'is', null)
    .where('g.year', '=', year)
    .orderBy('g.id')
    .execute();
}
