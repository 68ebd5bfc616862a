import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { pejabatPenilaiOf, subordinatesOf } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { reviewReports } from '@/lib/reports/mutations';
import { agencyRaterInputs } from './data';
import { recordEvidenceOpen, recordReportOpen } from './mutations';
import { raterDetail, raterInsights, raterSignals, resolveSpan } from './queries';

const ON = TEST_TODAY;
let t: TestDatabase;
const v: Record<string, Viewer> = {};

const nipOf = async (id: number) =>
  (await t.db.selectFrom('employees').select('nip').where('id', '=', id).executeTakeFirstOrThrow()).nip;
const viewerOf = async (id: number) => viewerFor(t.db, await nipOf(id));
const yearSpan = async () => {
  const s = await resolveSpan(t.db, v.sekda!.agencyId, {}, ON);
  if (!s) throw new Error('no span');
  return s.span;
};

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
});
afterAll(() => t?.drop());

describe('rater insights: who sees which signals', () => {
  let lenient: number;

  it('shows the Sekda the seeded lenient rater, flagged with the numbers of its reason', async () => {
    const span = await yearSpan();
    expect(span.periodIds.length).toBeGreaterThanOrEqual(4);
    const rows = await raterInsights(t.db, v.sekda!, span, ON);
    const row = rows?.find((r) => r.signals.some((s) => s.kind === 'lenient' && s.flagged));
    expect(row).toBeDefined();
    lenient = row!.id;
    const signal = row!.signals.find((s) => s.kind === 'lenient');
    // Everyone rated Di Atas; the evidence suggested Di Atas for fewer of them.
    expect(signal!.values.ratedTop).toBe(signal!.values.n);
    expect(signal!.values.suggestedTop).toBeLessThan(signal!.values.n ?? 0);
    // The other seeded patterns show too, and most raters carry no flag.
    const kinds = new Set(rows!.flatMap((r) => r.signals.filter((s) => s.flagged).map((s) => s.kind)));
    for (const k of ['central', 'severe', 'harshOn', 'rubberStamp']) expect(kinds, k).toContain(k);
    expect(rows!.filter((r) => r.flagged).length / rows!.length).toBeLessThan(0.2);
  });

  it('lets the rater, their atasan and leadership in scope open the rater; peers, ratees and another OPD get nothing', async () => {
    const span = await yearSpan();
    const atasan = (await pejabatPenilaiOf(t.db, lenient, ON)) as number;
    const ratee = (await subordinatesOf(t.db, lenient, ON))[0] as number;
    const peer = (await subordinatesOf(t.db, atasan, ON)).find((id) => id !== lenient) as number;
    expect(atasan && ratee && peer).toBeTruthy();

    for (const viewer of [v.sekda!, await viewerOf(lenient), await viewerOf(atasan)]) {
      const d = await raterDetail(t.db, viewer, lenient, span, ON);
      expect(d?.rater.id, viewer.name).toBe(lenient);
      expect(d?.team.length).toBeGreaterThan(0);
    }
    for (const viewer of [await viewerOf(peer), await viewerOf(ratee)]) {
      expect(await raterDetail(t.db, viewer, lenient, span, ON), viewer.name).toBeNull();
      expect(await raterSignals(t.db, viewer, [lenient], span, ON)).toEqual([]);
      const list = await raterInsights(t.db, viewer, span, ON);
      expect(list?.some((r) => r.id === lenient) ?? false).toBe(false);
    }
    // Staff without subordinates have no rater-insights page at all.
    expect(await raterInsights(t.db, v.staffA!, span, ON)).toBeNull();
  });

  it("keeps a Kepala OPD to her own OPD's raters", async () => {
    const span = await yearSpan();
    const all = (await raterInsights(t.db, v.sekda!, span, ON)) ?? [];
    const mine = (await raterInsights(t.db, v.kadisdik!, span, ON)) ?? [];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    const { rows } = await sql<{ id: number }>`
      SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id
      JOIN users us ON us.employee_id = ${v.kadisdik!.employeeId} JOIN units s ON s.id = us.scope_unit_id
      WHERE u.path LIKE s.path || '%'`.execute(t.db);
    const inScope = new Set(rows.map((r) => r.id));
    for (const r of mine) expect(inScope.has(r.id) || r.id === v.kadisdik!.employeeId, r.name).toBe(true);
    const outside = all.find((r) => !inScope.has(r.id) && r.id !== v.kadisdik!.employeeId);
    expect(outside).toBeDefined();
    expect(await raterDetail(t.db, v.kadisdik!, outside!.id, span, ON)).toBeNull();
  });

  it('writes an audit row when someone else looks at a rater, and no rating changes', async () => {
    const span = await yearSpan();
    const before = await sql<{ h: string }>`
      SELECT md5(string_agg(id || rating_hasil || coalesce(predikat, ''), ',' ORDER BY id)) AS h
      FROM appraisals WHERE rating_hasil IS NOT NULL`.execute(t.db);
    await raterDetail(t.db, v.sekda!, lenient, span, ON);
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'entity_id'])
      .where('action', '=', 'raters.view')
      .where('actor_id', '=', v.sekda!.employeeId)
      .execute();
    expect(rows).toContainEqual({ actor_id: v.sekda!.employeeId, entity_id: String(lenient) });
    // The list of raters is a view of their signals too.
    await raterInsights(t.db, v.sekda!, span, ON);
    const listed = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'raters.list')
      .where('actor_id', '=', v.sekda!.employeeId)
      .execute();
    expect(JSON.stringify(listed.at(-1)?.after)).toContain(String(lenient));
    const after = await sql<{ h: string }>`
      SELECT md5(string_agg(id || rating_hasil || coalesce(predikat, ''), ',' ORDER BY id)) AS h
      FROM appraisals WHERE rating_hasil IS NOT NULL`.execute(t.db);
    expect(after.rows[0]?.h).toBe(before.rows[0]?.h);
  });
});

describe('opening evidence is recorded', () => {
  it("records the pejabat penilai's opens of a report and its evidence, nobody else's, and the approval reads them", async () => {
    const staffA = await employeeIdByNip(t.db, NIP.staffA);
    const pending = await t.db
      .selectFrom('daily_reports')
      .select(['id', 'version'])
      .where('employee_id', '=', staffA)
      .where('status', '=', 'pending')
      .orderBy('id')
      .limit(2)
      .execute();
    expect(pending.length).toBe(2);
    const [opened, unopened] = pending as [{ id: number; version: number }, { id: number; version: number }];
    const file = await t.db
      .insertInto('evidence_files')
      .values({
        report_id: opened.id,
        file_name: 'bukti.pdf',
        mime: 'application/pdf',
        size_bytes: 4,
        sha256: 'x',
        content: Buffer.from('%PDF'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const opens = () =>
      t.db
        .selectFrom('report_opens')
        .select(['report_id', 'viewer_id', 'kind'])
        .where('report_id', '=', opened.id)
        .execute();

    // The owner and a peer reading it write nothing.
    await recordReportOpen(t.db, v.staffA!, opened.id, 'detail', ON);
    await recordEvidenceOpen(t.db, v.staffB!, file.id, 'evidence', ON);
    expect(await opens()).toEqual([]);

    await recordReportOpen(t.db, v.kabid!, opened.id, 'detail', ON);
    await recordEvidenceOpen(t.db, v.kabid!, file.id, 'evidence', ON);
    expect(await opens()).toEqual([
      { report_id: opened.id, viewer_id: v.kabid!.employeeId, kind: 'detail' },
      { report_id: opened.id, viewer_id: v.kabid!.employeeId, kind: 'evidence' },
    ]);

    await reviewReports(t.db, v.kabid!, [opened, unopened], 'approve', undefined, ON);
    const inputs = await agencyRaterInputs(t.db, v.kabid!.agencyId, {
      from: ON,
      to: '2030-12-31',
      periodIds: [],
    });
    const decisions = inputs.find((i) => i.raterId === v.kabid!.employeeId)?.decisions ?? [];
    expect(decisions.find((d) => d.reportId === opened.id)).toMatchObject({
      opened: true,
      hasEvidence: true,
    });
    expect(decisions.find((d) => d.reportId === unopened.id)).toMatchObject({ opened: false });
  });
});
