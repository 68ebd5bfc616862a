import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { anchorOf, appraisalRhks } from '@/lib/appraisal/anchor';
import { toPeriod } from '@/lib/calendar/periods';
import { achievement } from '@/lib/domain/appraisal';
import { getSkpDocument } from '@/lib/skp/queries';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t?.drop());

/**
 * The shares the README states: `npx vitest run --project integration db/seed/realisation.itest.ts` prints
 * them ("anchor shares …") and fails when the seeded agency stops looking believable.
 */
describe('seeded periodic realisation', () => {
  it('most entries are validated, some pending, exactly one returned (staff B’s)', async () => {
    const rows = await t.db
      .selectFrom('realisation_entries as x')
      .innerJoin('employees as e', 'e.id', 'x.employee_id')
      .select(['x.status', 'e.nip'])
      .execute();
    const share = (s: string) => rows.filter((r) => r.status === s).length / rows.length;
    console.log(
      `entries ${rows.length}: validated ${(share('validated') * 100).toFixed(1)} %, pending ${(share('pending') * 100).toFixed(1)} %, returned ${rows.filter((r) => r.status === 'returned').length}`,
    );
    expect(share('validated')).toBeGreaterThan(0.8);
    expect(share('pending')).toBeGreaterThan(0.02);
    expect(rows.filter((r) => r.status === 'returned').map((r) => r.nip)).toEqual([NIP.staffB]);
  });

  it('staff A’s SKP shows a non-zero Capaian on every indicator with validated entries', async () => {
    const staffA = await viewerFor(t.db, NIP.staffA);
    const skp = await t.db
      .selectFrom('skps')
      .select('id')
      .where('employee_id', '=', staffA.employeeId)
      .where('year', '=', 2026)
      .executeTakeFirstOrThrow();
    const doc = (await getSkpDocument(t.db, staffA, skp.id, TEST_TODAY))!;
    const validated = new Set(
      (
        await t.db
          .selectFrom('realisation_entries')
          .select('indicator_id')
          .where('employee_id', '=', staffA.employeeId)
          .where('status', '=', 'validated')
          .execute()
      ).map((r) => r.indicator_id),
    );
    const indicators = doc.rhks.flatMap((r) => r.indicators).filter((i) => validated.has(i.id));
    expect(indicators.length).toBeGreaterThanOrEqual(2);
    for (const i of indicators) {
      const pct = achievement(
        {
          utama: true,
          aspek: i.aspek,
          measure: i.measure,
          target: Number(i.targetValue),
          realisation: i.realised ?? null,
          overridden: false,
        },
        1,
      );
      expect(pct, i.text).toBeGreaterThan(0);
    }
  });

  it('the anchor’s suggestions for the last quarter spread believably across the agency', async () => {
    const q = await t.db
      .selectFrom('periods')
      .selectAll()
      .where('kind', '=', 'quarterly')
      .where('year', '=', 2026)
      .where('ends_on', '<', TEST_TODAY)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    const period = toPeriod(q);
    const skps = await t.db
      .selectFrom('skps')
      .select('id')
      .where('year', '=', 2026)
      .where('status', '=', 'approved')
      .execute();
    const counts: Record<string, number> = { di_atas: 0, sesuai: 0, di_bawah: 0, none: 0 };
    let withMissing = 0;
    // Di Bawah suggestions by what drove them: daily output below the quarter's share, or a periodic value.
    let belowByDaily = 0;
    for (const s of skps) {
      const rhks = await appraisalRhks(t.db, s.id, period, [], true);
      const anchor = anchorOf(rhks, period);
      counts[anchor?.rating ?? 'none'] = (counts[anchor?.rating ?? 'none'] ?? 0) + 1;
      if (anchor?.missing?.length) withMissing++;
      const daily = new Set(
        rhks.flatMap((r) => r.items.filter((i) => i.measure === 'daily').map((i) => i.indicatorId)),
      );
      if (anchor?.rating === 'di_bawah' && anchor.drivers?.some((d) => daily.has(d.id))) belowByDaily++;
    }
    const pct = (n: number) => `${((n / skps.length) * 100).toFixed(1)} %`;
    console.log(
      `anchor shares Q${q.seq} over ${skps.length} approved SKPs: Di Atas ${pct(counts.di_atas!)}, Sesuai ${pct(counts.sesuai!)}, Di Bawah ${pct(counts.di_bawah!)} (${belowByDaily} of ${counts.di_bawah} driven by daily output), none ${pct(counts.none!)}; with a missing indicator ${pct(withMissing)}`,
    );
    // Most people meet their targets; some do better, some fall behind (README states the shares).
    const share = (rating: string) => counts[rating]! / skps.length;
    expect(share('sesuai'), 'sesuai').toBeGreaterThan(0.55);
    for (const rating of ['di_atas', 'di_bawah']) {
      expect(share(rating), rating).toBeGreaterThan(0.05);
      expect(share(rating), rating).toBeLessThan(0.25);
    }
    expect(counts.none).toBe(0);
    // Quality, time and budget indicators do not push everyone down: most Di Bawah come from daily output.
    expect(belowByDaily / counts.di_bawah!).toBeGreaterThan(0.6);
  });
});
