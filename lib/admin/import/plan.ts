import type { Kysely } from 'kysely';
import type { DB } from '@/db/types';
import { supervisionValidOn } from '@/lib/auth/supervision';
import type { JabatanKind } from '@/lib/domain/pangkat';
import type { SheetRow } from './parse';
import { checkLine, checkPerson, type Issue, type LineRow, type PersonRow } from './rows';
import type { ImportReport, LineChange, PersonChange, Proposal } from './types';

/*
 * The dry run: every row checked against the other rows and the current data, and what the apply would
 * write. The apply recomputes the same plan inside its transaction, so what it writes is what was shown.
 */

type Db = Kysely<DB>;
type UnitRef = { id: number | null; key: string; unorId: string; name: string; parentId: number | null };
type Existing = Awaited<ReturnType<typeof loadState>>['employees'][number];

export type PlannedPerson = PersonRow & {
  unitKey: string;
  positionKey: string;
  existing: Existing | null;
  change: PersonChange;
};

export type NewPosition = { key: string; unitKey: string; name: string; kind: JabatanKind; isHead: boolean };

export type Plan = {
  report: ImportReport;
  units: Map<string, UnitRef>;
  unitsToLink: { id: number; unorId: string }[];
  positions: Map<string, number>;
  newPositions: NewPosition[];
  people: PlannedPerson[];
  lines: (LineChange & { existing: { id: number; validFrom: string } | null })[];
  proposals: Proposal[];
};

async function loadState(db: Db, agencyId: number, on: string) {
  const [units, positions, employees, lines] = await Promise.all([
    db
      .selectFrom('units')
      .select(['id', 'code', 'siasn_id', 'name', 'parent_id'])
      .where('agency_id', '=', agencyId)
      .execute(),
    db
      .selectFrom('positions as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['p.id', 'p.unit_id', 'p.name', 'p.is_unit_head'])
      .where('u.agency_id', '=', agencyId)
      .execute(),
    db
      .selectFrom('employees')
      .select(['id', 'nip', 'name', 'kind', 'gender', 'birth_date', 'tmt', 'pangkat', 'pangkat_tmt'])
      .select(['pppk_golongan', 'unit_id', 'position_id', 'active'])
      .where('agency_id', '=', agencyId)
      .execute(),
    db
      .selectFrom('supervisions as s')
      .innerJoin('employees as e', 'e.id', 's.employee_id')
      .select(['s.id', 's.employee_id', 's.supervisor_id', 's.kind', 's.valid_from'])
      .where('e.agency_id', '=', agencyId)
      .where(supervisionValidOn('s', on))
      .execute(),
  ]);
  return { units, positions, employees, lines };
}

const positionKey = (unitKey: string, name: string) => `${unitKey}|${name.trim().toLowerCase()}`;

/** Checks the files against each other and the database; `on` is the day the import takes effect. */
export async function planImport(
  db: Db,
  agencyId: number,
  files: { people: SheetRow[]; lines: SheetRow[]; fullExport: boolean },
  on: string,
): Promise<Plan> {
  const state = await loadState(db, agencyId, on);
  const today = new Date(`${on}T12:00:00Z`);
  const issues: Issue[] = [];
  const byNip = new Map(state.employees.map((e) => [e.nip, e]));
  const nipById = new Map(state.employees.map((e) => [e.id, e.nip]));

  // Units by SIASN's UNOR ID, else by our own code; a new UNOR needs its name.
  const unitBySiasn = new Map(state.units.filter((u) => u.siasn_id).map((u) => [u.siasn_id as string, u]));
  const unitByCode = new Map(state.units.map((u) => [u.code, u]));
  const units = new Map<string, UnitRef>();
  const unitsToLink: { id: number; unorId: string }[] = [];
  const resolveUnit = (unorId: string, name: string): UnitRef | null => {
    const known = units.get(unorId);
    if (known) return known;
    const row = unitBySiasn.get(unorId) ?? unitByCode.get(unorId);
    if (row && !row.siasn_id) unitsToLink.push({ id: row.id, unorId });
    const ref = row
      ? { id: row.id, key: `u${row.id}`, unorId, name: row.name, parentId: row.parent_id }
      : name
        ? { id: null, key: `new:${unorId}`, unorId, name, parentId: null }
        : null;
    if (ref) units.set(unorId, ref);
    return ref;
  };

  const positions = new Map(state.positions.map((p) => [positionKey(`u${p.unit_id}`, p.name), p.id]));
  const heads = new Set(state.positions.filter((p) => p.is_unit_head).map((p) => `u${p.unit_id}`));
  const headPositions = new Set(state.positions.filter((p) => p.is_unit_head).map((p) => p.id));
  const newPositions: NewPosition[] = [];
  const newPositionKeys = new Set<string>();

  const seen = new Set<string>();
  const people: PlannedPerson[] = [];
  for (const raw of files.people) {
    const checked = checkPerson(raw, today);
    const nip = (raw.values['NIP BARU'] ?? raw.values.NIP ?? '').replace(/\s/g, '');
    if (!checked.ok) {
      issues.push({ file: 'people', line: raw.line, nip, code: checked.code });
      continue;
    }
    const row = checked.row;
    if (seen.has(row.nip)) {
      issues.push({ file: 'people', line: raw.line, nip, code: 'nip_duplicate' });
      continue;
    }
    seen.add(row.nip);
    const unit = resolveUnit(row.unorId, row.unorName);
    if (!unit) {
      issues.push({ file: 'people', line: raw.line, nip, code: 'unit_unknown' });
      continue;
    }
    const pKey = positionKey(unit.key, row.positionName);
    if (!positions.has(pKey) && !newPositionKeys.has(pKey)) {
      newPositionKeys.add(pKey);
      const isHead =
        row.positionKind !== 'fungsional' && row.positionKind !== 'pelaksana' && !heads.has(unit.key);
      if (isHead) heads.add(unit.key);
      newPositions.push({
        key: pKey,
        unitKey: unit.key,
        name: row.positionName,
        kind: row.positionKind,
        isHead,
      });
    }
    const existing = byNip.get(row.nip) ?? null;
    const fields = existing ? changedFields(existing, row, unit.id, positions.get(pKey) ?? null) : [];
    const status = !existing ? 'new' : fields.length > 0 ? 'changed' : 'unchanged';
    people.push({
      ...row,
      unitKey: unit.key,
      positionKey: pKey,
      existing,
      change: { line: row.line, nip: row.nip, name: row.name, status, fields },
    });
  }

  const fileNips = new Map(people.map((p) => [p.nip, p]));
  const nameOf = (nip: string) => fileNips.get(nip)?.name ?? byNip.get(nip)?.name ?? nip;
  const known = (nip: string) => fileNips.has(nip) || byNip.has(nip);

  // Supervision lines: both ends known, one line per person and kind, no cycle with the current tree.
  const lines: Plan['lines'] = [];
  const lineSeen = new Set<string>();
  const current = new Map<string, (typeof state.lines)[number]>();
  for (const l of state.lines) {
    const nip = nipById.get(l.employee_id);
    if (nip) current.set(`${nip}|${l.kind}`, l);
  }
  for (const raw of files.lines) {
    const checked = checkLine(raw);
    const nip = (raw.values.NIP ?? '').replace(/\s/g, '');
    let code: Issue['code'] | null = checked.ok ? null : checked.code;
    if (checked.ok) {
      const l = checked.row;
      if (!known(l.nip)) code = 'line_employee_unknown';
      else if (!known(l.supervisorNip)) code = 'supervisor_unknown';
      else if (lineSeen.has(`${l.nip}|${l.kind}`)) code = 'line_duplicate';
    }
    if (code || !checked.ok) {
      issues.push({ file: 'lines', line: raw.line, nip, code: code ?? 'line_nip_invalid' });
      continue;
    }
    const l = checked.row;
    lineSeen.add(`${l.nip}|${l.kind}`);
    const cur = current.get(`${l.nip}|${l.kind}`);
    const curSupervisor = cur ? nipById.get(cur.supervisor_id) : undefined;
    const status = !cur ? 'new' : curSupervisor === l.supervisorNip ? 'unchanged' : 'changed';
    lines.push({ ...l, status, existing: cur ? { id: cur.id, validFrom: cur.valid_from } : null });
  }
  markCycles(lines, current, nipById, issues);
  const badLines = new Set(issues.filter((i) => i.file === 'lines').map((i) => i.line));
  const validLines = lines.filter((l) => !badLines.has(l.line));

  const proposals = proposeLines(people, validLines, state, current, headPositions, positions);
  const missing = files.fullExport
    ? state.employees
        .filter((e) => e.active && !fileNips.has(e.nip))
        .map((e) => ({ nip: e.nip, name: e.name }))
    : [];

  const count = (s: string) => people.filter((p) => p.change.status === s).length;
  const countLines = (s: string) => validLines.filter((l) => l.status === s).length;
  issues.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file === 'people' ? -1 : 1));
  const report: ImportReport = {
    counts: {
      rows: files.people.length,
      lineRows: files.lines.length,
      issues: issues.length,
      new: count('new'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      unitsNew: [...units.values()].filter((u) => u.id === null).length,
      positionsNew: newPositions.length,
      linesNew: countLines('new'),
      linesChanged: countLines('changed'),
      linesUnchanged: countLines('unchanged'),
      proposals: proposals.length,
      missing: missing.length,
    },
    issues,
    changes: people.filter((p) => p.change.status !== 'unchanged').map((p) => p.change),
    lines: validLines.filter((l) => l.status !== 'unchanged').map(({ existing: _, ...l }) => l),
    proposals,
    missing,
  };
  return { report, units, unitsToLink, positions, newPositions, people, lines: validLines, proposals };

  function proposeLines(
    ps: PlannedPerson[],
    ls: LineRow[],
    st: typeof state,
    cur: typeof current,
    headPos: Set<number>,
    pos: Map<string, number>,
  ): Proposal[] {
    // The head of each unit after the import: a person of the file in a head post, else today's holder.
    const headOf = new Map<string, string>();
    const newHeadKeys = new Set(newPositions.filter((p) => p.isHead).map((p) => p.key));
    for (const e of st.employees)
      if (e.active && headPos.has(e.position_id) && !fileNips.has(e.nip)) headOf.set(`u${e.unit_id}`, e.nip);
    for (const p of ps) {
      const id = pos.get(p.positionKey);
      if (newHeadKeys.has(p.positionKey) || (id !== undefined && headPos.has(id)))
        headOf.set(p.unitKey, p.nip);
    }
    const parentKey = new Map(st.units.map((u) => [`u${u.id}`, u.parent_id ? `u${u.parent_id}` : null]));
    const covered = new Set(ls.filter((l) => l.kind === 'definitive').map((l) => l.nip));
    const out: Proposal[] = [];
    for (const p of ps) {
      // Someone moving to another unit loses today's lines (the apply ends them), as in the admin's move.
      if (covered.has(p.nip) || (cur.has(`${p.nip}|definitive`) && !movesUnit(p))) continue;
      let key: string | null = p.unitKey;
      let head = headOf.get(key);
      while (key && (!head || head === p.nip)) {
        key = parentKey.get(key) ?? null;
        head = key ? headOf.get(key) : undefined;
      }
      if (head && head !== p.nip)
        out.push({ nip: p.nip, name: p.name, supervisorNip: head, supervisorName: nameOf(head) });
    }
    return out;
  }
}

/** An existing person the file puts in another unit: the apply ends their lines that the file does not replace. */
export const movesUnit = (p: PlannedPerson) => p.existing !== null && p.change.fields.includes('unit');

function changedFields(
  e: Existing,
  row: PersonRow,
  unitId: number | null,
  positionId: number | null,
): string[] {
  const pairs: [string, unknown, unknown][] = [
    ['name', e.name, row.name],
    ['kind', e.kind, row.kind],
    ['gender', e.gender, row.gender],
    ['birthDate', e.birth_date, row.birthDate],
    ['tmt', e.tmt, row.tmt],
    ['pangkat', e.pangkat, row.pangkat],
    ['pangkatTmt', e.pangkat_tmt, row.pangkatTmt],
    ['pppkGolongan', e.pppk_golongan, row.pppkGolongan],
    ['unit', e.unit_id, unitId],
    ['position', e.position_id, positionId],
    ['active', e.active, true],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([f]) => f);
}

/** A definitive line of the file that, with today's lines and the file's others, leads back to itself. */
function markCycles(
  lines: { nip: string; supervisorNip: string; kind: string; line: number }[],
  current: Map<string, { supervisor_id: number }>,
  nipById: Map<number, string>,
  issues: Issue[],
) {
  const up = new Map<string, string>();
  for (const [key, l] of current) {
    const [nip = '', kind] = key.split('|');
    const sup = nipById.get(l.supervisor_id);
    if (kind === 'definitive' && sup) up.set(nip, sup);
  }
  const fileDefinitive = lines.filter((l) => l.kind === 'definitive');
  for (const l of fileDefinitive) up.set(l.nip, l.supervisorNip);
  for (const l of fileDefinitive) {
    const visited = new Set<string>([l.nip]);
    let at = up.get(l.nip);
    while (at && !visited.has(at)) {
      visited.add(at);
      at = up.get(at);
    }
    if (at === l.nip) issues.push({ file: 'lines', line: l.line, nip: l.nip, code: 'supervision_cycle' });
  }
}
