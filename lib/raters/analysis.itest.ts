import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import type { Viewer } from '@/lib/auth/viewer';
import { analysisStatus, computeAnalysis, runDueAnalyses, spanKey } from './analysis';
import { raterDetail, raterInsights, raterSummary, resolveSpan } from './queries';

const ON = TEST_TODAY;
let t: TestDatabase;
let sekda: Viewer;
const fresh = { refreshMinutes: 0, pollMs: 2000 };

const state = async (key: string) =>
  t.db
    .selectFrom('rater_analyses')
    .select(['computed_at', 'requested_at', 'claimed_at'])
    .where('agency_id', '=', sekda.agencyId)
    .where('span_key', '=', key)
    .executeTakeFirst();

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  sekda = await viewerFor(t.db, NIP.sekda);
});
afterAll(() => t?.drop());

describe('rater analysis runs as a background job, never in the page request', () => {
  it('is ready for the demo’s default span from the seed, and the overview summary counts what the page lists', async () => {
    const chosen = await resolveSpan(t.db, sekda.agencyId, {}, ON);
    const status = await analysisStatus(t.db, sekda.agencyId, chosen!.span);
    expect(status?.computedAt).toBeInstanceOf(Date);
    const rows = await raterInsights(t.db, sekda, chosen!.span, ON);
    const summary = await raterSummary(t.db, sekda, chosen!.span, ON);
    expect(summary).toEqual({
      raters: rows?.length,
      flagged: rows?.filter((r) => r.flagged).length,
      byKind: expect.any(Object),
    });
    expect(summary!.flagged).toBeGreaterThan(0);
    const lenient = rows?.filter((r) => r.signals.some((s) => s.kind === 'lenient' && s.flagged)).length;
    expect(summary!.byKind.lenient).toBe(lenient);
  });

  it('answers a span nobody asked for yet without computing it, marks it requested, and the job fills it in', async () => {
    const chosen = await resolveSpan(t.db, sekda.agencyId, { year: String(Number(ON.slice(0, 4)) - 1) }, ON);
    const key = spanKey(chosen!.span);
    expect(await state(key)).toBeUndefined();
    // The pages' reads: no result, no analysis run by them (nothing stored), a request left for the job.
    expect(await analysisStatus(t.db, sekda.agencyId, chosen!.span)).toBeNull();
    expect(await raterSummary(t.db, sekda, chosen!.span, ON)).toBeNull();
    expect(await raterInsights(t.db, sekda, chosen!.span, ON)).toEqual([]);
    expect(await state(key)).toMatchObject({ computed_at: null, claimed_at: null });

    // Two instances' jobs at once: the span is claimed and computed by one of them.
    const [a, b] = await Promise.all([runDueAnalyses(t.db), runDueAnalyses(t.db)]);
    expect(a + b).toBe(1);
    const status = await analysisStatus(t.db, sekda.agencyId, chosen!.span);
    expect(status?.computedAt).toBeInstanceOf(Date);
    expect(await state(key)).toMatchObject({ claimed_at: null });
    expect(await runDueAnalyses(t.db)).toBe(0);
  });

  it('asks for a new computation once a write moved the agency’s data, and not before', async () => {
    const chosen = await resolveSpan(t.db, sekda.agencyId, {}, ON);
    const key = spanKey(chosen!.span);
    await computeAnalysis(t.db, sekda.agencyId, chosen!.span);
    const computed = (await state(key))!.computed_at;
    // Nothing changed: a view asks for nothing, even with no minimum age.
    await analysisStatus(t.db, sekda.agencyId, chosen!.span, { settings: fresh });
    expect(await runDueAnalyses(t.db)).toBe(0);

    // A rating changes (an appraisal row: the version moves in the writer's transaction).
    const appraisal = await t.db
      .selectFrom('appraisals')
      .select('id')
      .where('status', '<>', 'draft')
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('appraisals')
      .set({ justification: sql`coalesce(justification, '') || ' '` })
      .where('id', '=', appraisal.id)
      .execute();
    // With the default minimum age the fresh result stays; with none, the next view asks again.
    await analysisStatus(t.db, sekda.agencyId, chosen!.span);
    expect(await runDueAnalyses(t.db)).toBe(0);
    const shown = await analysisStatus(t.db, sekda.agencyId, chosen!.span, { settings: fresh });
    expect(shown?.computedAt.getTime()).toBe(new Date(computed!).getTime());
    expect(await runDueAnalyses(t.db)).toBe(1);
    expect(new Date((await state(key))!.computed_at!).getTime()).toBeGreaterThan(
      new Date(computed!).getTime(),
    );
  });

  it('keeps the drill-down team from the stored rows, names read at view time', async () => {
    const chosen = await resolveSpan(t.db, sekda.agencyId, {}, ON);
    const rows = (await raterInsights(t.db, sekda, chosen!.span, ON)) ?? [];
    const lenient = rows.find((r) => r.signals.some((s) => s.kind === 'lenient' && s.flagged));
    const d = await raterDetail(t.db, sekda, lenient!.id, chosen!.span, ON);
    expect(d?.team.length).toBe(lenient!.team);
    expect(d?.team.every((m) => m.name.length > 0)).toBe(true);
    expect(d?.team.some((m) => m.ratings.length > 0)).toBe(true);
  });
});
