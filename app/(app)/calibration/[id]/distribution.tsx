import type { CalibrationView } from '@/lib/calibration/types';
import { PREDIKAT } from '@/lib/domain/appraisal';
import type { DistributionRule } from '@/lib/domain/distribution';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

/** The proposed predikat of the calibration, counted, against the pattern of the unit's organisational predikat. */
export async function CalibrationDistribution({ view }: { view: CalibrationView }) {
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  const names = (of: string[]) => of.map((p) => t(`predikat.${p}` as 'predikat.baik')).join(' / ');
  const rule = (r: DistributionRule) =>
    r.kind === 'some' || r.kind === 'none'
      ? t(`dashboard.predikat.rule.${r.kind}`, { of: names(r.of) })
      : t(`dashboard.predikat.rule.${r.kind}`, { of: names(r.of), pct: r.pct });
  const total = PREDIKAT.reduce((n, p) => n + view.counts[p], 0);
  return (
    <section aria-labelledby="distribution" className="space-y-2" data-testid="calibration-distribution">
      <h2 id="distribution" className="text-lg font-semibold">
        {t('calibration.distributionTitle')}
      </h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {PREDIKAT.map((p) => (
          <li key={p}>
            {t(`predikat.${p}`)}: <strong>{view.counts[p]}</strong>
            {total > 0 && (
              <span className="text-slate-600">
                {' '}
                ({f.number(Math.round((view.counts[p] * 1000) / total) / 10)} %)
              </span>
            )}
          </li>
        ))}
      </ul>
      {view.org ? (
        <>
          <p>
            {t('calibration.orgFrom', {
              org: t(`dashboard.predikat.org.${view.org.predikat}`),
              unit: view.org.unitName,
            })}
          </p>
          {view.warnings.length === 0 ? (
            <p className="text-emerald-800">{t('calibration.follows')}</p>
          ) : (
            <ul className="space-y-1 text-amber-900">
              {view.warnings.map((w) => (
                <li key={`${w.kind}-${w.of.join()}`}>
                  ⚠ {rule(w)} — {t('dashboard.predikat.actual', { pct: f.number(w.actualPct) })}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="text-slate-700">{t('calibration.noOrg')}</p>
      )}
    </section>
  );
}
