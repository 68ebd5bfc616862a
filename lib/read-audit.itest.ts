import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { getAppraisal, getObjectionFile } from '@/lib/appraisal/queries';
import { supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { feedbackResults } from '@/lib/feedback/results/queries';
import { getEvidence } from '@/lib/reports/queries';

const ON = '2026-11-28';
let t: TestDatabase;
const KEYS = ['admin', 'sekda', 'kabid', 'staffA'] as const;
const v = {} as Record<(typeof KEYS)[number], Viewer>;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const key of KEYS) v[key] = await viewerFor(t.db, NIP[key]);
});
afterAll(() => t.drop());

const reads = (actor: Viewer) =>
  t.db
    .selectFrom('audit_log')
    .select(['action', 'entity', 'entity_id', 'after'])
    .where('actor_id', '=', actor.employeeId)
    .where('action', 'like', '%.read')
    .orderBy('id')
    .execute();

async function evidenceOf(employeeId: number): Promise<string> {
  const report = await t.db
    .selectFrom('daily_reports')
    .select('id')
    .where('employee_id', '=', employeeId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const file = await t.db
    .insertInto('evidence_files')
    .values({
      report_id: report.id,
      file_name: 'bukti.pdf',
      mime: 'application/pdf',
      size_bytes: 8,
      sha256: 'x',
      content: Buffer.from('%PDF-1.4'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return file.id;
}

describe('reads of another person’s records by leadership or admin', () => {
  it('log an evidence file read by an admin, not by its owner nor by the supervisor', async () => {
    const fileId = await evidenceOf(v.staffA.employeeId);
    expect(await getEvidence(t.db, v.admin, fileId, ON)).toBeTruthy();
    expect(await reads(v.admin)).toEqual([
      {
        action: 'evidence_file.read',
        entity: 'evidence_file',
        entity_id: fileId,
        after: { employeeId: v.staffA.employeeId, roles: ['admin'] },
      },
    ]);
    expect(await getEvidence(t.db, v.staffA, fileId, ON)).toBeTruthy();
    expect(await getEvidence(t.db, v.kabid, fileId, ON)).toBeTruthy();
    expect(await reads(v.staffA)).toEqual([]);
    expect(await reads(v.kabid)).toEqual([]);
  });

  it('log an appraisal and its 360° results read by leadership, and an objection file, but not the owner’s reads', async () => {
    // A delivered appraisal the Sekda may read (as the appraiser or the atasan of one).
    const candidates = await t.db
      .selectFrom('appraisals')
      .select(['id', 'employee_id'])
      .where('status', '<>', 'draft')
      .where('employee_id', '<>', v.sekda.employeeId)
      .orderBy('id')
      .execute();
    let found: { id: number; employee_id: number } | undefined;
    for (const a of candidates) {
      if (await getAppraisal(t.db, v.sekda, a.id, ON)) {
        found = a;
        break;
      }
    }
    if (!found) throw new Error('the seed gives the Sekda no appraisal to read');
    const logged = await reads(v.sekda);
    expect(logged.map((r) => [r.action, r.entity_id])).toContainEqual(['appraisal.read', String(found.id)]);
    expect(logged.every((r) => (r.after as { employeeId: number }).employeeId !== v.sekda.employeeId)).toBe(
      true,
    );

    const owner = await viewerFor(
      t.db,
      (
        await t.db
          .selectFrom('employees')
          .select('nip')
          .where('id', '=', found.employee_id)
          .executeTakeFirstOrThrow()
      ).nip,
    );
    expect(await getAppraisal(t.db, owner, found.id, ON)).toBeTruthy();
    expect(await reads(owner)).toEqual([]);
  });

  it('log 360° results opened by leadership on the results page', async () => {
    const ratees = await t.db
      .selectFrom('feedback_requests as r')
      .innerJoin('feedback_rounds as o', 'o.id', 'r.round_id')
      .select(['r.ratee_id', 'o.id as round_id'])
      .where('o.status', '=', 'closed')
      .distinct()
      .execute();
    const mine = [];
    for (const r of ratees) if (await supervises(t.db, v.sekda.employeeId, r.ratee_id, ON)) mine.push(r);
    if (mine.length === 0) throw new Error('the seed gives the Sekda no closed 360° round to read');
    const before = (await reads(v.sekda)).length;
    expect(await feedbackResults(t.db, v.sekda, mine[0]!.round_id, mine[0]!.ratee_id, ON)).toBeTruthy();
    const after = await reads(v.sekda);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      action: 'feedback_results.read',
      entity_id: String(mine[0]!.round_id),
      after: { employeeId: mine[0]!.ratee_id },
    });
    // The ratee opening their own results leaves no read row.
    expect(
      await feedbackResults(t.db, v.staffA, mine[0]!.round_id, v.staffA.employeeId, ON),
    ).not.toBeUndefined();
    expect(await reads(v.staffA)).toEqual([]);
  });

  it('answer nothing and log nothing for a record outside the viewer’s reach', async () => {
    const before = (await reads(v.kabid)).length;
    expect(await getObjectionFile(t.db, v.kabid, '00000000-0000-0000-0000-000000000000', ON)).toBeNull();
    expect(await getEvidence(t.db, v.staffA, '00000000-0000-0000-0000-000000000000', ON)).toBeUndefined();
    expect(await reads(v.kabid)).toHaveLength(before);
  });
});
