import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Viewer } from '@/lib/auth/viewer';
import { createRound, stepRound } from './mutations';

/** One unfinished 360° round per employee and period: overlapping scopes are refused. */
const ON = '2026-11-28';
let t: TestDatabase;
let admin: Viewer;
const unit: Record<'bidang' | 'sibling' | 'dinas' | 'otherOpd', number> = {} as never;
const quarter: Record<1 | 2 | 3 | 4, number> = {} as never;

const create = (seq: 1 | 2 | 3 | 4, unitIds: number[], name = 'Putaran uji') =>
  createRound(t.db, admin, { name, periodId: quarter[seq], deadline: '2026-12-20', unitIds }, ON);

const roundsIn = async (seq: 1 | 2 | 3 | 4) =>
  (
    await t.db
      .selectFrom('feedback_rounds')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('period_id', '=', quarter[seq])
      .executeTakeFirstOrThrow()
  ).n;

const refused = { messageKey: 'feedback.validation.roundOverlap', field: 'unitIds' };

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  admin = await viewerFor(t.db, NIP.admin);
  const code = async (c: string) =>
    (await t.db.selectFrom('units').select('id').where('code', '=', c).executeTakeFirstOrThrow()).id;
  const staff = await viewerFor(t.db, NIP.staffA);
  unit.bidang = staff.unitId;
  unit.sibling = await code('disdikbud.kebudayaan');
  unit.dinas = await code('disdikbud');
  unit.otherOpd = (
    await t.db
      .selectFrom('units')
      .select('id')
      .where('code', 'like', 'dinkes%')
      .orderBy('path')
      .executeTakeFirstOrThrow()
  ).id;
  for (const seq of [1, 2, 3, 4] as const)
    quarter[seq] = (
      await t.db
        .selectFrom('periods')
        .select('id')
        .where('year', '=', 2026)
        .where('kind', '=', 'quarterly')
        .where('seq', '=', seq)
        .executeTakeFirstOrThrow()
    ).id;
});
afterAll(() => t?.drop());

describe('duplicate 360° rounds', () => {
  it('refuses any round in a period whose agency-wide round is still open', async () => {
    const before = await roundsIn(4);
    await expect(create(4, [unit.bidang])).rejects.toMatchObject(refused);
    await expect(create(4, [])).rejects.toMatchObject(refused);
    expect(await roundsIn(4)).toBe(before);
  });

  it('refuses a unit inside, or above, a unit that has a draft round; allows siblings and other OPDs', async () => {
    await create(2, [unit.bidang], 'Bidang Pembinaan SD');
    await expect(create(2, [unit.bidang])).rejects.toMatchObject(refused);
    await expect(create(2, [unit.dinas])).rejects.toMatchObject(refused);
    await expect(create(2, [unit.otherOpd, unit.dinas])).rejects.toMatchObject(refused);
    await expect(create(2, [])).rejects.toMatchObject(refused);
    await create(2, [unit.sibling], 'Bidang Kebudayaan');
    await create(2, [unit.otherOpd], 'Dinas Kesehatan');
    expect(await roundsIn(2)).toBe(3);
  });

  it('allows a new round once the earlier one is closed', async () => {
    // The seed's round of the third quarter is closed.
    const id = await create(3, [unit.bidang], 'Triwulan III ulang');
    const round = await t.db
      .selectFrom('feedback_rounds')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await expect(create(3, [unit.dinas])).rejects.toMatchObject(refused);
    await stepRound(t.db, admin, id, round.version, 'open');
    await stepRound(t.db, admin, id, round.version + 1, 'close');
    await create(3, [unit.dinas], 'Triwulan III dinas');
  });

  it('lets only one of two overlapping rounds created at the same moment through', async () => {
    const results = await Promise.allSettled([
      create(1, [unit.dinas], 'Bersamaan A'),
      create(1, [unit.bidang], 'Bersamaan B'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: refused });
    expect(await roundsIn(1)).toBe(1);
  });
});
