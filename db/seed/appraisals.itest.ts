import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predikatHistory } from '@/lib/appraisal/career/queries';
import { predikatFor } from '@/lib/domain/appraisal';
import type { Rating } from '@/lib/domain/ratings';
import { employeeIdByNip, NIP } from '../test-fixtures';
import { createTestDatabase, type TestDatabase } from '../testing';
import { TEST_TODAY } from '../testing-global-setup';

let t: TestDatabase;
const YEAR = Number(TEST_TODAY.slice(0, 4));

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t.drop());

describe('seeded appraisals', () => {
  it('last year’s annual appraisals are settled, follow the matrix and show every predikat without 94 % Baik', async () => {
    const rows = await t.db
      .selectFrom('appraisals as a')
      .innerJoin('periods as p', 'p.id', 'a.period_id')
      .select([
        'a.status',
        'a.predikat',
        'a.rating_hasil',
        'a.rating_perilaku',
        'a.suggested_hasil',
        'a.justification',
      ])
      .where('p.year', '=', YEAR - 1)
      .where('p.kind', '=', 'annual')
      .execute();
    expect(rows.length).toBeGreaterThan(150);
    for (const r of rows) {
      expect(r.status).toBe('accepted');
      expect(r.predikat).toBe(predikatFor(r.rating_hasil as Rating, r.rating_perilaku as Rating));
      if (r.suggested_hasil && r.suggested_hasil !== r.rating_hasil) expect(r.justification).toBeTruthy();
    }
    const count = (p: string) => rows.filter((r) => r.predikat === p).length;
    for (const p of ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'])
      expect(count(p), p).toBeGreaterThan(0);
    expect(count('baik') / rows.length).toBeLessThan(0.8);
    // Leniency is visible: some were rated above what their realisation suggested.
    expect(rows.some((r) => r.suggested_hasil === 'di_bawah' && r.rating_hasil === 'sesuai')).toBe(true);
  });

  it('demo staff have two years of predikat, so eligibility can be judged; this quarter has open drafts', async () => {
    const staffA = await employeeIdByNip(t.db, NIP.staffA);
    const history = await predikatHistory(t.db, staffA);
    expect(history.map((h) => [h.year, h.source])).toEqual([
      [YEAR - 1, 'appraisal'],
      [YEAR - 2, 'import'],
    ]);
    const drafts = await t.db
      .selectFrom('appraisals as a')
      .innerJoin('periods as p', 'p.id', 'a.period_id')
      .innerJoin('employees as e', 'e.id', 'a.employee_id')
      .select('e.nip')
      .where('a.status', '=', 'draft')
      .where('p.kind', '=', 'quarterly')
      .where('p.starts_on', '<=', TEST_TODAY)
      .where('p.ends_on', '>=', TEST_TODAY)
      .execute();
    expect(drafts.map((d) => d.nip)).toEqual(expect.arrayContaining([NIP.staffA, NIP.staffB, NIP.pppk]));
  });
});
