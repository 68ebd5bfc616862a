import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import type { Viewer } from '@/lib/auth/viewer';
import { raterInsights, raterSummary, resolveSpan } from './queries';

const ON = TEST_TODAY;
let t: TestDatabase;
let sekda: Viewer;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  sekda = await viewerFor(t.db, NIP.sekda);
});
afterAll(() => t?.drop());

describe('the overview’s rater summary', () => {
  it('leaves the summary out rather than wait for an analysis still running, and shows it once ready', async () => {
    const chosen = await resolveSpan(t.db, sekda.agencyId, {}, ON);
    if (!chosen) throw new Error('no span');
    // Nothing analysed yet for this database: the overview does not wait for it.
    expect(await raterSummary(t.db, sekda, chosen.span, ON, { waitMs: 0 })).toBeNull();
    // The analysis went on meanwhile; once ready, the summary counts the same raters as the page.
    const rows = await raterInsights(t.db, sekda, chosen.span, ON);
    const summary = await raterSummary(t.db, sekda, chosen.span, ON, { waitMs: 0 });
    expect(summary).toEqual({
      raters: rows?.length,
      flagged: rows?.filter((r) => r.flagged).length,
      byKind: expect.any(Object),
    });
    expect(summary!.flagged).toBeGreaterThan(0);
    const lenient = rows?.filter((r) => r.signals.some((s) => s.kind === 'lenient' && s.flagged)).length;
    expect(summary!.byKind.lenient).toBe(lenient);
  });
});
