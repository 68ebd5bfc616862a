import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Compliance } from '@/lib/reports/realisation';

/** The employee's reporting compliance and minutes per day this month, with the quickest way to report. */
export async function ComplianceCard({ value, month }: { value: Compliance; month: string }) {
  const [t, format] = await Promise.all([getTranslations('reports'), getFormatter()]);
  const period = format.dateTime(new Date(`${month}-01T00:00:00Z`), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <section
      className="flex flex-wrap items-center justify-between gap-4 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="compliance"
    >
      <div>
        <h2 className="font-semibold">{t('compliance.title', { period })}</h2>
        <p>
          {t('compliance.value', {
            reported: value.reportedDays,
            days: value.workingDays,
            percent: format.number(value.ratio, { style: 'percent', maximumFractionDigits: 0 }),
          })}
        </p>
        <p className="text-sm text-slate-600">
          {t('compliance.minutes', { minutes: value.minutesPerDay, norm: value.norm })}
        </p>
      </div>
      <Link href="/reports/new" className="rounded bg-emerald-800 px-4 py-2 font-medium text-white">
        + {t('new')}
      </Link>
    </section>
  );
}
