import { describe, expect, it } from 'vitest';
import { employeeReports, type ReportEmployee, type ReportRow, workingCalendar } from './reports';

const TODAY = '2026-12-07'; // a Monday
const cal = workingCalendar(2026, new Set(), TODAY);

const person = (n: number): ReportEmployee => ({
  id: n,
  nip: `19900101201501${String(1000 + n)}`,
  skpId: n,
  skpApprovedMs: Date.parse('2026-01-05T09:00:00+07:00'),
  from: '2026-01-02',
  supervisor: 9999,
  plt: null,
  post: 'Analis Kebijakan',
  postKind: 'fungsional',
  isHead: false,
  unitCode: 'disdik-sekretariat',
  area: 'Sekretariat',
  opd: 'Dinas Pendidikan',
  atasan: 'Sekretaris',
  indicators: [
    {
      id: n,
      text: 'Jumlah rekomendasi kebijakan yang disampaikan kepada pimpinan',
      unit: 'Rekomendasi',
      target: 12,
      countable: true,
      utama: true,
      rhkText: 'Tersusunnya rekomendasi kebijakan',
    },
  ],
});

/** Today's reports of 200 people, as a seed run at `now` writes them. */
function todaysReports(now: string): ReportRow[] {
  const rows: ReportRow[] = [];
  const opts = { cal, reviewLimitMs: cal.todayMs - 7 * 3600_000, nowMs: Date.parse(now) };
  for (let n = 1; n <= 200; n++) {
    const write = employeeReports(person(n), opts);
    for (let k = 0; k <= cal.todayPos; k++) write?.(k, (r) => r.date === TODAY && rows.push(r));
  }
  return rows;
}

describe('the demo reports of today', () => {
  it('are filed before the moment the seed runs, so a review now is never before the filing', () => {
    const now = '2026-12-07T08:10:00+07:00';
    const rows = todaysReports(now);
    expect(rows.length).toBeGreaterThan(20);
    const late = rows.filter((r) => Date.parse(r.createdAt) > Date.parse(now));
    expect(late).toEqual([]);
    // Still on today, and none reviewed yet.
    for (const r of rows)
      expect(Date.parse(r.createdAt)).toBeGreaterThanOrEqual(Date.parse(`${TODAY}T00:00:00+07:00`));
    expect(
      rows.filter((r) => r.status !== 'pending' && r.reviewedAt !== null && r.reviewedAt < r.createdAt),
    ).toEqual([]);
  });

  it('keep their filing times after their work when the seed runs in the evening', () => {
    const rows = todaysReports('2026-12-07T21:00:00+07:00');
    for (const r of rows) {
      const endMs = Date.parse(`${TODAY}T00:00:00+07:00`) + r.end * 60_000;
      expect(Date.parse(r.createdAt)).toBeGreaterThan(endMs);
    }
  });
});
