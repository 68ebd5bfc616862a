import { describe, expect, it } from 'vitest';
import {
  alertsFor,
  countedThrough,
  expectedProgress,
  heatLevel,
  isBehindSchedule,
  medianOfHistogram,
  monthEnd,
  monthsSoFar,
  percent,
  weeksEnding,
  workingDaysWithout,
} from './dashboard';

describe('dashboard rules', () => {
  it('takes the median of a histogram, averaging the two middle values of an even count', () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ value: 2, count: 1 }])).toBe(2);
    expect(
      medianOfHistogram([
        { value: 0, count: 3 },
        { value: 5, count: 1 },
        { value: 1, count: 1 },
      ]),
    ).toBe(0);
    expect(
      medianOfHistogram([
        { value: 1, count: 2 },
        { value: 3, count: 2 },
      ]),
    ).toBe(2);
  });

  it('counts working days without a report, skipping weekends and holidays, excluding today', () => {
    // Thu 2026-11-19 → Tue 2026-11-24: Fri 20 and Mon 23 lie between.
    expect(workingDaysWithout('2026-11-19', '2026-11-24', new Set())).toBe(2);
    expect(workingDaysWithout('2026-11-19', '2026-11-24', new Set(['2026-11-23']))).toBe(1);
    expect(workingDaysWithout('2026-11-24', '2026-11-24', new Set())).toBe(0);
  });

  it('places yearly targets on the calendar and flags those well behind', () => {
    expect(expectedProgress('2026-12-31')).toBe(100);
    expect(expectedProgress('2026-07-02')).toBeCloseTo(50.1, 1);
    expect(isBehindSchedule(30, 50)).toBe(true);
    expect(isBehindSchedule(40, 50)).toBe(false);
  });

  it('raises the three supervisor alerts only when their condition holds', () => {
    const base = {
      canReport: true,
      lastReportDate: '2026-11-26',
      yearStart: '2026-01-01',
      today: '2026-11-27',
      holidays: new Set<string>(),
      rhkPercents: [95],
      oldestPendingAt: null,
      now: new Date('2026-11-27T03:00:00Z'),
    };
    expect(alertsFor(base)).toEqual([]);
    expect(alertsFor({ ...base, lastReportDate: '2026-11-20' })).toEqual(['noReport']);
    expect(alertsFor({ ...base, rhkPercents: [95, 20] })).toEqual(['behind']);
    expect(alertsFor({ ...base, oldestPendingAt: new Date('2026-11-23T03:00:00Z') })).toEqual([
      'waitingValidation',
    ]);
    expect(alertsFor({ ...base, oldestPendingAt: new Date('2026-11-25T03:00:00Z') })).toEqual([]);
    // Without an approved SKP there is nothing to report against: no report or schedule alert.
    expect(alertsFor({ ...base, canReport: false, lastReportDate: null, rhkPercents: [0] })).toEqual([]);
  });

  it('percentages, heat levels and calendars', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(1, 0)).toBe(0);
    expect([null, 10, 30, 60, 80, 95].map((p) => heatLevel(p))).toEqual([null, 0, 1, 2, 3, 4]);
    expect(weeksEnding('2026-11-27', 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
    expect(monthsSoFar('2026-03-05')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthEnd('2026-02')).toBe('2026-02-28');
  });

  it('counts a past month to its end and the month in progress only up to today, marked running', () => {
    expect(countedThrough('2026-11', '2026-12-05')).toEqual({ last: '2026-11-30', running: false });
    expect(countedThrough('2026-12', '2026-12-05')).toEqual({ last: '2026-12-05', running: true });
    expect(countedThrough('2026-12', '2026-12-31')).toEqual({ last: '2026-12-31', running: true });
  });
});
