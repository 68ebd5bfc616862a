import { sql, type Transaction } from 'kysely';
import type { DB } from '@/db/types';
import { endLinesOf, type LineKind } from '@/lib/admin/org/supervision/end-lines';
import { lockEmployeeRollups, refreshUnitRollups } from '@/lib/reports/rollups';
import { movesUnit, type Plan, type PlannedPerson } from './plan';

/**
 * A password hash no password matches (not argon2 at all): people the import adds have an account from the
 * start, but sign in only after an admin sets a password for them.
 */
export const UNUSABLE_PASSWORD_HASH = '!import:no-password-yet';

const CHUNK = 500;

export type ApplyCounts = {
  created: number;
  updated: number;
  unitsCreated: number;
  positionsCreated: number;
  linesWritten: number;
  /** People moved to another unit: their appraisals in progress follow the new pejabat penilai. */
  moved: number[];
};

type Trx = Transaction<DB>;

/**
 * Writes a plan without issues in the caller's transaction: units, positions, people (new ones with an
 * account that cannot sign in yet), supervision lines, and an audit row per person changed. People who
 * are unchanged are not touched, so importing the same file again writes nothing.
 */
export async function applyPlan(
  trx: Trx,
  ctx: { agencyId: number; actorId: number | null; on: string; acceptProposals: boolean },
  plan: Plan,
  progress: (done: number) => Promise<void> = async () => {},
): Promise<ApplyCounts> {
  const unitIds = await writeUnits(trx, ctx.agencyId, plan);
  const positionIds = await writePositions(trx, plan, unitIds);
  const resolve = (p: PlannedPerson) => ({
    unit_id: unitIds.get(p.unitKey) as number,
    position_id: positionIds.get(p.positionKey) as number,
  });
  const idByNip = new Map<string, number>();
  const created = plan.people.filter((p) => p.change.status === 'new');
  const changed = plan.people.filter((p) => p.change.status === 'changed');
  for (const p of plan.people) if (p.existing) idByNip.set(p.nip, p.existing.id);
  let done = 0;
  for (let i = 0; i < created.length; i += CHUNK) {
    const chunk = created.slice(i, i + CHUNK);
    const rows = await trx
      .insertInto('employees')
      .values(chunk.map((p) => ({ agency_id: ctx.agencyId, nip: p.nip, ...personValues(p), ...resolve(p) })))
      .returning(['id', 'nip'])
      .execute();
    for (const r of rows) idByNip.set(r.nip, r.id);
    await trx
      .insertInto('users')
      .values(rows.map((r) => ({ employee_id: r.id, password_hash: UNUSABLE_PASSWORD_HASH })))
      .execute();
    await trx
      .insertInto('audit_log')
      .values(
        chunk.map((p) => ({
          actor_id: ctx.actorId,
          action: 'employee.import_create',
          entity: 'employee',
          entity_id: String(idByNip.get(p.nip)),
          after: JSON.stringify({ nip: p.nip, ...personValues(p), ...resolve(p) }),
        })),
      )
      .execute();
    done += chunk.length;
    await progress(done);
  }
  // Moving someone, or bringing them back, changes which unit rows count them (lib/reports/rollups.ts).
  const recounted = changed.filter((p) => p.change.fields.some((f) => f === 'unit' || f === 'active'));
  await lockEmployeeRollups(
    trx,
    recounted.map((p) => (p.existing as NonNullable<PlannedPerson['existing']>).id),
  );
  const moved: number[] = [];
  for (const p of changed) {
    const existing = p.existing as NonNullable<PlannedPerson['existing']>;
    const after = { ...personValues(p), ...resolve(p), active: true };
    await trx
      .updateTable('employees')
      .set({ ...after, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', existing.id)
      .execute();
    const linesEnded = movesUnit(p) ? await endOldLines(trx, plan, p, existing.id, ctx.on) : [];
    if (movesUnit(p)) moved.push(existing.id);
    await trx
      .insertInto('audit_log')
      .values({
        actor_id: ctx.actorId,
        action: 'employee.import_update',
        entity: 'employee',
        entity_id: String(existing.id),
        before: JSON.stringify(existing),
        after: JSON.stringify({ fields: p.change.fields, ...after, linesEnded }),
      })
      .execute();
    done += 1;
    if (done % CHUNK === 0) await progress(done);
  }
  const linesWritten = await writeLines(trx, ctx, plan, idByNip);
  await refreshUnitRollups(
    trx,
    recounted.flatMap((p) => [
      (p.existing as NonNullable<PlannedPerson['existing']>).unit_id,
      resolve(p).unit_id,
    ]),
  );
  return {
    moved,
    created: created.length,
    updated: changed.length,
    unitsCreated: [...plan.units.values()].filter((u) => u.id === null).length,
    positionsCreated: plan.newPositions.length,
    linesWritten,
  };
}

/**
 * A move ends the person's lines at once, as the admin's move does (lib/admin/org/employees/mutations.ts),
 * so the old supervisor loses them the day the import takes effect. A kind the supervision file gives
 * a line of is left to writeLines, which replaces it from the file's date.
 */
async function endOldLines(trx: Trx, plan: Plan, p: PlannedPerson, employeeId: number, on: string) {
  const given = new Set(plan.lines.filter((l) => l.nip === p.nip).map((l) => l.kind));
  const kinds = (['definitive', 'plt', 'plh'] as const).filter((k: LineKind) => !given.has(k));
  return kinds.length > 0 ? endLinesOf(trx, employeeId, on, kinds) : [];
}

function personValues(p: PlannedPerson) {
  return {
    name: p.name,
    kind: p.kind,
    gender: p.gender,
    birth_date: p.birthDate,
    tmt: p.tmt,
    pangkat: p.pangkat,
    pangkat_tmt: p.pangkatTmt,
    pppk_golongan: p.pppkGolongan,
  };
}

/** New UNORs become top-level units (the unit tree page places them); known ones get their SIASN id. */
async function writeUnits(trx: Trx, agencyId: number, plan: Plan): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const link of plan.unitsToLink)
    await trx.updateTable('units').set({ siasn_id: link.unorId }).where('id', '=', link.id).execute();
  for (const u of plan.units.values()) {
    if (u.id !== null) {
      ids.set(u.key, u.id);
      continue;
    }
    const taken = await trx
      .selectFrom('units')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('code', '=', u.unorId)
      .executeTakeFirst();
    const row = await trx
      .insertInto('units')
      .values({
        agency_id: agencyId,
        kind: 'opd',
        code: taken ? `siasn-${u.unorId}` : u.unorId,
        name: u.name,
        path: '/',
        siasn_id: u.unorId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('units')
      .set({ path: `/${row.id}/` })
      .where('id', '=', row.id)
      .execute();
    ids.set(u.key, row.id);
  }
  return ids;
}

async function writePositions(trx: Trx, plan: Plan, unitIds: Map<string, number>) {
  const ids = new Map(plan.positions);
  if (plan.newPositions.length === 0) return ids;
  const rows = await trx
    .insertInto('positions')
    .values(
      plan.newPositions.map((p) => ({
        unit_id: unitIds.get(p.unitKey) as number,
        name: p.name,
        kind: p.kind,
        is_unit_head: p.isHead,
      })),
    )
    .returning('id')
    .execute();
  plan.newPositions.forEach((p, i) => {
    ids.set(p.key, rows[i]?.id as number);
  });
  return ids;
}

/**
 * A line that replaces today's line of the same kind ends that one on its first day (or takes its place
 * when it starts no earlier), so supervision.ts finds exactly one pejabat penilai on every date.
 */
async function writeLines(
  trx: Trx,
  ctx: { actorId: number | null; on: string; acceptProposals: boolean },
  plan: Plan,
  idByNip: Map<string, number>,
): Promise<number> {
  const writes = plan.lines
    .filter((l) => l.status !== 'unchanged')
    .map((l) => ({
      nip: l.nip,
      supervisorNip: l.supervisorNip,
      kind: l.kind,
      from: l.from,
      existing: l.existing,
      note: 'import',
    }))
    .concat(
      ctx.acceptProposals
        ? plan.proposals.map((p) => ({
            nip: p.nip,
            supervisorNip: p.supervisorNip,
            kind: 'definitive' as const,
            from: ctx.on,
            existing: null,
            note: 'import: unit head',
          }))
        : [],
    );
  const unknown = [...new Set(writes.flatMap((w) => [w.nip, w.supervisorNip]))].filter(
    (n) => !idByNip.has(n),
  );
  if (unknown.length > 0) {
    const rows = await trx
      .selectFrom('employees')
      .select(['id', 'nip'])
      .where('nip', 'in', unknown)
      .execute();
    for (const r of rows) idByNip.set(r.nip, r.id);
  }
  const id = (nip: string) => idByNip.get(nip) as number;
  const inserts: {
    employee_id: number;
    supervisor_id: number;
    kind: string;
    valid_from: string;
    note: string;
  }[] = [];
  for (const l of writes) {
    const row = {
      employee_id: id(l.nip),
      supervisor_id: id(l.supervisorNip),
      kind: l.kind,
      valid_from: l.from,
      note: l.note,
    };
    if (l.existing && l.existing.validFrom >= l.from) {
      await trx
        .updateTable('supervisions')
        .set({ supervisor_id: row.supervisor_id, valid_from: l.from, note: l.note })
        .where('id', '=', l.existing.id)
        .execute();
      continue;
    }
    if (l.existing)
      await trx
        .updateTable('supervisions')
        .set({ valid_to: l.from })
        .where('id', '=', l.existing.id)
        .execute();
    inserts.push(row);
  }
  for (let i = 0; i < inserts.length; i += CHUNK)
    await trx
      .insertInto('supervisions')
      .values(inserts.slice(i, i + CHUNK))
      .execute();
  const audits = writes.map((l) => ({
    actor_id: ctx.actorId,
    action: 'supervision.import',
    entity: 'employee',
    entity_id: String(id(l.nip)),
    after: JSON.stringify({ supervisorId: id(l.supervisorNip), kind: l.kind, validFrom: l.from }),
  }));
  for (let i = 0; i < audits.length; i += CHUNK)
    await trx
      .insertInto('audit_log')
      .values(audits.slice(i, i + CHUNK))
      .execute();
  return writes.length;
}
