import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { canViewEmployee } from '@/lib/auth/policy';
import { pejabatPenilaiOf } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { moveEmployee } from './employees/mutations';
import { getAdminEmployee } from './employees/queries';

/**
 * A head who moves leaves their post: nobody keeps them as pejabat penilai from the move's day. The
 * successor the admin names takes the lines over; without one the lines end and the people have none.
 */
const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const key of ['admin', 'sekda', 'kadisdik', 'kabid', 'staffA', 'staffB'] as const)
    v[key] = await viewerFor(t.db, NIP[key]);
});
afterAll(() => t?.drop());

const openLines = (employeeIds: number[]) =>
  t.db
    .selectFrom('supervisions')
    .select(['employee_id', 'supervisor_id', 'kind', 'valid_from', 'valid_to'])
    .where('employee_id', 'in', employeeIds)
    .where((w) => w.or([w('valid_to', 'is', null), w('valid_to', '>', ON)]))
    .orderBy('employee_id')
    .orderBy('kind')
    .execute();

const versionOf = async (id: number) =>
  (await t.db.selectFrom('employees').select('version').where('id', '=', id).executeTakeFirstOrThrow())
    .version;

/** A staff position in another unit under the same parent as `employeeId`'s unit. */
async function siblingPosition(employeeId: number) {
  const home = await t.db
    .selectFrom('employees as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(['u.id', 'u.parent_id'])
    .where('e.id', '=', employeeId)
    .executeTakeFirstOrThrow();
  return t.db
    .selectFrom('positions as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select('p.id')
    .where('u.parent_id', '=', home.parent_id)
    .where('u.id', '!=', home.id)
    .where('p.is_unit_head', '=', false)
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
}

async function auditAfter(employeeId: number) {
  return t.db
    .selectFrom('audit_log')
    .select('after')
    .where('action', '=', 'employee.move')
    .where('entity_id', '=', String(employeeId))
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

describe('a head who moves', () => {
  it('the admin page lists the people who will lose their pejabat penilai', async () => {
    const head = await getAdminEmployee(t.db, v.admin!, v.kabid!.employeeId, ON);
    expect(head?.subordinates.map((s) => s.id)).toEqual(
      expect.arrayContaining([v.staffA!.employeeId, v.staffB!.employeeId]),
    );
    expect((await getAdminEmployee(t.db, v.admin!, v.staffA!.employeeId, ON))?.subordinates).toEqual([]);
  });

  it('only an admin moves: everyone else gets not found and every line stays as it was', async () => {
    const kabid = v.kabid!.employeeId;
    const subs = (await getAdminEmployee(t.db, v.admin!, kabid, ON))?.subordinates.map((s) => s.id) ?? [];
    const before = await openLines([kabid, ...subs]);
    const target = await siblingPosition(kabid);
    for (const who of ['sekda', 'kadisdik', 'kabid', 'staffA'] as const)
      await expect(
        moveEmployee(
          t.db,
          v[who]!,
          {
            employeeId: kabid,
            version: await versionOf(kabid),
            positionId: target.id,
            successorNip: NIP.kadisdik,
            effectiveOn: ON,
          },
          ON,
        ),
      ).rejects.toThrow('errors.notFound');
    // The mover cannot succeed themself.
    await expect(
      moveEmployee(
        t.db,
        v.admin!,
        {
          employeeId: kabid,
          version: await versionOf(kabid),
          positionId: target.id,
          successorNip: NIP.kabid,
          effectiveOn: ON,
        },
        ON,
      ),
    ).rejects.toThrow('admin.headMove.successorIsMover');
    expect(await openLines([kabid, ...subs])).toEqual(before);
  });

  it('with a successor, each line is taken over as it was, and the old head loses everyone at once', async () => {
    const kabid = v.kabid!.employeeId;
    const subs = (await getAdminEmployee(t.db, v.admin!, kabid, ON))?.subordinates.map((s) => s.id) ?? [];
    const before = (await openLines(subs)).filter((l) => l.supervisor_id === kabid);
    expect(before.some((l) => l.kind === 'plt')).toBe(true); // the Plt of the vacant Bidang Kebudayaan
    await moveEmployee(
      t.db,
      v.admin!,
      {
        employeeId: kabid,
        version: await versionOf(kabid),
        positionId: (await siblingPosition(kabid)).id,
        successorNip: NIP.kadisdik,
        effectiveOn: ON,
      },
      ON,
    );
    const after = await openLines(subs);
    expect(after.filter((l) => l.supervisor_id === kabid)).toEqual([]);
    const takenOver = after.filter((l) => l.supervisor_id === v.kadisdik!.employeeId && l.valid_from === ON);
    expect(takenOver).toEqual(
      before.map((l) => ({ ...l, supervisor_id: v.kadisdik!.employeeId, valid_from: ON })),
    );
    const moved = await viewerFor(t.db, NIP.kabid);
    for (const id of subs) {
      expect(await pejabatPenilaiOf(t.db, id, ON)).toBe(v.kadisdik!.employeeId);
      expect(await canViewEmployee(t.db, moved, id, ON)).toBe(false);
    }
    expect((await auditAfter(kabid))?.after).toMatchObject({
      successorId: v.kadisdik!.employeeId,
      subordinateLines: expect.arrayContaining([
        expect.objectContaining({ employee_id: v.staffA!.employeeId }),
      ]),
    });
  });

  it('without a successor, the lines end and those people have no pejabat penilai until the admin adds one', async () => {
    // Another head with people of their own: the head of the first unit under the Kepala Dinas's.
    const head = await t.db
      .selectFrom('supervisions as s')
      .innerJoin('employees as e', 'e.id', 's.supervisor_id')
      .innerJoin('positions as p', 'p.id', 'e.position_id')
      .select('e.id')
      .where('p.is_unit_head', '=', true)
      .where('e.id', 'not in', [v.kabid!.employeeId, v.kadisdik!.employeeId, v.sekda!.employeeId])
      .where('s.kind', '=', 'definitive')
      .where('s.valid_to', 'is', null)
      .orderBy('e.id')
      .executeTakeFirstOrThrow();
    const subs = (await getAdminEmployee(t.db, v.admin!, head.id, ON))?.subordinates.map((s) => s.id) ?? [];
    expect(subs.length).toBeGreaterThan(0);
    await moveEmployee(
      t.db,
      v.admin!,
      {
        employeeId: head.id,
        version: await versionOf(head.id),
        positionId: (await siblingPosition(head.id)).id,
        effectiveOn: ON,
      },
      ON,
    );
    expect((await openLines(subs)).filter((l) => l.supervisor_id === head.id)).toEqual([]);
    for (const id of subs) expect(await pejabatPenilaiOf(t.db, id, ON)).toBeNull();
    expect((await getAdminEmployee(t.db, v.admin!, head.id, ON))?.subordinates).toEqual([]);
    expect((await auditAfter(head.id))?.after).toMatchObject({ successorId: null });
  });
});
