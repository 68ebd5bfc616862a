import 'server-only';
import { sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { parseNip } from '@/lib/domain/nip';
import { ActionError } from '@/lib/errors';
import { lockEmployeeRollups, refreshUnitRollups } from '@/lib/reports/rollups';
import { endLinesOf, endLinesTo } from '../supervision/end-lines';
import { employeeByNip, handOverDrafts, insertLine, proposeSupervisor } from '../supervision/lines';

type Tx = Transaction<DB>;

function assertAdmin(viewer: Viewer) {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
}

/** A position of an active unit of the agency; the employee's unit is the position's. */
async function openPosition(trx: Tx, viewer: Viewer, positionId: number) {
  const p = await trx
    .selectFrom('positions as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.unit_id', 'u.active'])
    .where('p.id', '=', positionId)
    .where('u.agency_id', '=', viewer.agencyId)
    .executeTakeFirst();
  if (!p) throw new ActionError('errors.notFound');
  if (!p.active) throw new ActionError('adminOrg.errors.unitClosed', 'positionId');
  return p;
}

/** The agency's active employee, locked, at the version the form showed. */
async function lockEmployee(trx: Tx, viewer: Viewer, employeeId: number, version: number) {
  await lockEmployeeRollups(trx, [employeeId]);
  const e = await trx
    .selectFrom('employees')
    .selectAll()
    .where('id', '=', employeeId)
    .where('agency_id', '=', viewer.agencyId)
    .where('active', '=', true)
    .forUpdate()
    .executeTakeFirst();
  if (!e) throw new ActionError('errors.notFound');
  if (e.version !== version) throw new ActionError('errors.conflict');
  return e;
}

type Rank = { kind: 'PNS' | 'PPPK'; pangkat?: string; pangkatTmt?: string; pppkGolongan?: number };
const rankColumns = (r: Rank) => ({
  pangkat: r.kind === 'PNS' ? (r.pangkat ?? null) : null,
  pangkat_tmt: r.pangkatTmt ?? null,
  pppk_golongan: r.kind === 'PPPK' ? (r.pppkGolongan ?? null) : null,
});

/**
 * A new employee from their NIP (birth date, TMT and gender are read from it), in a position, with a
 * definitive pejabat penilai from `startsOn` (the NIP given, else the head the unit tree proposes). The
 * account has no password until BKPSDM issues one, so nobody can sign in as them before that.
 */
export async function createEmployee(
  db: Database,
  viewer: Viewer,
  input: Rank & { nip: string; name: string; positionId: number; supervisorNip?: string; startsOn: string },
): Promise<number> {
  assertAdmin(viewer);
  const parsed = parseNip(input.nip, input.kind);
  if (!parsed.ok) throw new ActionError(`adminOrg.nip.${parsed.error}`, 'nip');
  const n = parsed.value;
  return db.transaction().execute(async (trx) => {
    const position = await openPosition(trx, viewer, input.positionId);
    const taken = await trx
      .selectFrom('employees')
      .select('id')
      .where('nip', '=', input.nip)
      .executeTakeFirst();
    if (taken) throw new ActionError('adminOrg.errors.nipTaken', 'nip');
    const supervisor = input.supervisorNip
      ? await employeeByNip(trx, viewer, input.supervisorNip, 'supervisorNip')
      : await proposeSupervisor(trx, 0, position.id);
    const { id } = await trx
      .insertInto('employees')
      .values({
        agency_id: viewer.agencyId,
        nip: input.nip,
        kind: input.kind,
        name: input.name,
        gender: n.gender,
        birth_date: n.birthDate,
        tmt: n.kind === 'PNS' ? `${n.tmtCpns}-01` : `${n.appointmentYear}-01-01`,
        unit_id: position.unit_id,
        position_id: position.id,
        ...rankColumns(input),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // '!' is no argon2 hash, so no password matches it (lib/auth/password.ts).
    await trx.insertInto('users').values({ employee_id: id, password_hash: '!' }).execute();
    if (supervisor !== null)
      await insertLine(
        trx,
        {
          employeeId: id,
          supervisorId: supervisor,
          kind: 'definitive',
          from: input.startsOn,
          to: null,
          note: null,
        },
        'supervisorNip',
      );
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'employee.create',
      entity: 'employee',
      entityId: id,
      after: { ...input, supervisorId: supervisor },
    });
    return id;
  });
}

/** Name and rank (pangkat with its TMT, or the PPPK golongan); the NIP and kind stay as created. */
export async function updateEmployee(
  db: Database,
  viewer: Viewer,
  input: Rank & { employeeId: number; version: number; name: string },
) {
  assertAdmin(viewer);
  await db.transaction().execute(async (trx) => {
    const e = await lockEmployee(trx, viewer, input.employeeId, input.version);
    if (e.kind !== input.kind) throw new ActionError('errors.conflict');
    const after = { name: input.name, ...rankColumns(input) };
    await trx
      .updateTable('employees')
      .set({ ...after, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', e.id)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'employee.update',
      entity: 'employee',
      entityId: e.id,
      before: {
        name: e.name,
        pangkat: e.pangkat,
        pangkat_tmt: e.pangkat_tmt,
        pppk_golongan: e.pppk_golongan,
      },
      after,
    });
  });
}

/**
 * Moves an employee to another position (and so unit) from `effectiveOn` (today or earlier): their lines
 * to the old supervisors end that day and a definitive line to the new pejabat penilai starts, so the old
 * supervisor loses access at once. Unit rollups of both units and drafts in progress follow. A head who
 * moves leaves their post: the lines of the people they supervised end that day too (nobody keeps a
 * pejabat penilai in another post), taken over by the successor when the form names one.
 */
export async function moveEmployee(
  db: Database,
  viewer: Viewer,
  input: {
    employeeId: number;
    version: number;
    positionId: number;
    supervisorNip?: string;
    successorNip?: string;
    effectiveOn: string;
  },
  today: string,
) {
  assertAdmin(viewer);
  if (input.effectiveOn > today) throw new ActionError('adminOrg.errors.futureDate', 'effectiveOn');
  await db.transaction().execute(async (trx) => {
    const e = await lockEmployee(trx, viewer, input.employeeId, input.version);
    const position = await openPosition(trx, viewer, input.positionId);
    const supervisor = input.supervisorNip
      ? await employeeByNip(trx, viewer, input.supervisorNip, 'supervisorNip')
      : await proposeSupervisor(trx, e.id, position.id);
    await trx
      .updateTable('employees')
      .set({
        unit_id: position.unit_id,
        position_id: position.id,
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', e.id)
      .execute();
    const ended = await endLinesOf(trx, e.id, input.effectiveOn, ['definitive', 'plt', 'plh']);
    const successor = input.successorNip
      ? await employeeByNip(trx, viewer, input.successorNip, 'successorNip')
      : null;
    if (successor === e.id) throw new ActionError('admin.headMove.successorIsMover', 'successorNip');
    const subordinateLines = await endLinesTo(trx, e.id, input.effectiveOn);
    if (supervisor !== null)
      await insertLine(
        trx,
        {
          employeeId: e.id,
          supervisorId: supervisor,
          kind: 'definitive',
          from: input.effectiveOn,
          to: null,
          note: null,
        },
        'supervisorNip',
      );
    if (successor !== null) await takeOverLines(trx, subordinateLines, successor, input.effectiveOn);
    await refreshUnitRollups(trx, [e.unit_id, position.unit_id]);
    await handOverDrafts(trx, viewer, e.id, today);
    for (const id of new Set(subordinateLines.map((l) => l.employee_id)))
      await handOverDrafts(trx, viewer, id, today);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'employee.move',
      entity: 'employee',
      entityId: e.id,
      before: { unitId: e.unit_id, positionId: e.position_id, lines: ended },
      after: {
        unitId: position.unit_id,
        positionId: position.id,
        supervisorId: supervisor,
        from: input.effectiveOn,
        subordinateLines,
        successorId: successor,
      },
    });
  });
}

/**
 * The successor takes over each ended line as it was (kind, and a Plh's end), from the move's day or the
 * line's own later start. Someone named as their own successor keeps no line to themself.
 */
async function takeOverLines(
  trx: Tx,
  lines: Awaited<ReturnType<typeof endLinesTo>>,
  successor: number,
  from: string,
) {
  for (const l of lines) {
    const start = l.valid_from > from ? l.valid_from : from;
    if (l.employee_id === successor || (l.valid_to !== null && l.valid_to <= start)) continue;
    await insertLine(
      trx,
      {
        employeeId: l.employee_id,
        supervisorId: successor,
        kind: l.kind as 'definitive' | 'plt' | 'plh',
        from: start,
        to: l.valid_to,
        note: null,
      },
      'successorNip',
    );
  }
}

/**
 * The employee leaves the agency: inactive, their account disabled and its session version raised, so a
 * session still open gets nothing at its next request (lib/auth/viewer.ts). Refused while they are still
 * someone's pejabat penilai: those people are given another supervisor first.
 */
export async function deactivateEmployee(
  db: Database,
  viewer: Viewer,
  input: { employeeId: number; version: number; leftOn: string },
) {
  assertAdmin(viewer);
  await db.transaction().execute(async (trx) => {
    const e = await lockEmployee(trx, viewer, input.employeeId, input.version);
    if (e.id === viewer.employeeId) throw new ActionError('adminOrg.errors.notSelf');
    const supervising = await trx
      .selectFrom('supervisions as s')
      .innerJoin('employees as sub', 'sub.id', 's.employee_id')
      .select('s.id')
      .where('s.supervisor_id', '=', e.id)
      .where('sub.active', '=', true)
      .where((w) => w.or([w('s.valid_to', 'is', null), w('s.valid_to', '>', input.leftOn)]))
      .executeTakeFirst();
    if (supervising) throw new ActionError('adminOrg.errors.stillSupervises');
    await trx
      .updateTable('employees')
      .set({ active: false, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', e.id)
      .execute();
    await trx
      .updateTable('users')
      .set({ disabled_at: sql`now()`, session_version: sql`session_version + 1` })
      .where('employee_id', '=', e.id)
      .execute();
    const ended = await endLinesOf(trx, e.id, input.leftOn, ['definitive', 'plt', 'plh']);
    await refreshUnitRollups(trx, [e.unit_id]);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'employee.deactivate',
      entity: 'employee',
      entityId: e.id,
      after: { leftOn: input.leftOn, lines: ended },
    });
  });
}
