import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { givenPeriods } from './given';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.drop();
});

/** The answer read the plain way: periods with an appraisal past draft. */
async function direct(ids: number[]): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT DISTINCT period_id AS id FROM appraisals
    WHERE status <> 'draft' AND period_id = ANY(${ids}::int[]) ORDER BY 1`.execute(t.db);
  return rows.map((r) => r.id);
}

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('givenPeriods', () => {
  it('finds exactly the periods with an appraisal past draft, whichever ids are asked', async () => {
    const all = (await t.db.selectFrom('periods').select('id').orderBy('id').execute()).map((p) => p.id);
    const given = await direct(all);
    expect(given.length).toBeGreaterThan(0);
    expect(given.length).toBeLessThan(all.length);
    expect(sorted(await givenPeriods(t.db, all))).toEqual(given);
    // Subsets: only periods without, one given period alone, ids in between, none at all.
    const without = all.filter((id) => !given.includes(id));
    expect(sorted(await givenPeriods(t.db, without))).toEqual([]);
    const last = given.at(-1) ?? 0;
    expect(sorted(await givenPeriods(t.db, [last]))).toEqual([last]);
    const mixed = all.filter((_, i) => i % 2 === 1);
    expect(sorted(await givenPeriods(t.db, mixed))).toEqual(await direct(mixed));
    expect(sorted(await givenPeriods(t.db, []))).toEqual([]);
  });

  it('drops a period whose appraisals are all back to draft', async () => {
    const [first = 0] = await direct(
      (await t.db.selectFrom('periods').select('id').execute()).map((p) => p.id),
    );
    await sql`UPDATE appraisals SET status = 'draft' WHERE period_id = ${first}`.execute(t.db);
    expect((await givenPeriods(t.db, [first])).has(first)).toBe(false);
  });
});
