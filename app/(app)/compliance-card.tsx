import { getFormatter, getTranslations } from '@/lib/i18n/server';
import type { Compliance } from '@/lib/reports/realisation';

/**
 * The employee's reporting this month: days reported and days validated, each labelled, with what still
 * waits for the supervisor — someone who reported every day but has nothing validated yet reads that, not
 * a bare 0 %. The month in progress says how far it is counted.
 */
export async function ComplianceCard({ value }: { value: Compliance }) {
  const [t, format] = await Promise.all([getTranslations('reports'), getFormatter()]);
  const period = format.dateTime(new Date(`${value.month}-01T00:00:00Z`), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const through = format.dateTime(new Date(`${value.through}T00:00:00Z`), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const share = (days: number) =>
    t('compliance.value', {
      reported: format.number(days),
      days: format.number(value.workingDays),
      percent: format.number(value.workingDays ? days / value.workingDays : 0, {
        style: 'percent',
        maximumFractionDigits: 0,
      }),
    });
  return (
    <section className="space-y-3 rounded-lg border border-slate-300 bg-white p-4" data-testid="compliance">
      <h2 className="font-semibold">
        {t('compliance.title', { period })}
        {value.running && (
          <span className="font-normal text-slate-600" data-testid="compliance-running">
            {' '}
            ({t('compliance.running', { date: through })})
          </span>
        )}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t('compliance.reported')}</dt>
          <dd className="font-medium" data-testid="compliance-reported">
            {share(value.reportedDays)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t('compliance.validated')}</dt>
          <dd className="font-medium" data-testid="compliance-validated">
            {share(value.validatedDays)}
          </dd>
          <dd className="text-sm" data-testid="compliance-pending">
            {t('compliance.pending', { count: value.pendingReports })}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-slate-600">{t('compliance.note')}</p>
      <p className="text-sm text-slate-600">
        {t('compliance.minutes', { minutes: value.minutesPerDay, norm: value.norm })}
      </p>
    </section>
  );
}
