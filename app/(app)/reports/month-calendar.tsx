import type { ReportStatus } from '@/lib/domain/reports';
import { getTranslations } from '@/lib/i18n/server';
import { STATUS_TONE } from './status-tone';

export type CalendarDay = {
  date: string;
  weekend: boolean;
  holiday: string | null;
  reports: number;
  minutes: number;
  statuses: Partial<Record<ReportStatus, number>>;
};

const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A month grid (Monday first): working days, weekends, holidays, and each day's reports and minutes. */
export async function MonthCalendar({ days, caption }: { days: CalendarDay[]; caption: string }) {
  const t = await getTranslations('reports');
  const first = days[0];
  if (!first) return null;
  const lead = (new Date(`${first.date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells: (CalendarDay | null)[] = [...Array.from({ length: lead }, () => null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return (
    <table className="w-full table-fixed border-collapse bg-white text-sm" data-testid="calendar">
      <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
      <thead>
        <tr>
          {DAY_KEYS.map((d) => (
            <th key={d} scope="col" className="border border-slate-300 bg-slate-100 p-1">
              {t(`days.${d}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find(Boolean)?.date}>
            {week.map((day, i) =>
              day ? (
                <td
                  key={day.date}
                  data-date={day.date}
                  className={`h-20 border border-slate-300 p-1 align-top ${day.weekend || day.holiday ? 'bg-slate-100 text-slate-600' : ''}`}
                >
                  <p className="font-semibold">{Number(day.date.slice(8))}</p>
                  {day.holiday && <p className="text-xs text-red-800">{day.holiday}</p>}
                  {day.weekend && !day.holiday && <p className="sr-only">{t('weekend')}</p>}
                  {day.reports > 0 && (
                    <>
                      <p className="text-xs">
                        {t('dayReports', { count: day.reports })} · {t('minutes', { n: day.minutes })}
                      </p>
                      <p className="mt-1 flex flex-wrap gap-1">
                        {(Object.entries(day.statuses) as [ReportStatus, number][]).map(([status, n]) => (
                          <span
                            key={status}
                            className={`rounded px-1 text-xs text-white ${STATUS_TONE[status]}`}
                          >
                            {n} {t(`status.${status}`)}
                          </span>
                        ))}
                      </p>
                    </>
                  )}
                </td>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: padding cells have no identity but their place
                <td key={`empty-${i}`} className="border border-slate-200" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
