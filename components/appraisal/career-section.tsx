import Link from 'next/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { TableScroll } from '@/components/ui/table-scroll';
import type { Career } from '@/lib/appraisal/career/types';
import type { PromotionReason } from '@/lib/domain/appraisal';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { AddPlanItemForm, PlanStatusForm } from './plan-forms';

/** Career follow-up: predikat by year, promotion eligibility with its reasons, and the development plan. */
export async function CareerSection({
  career,
  employeeId,
  on,
}: {
  career: Career;
  employeeId: number;
  on: string;
}) {
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  const date = (iso: string) => f.date(iso);
  const reason = (r: PromotionReason) => {
    switch (r.code) {
      case 'years_in_rank':
        return t('appraisal.career.reason.years_in_rank', { years: r.years, date: date(r.from) });
      case 'predikat_missing':
        return t('appraisal.career.reason.predikat_missing', { year: r.year });
      case 'predikat_below_baik':
        return t('appraisal.career.reason.predikat_below_baik', {
          year: r.year,
          predikat: t(`predikat.${r.predikat}`),
        });
      default:
        return t(`appraisal.career.reason.${r.code}`);
    }
  };
  const p = career.promotion;
  return (
    <ClientMessages namespaces={['appraisal.plan', 'appraisal.saving', 'appraisal.validation', 'berakhlak']}>
      <section
        aria-labelledby="career"
        className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
        data-testid="career"
      >
        <h2 id="career" className="text-lg font-semibold">
          {t('appraisal.career.title')}
        </h2>
        <div>
          <h3 className="font-medium">{t('appraisal.career.history')}</h3>
          {career.history.length === 0 ? (
            <p>{t('appraisal.career.noHistory')}</p>
          ) : (
            <TableScroll label={t('appraisal.career.history')}>
              <table className="text-left text-sm" data-testid="predikat-history">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="pr-6">
                      {t('appraisal.career.year')}
                    </th>
                    <th scope="col" className="pr-6">
                      {t('appraisal.predikat')}
                    </th>
                    <th scope="col">{t('appraisal.career.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {career.history.map((h) => (
                    <tr key={h.year} className="border-b border-slate-200">
                      <td className="py-1 pr-6">{h.year}</td>
                      <td className="py-1 pr-6 font-medium">
                        {h.appraisalId ? (
                          <Link className="text-emerald-800 underline" href={`/appraisals/${h.appraisalId}`}>
                            {t(`predikat.${h.predikat}`)}
                          </Link>
                        ) : (
                          t(`predikat.${h.predikat}`)
                        )}
                      </td>
                      <td className="py-1">{t(`appraisal.career.sources.${h.source}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </div>
        <div data-testid="promotion">
          <h3 className="font-medium">{t('appraisal.career.promotion')}</h3>
          <p className={p.eligible ? 'text-emerald-800' : 'text-amber-800'}>
            {p.eligible
              ? t('appraisal.career.eligible', { a: p.years[0], b: p.years[1] })
              : t('appraisal.career.notEligible')}
          </p>
          {p.reasons.length > 0 && (
            <ul className="list-disc pl-6">
              {p.reasons.map((r) => (
                <li key={JSON.stringify(r)}>{reason(r)}</li>
              ))}
            </ul>
          )}
          {p.needsCreditPoints && (
            <p className="text-sm text-slate-600">{t('appraisal.career.creditPoints')}</p>
          )}
        </div>
        <div className="space-y-2" data-testid="development-plan">
          <h3 className="font-medium">{t('appraisal.plan.title')}</h3>
          {career.plan.length === 0 ? (
            <p>{t('appraisal.plan.empty')}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {career.plan.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {item.value && <strong>{t(`berakhlak.${item.value}.name`)}: </strong>}
                    {item.text}
                    <span className="block text-sm text-slate-600">
                      {t('appraisal.plan.due', { date: date(item.targetDate) })} ·{' '}
                      {t(`appraisal.plan.status.${item.status}`)}
                    </span>
                  </span>
                  <PlanStatusForm itemId={item.id} version={item.version} status={item.status} />
                </li>
              ))}
            </ul>
          )}
          {career.proposals.length > 0 && (
            <div className="rounded border border-slate-200 p-2" data-testid="plan-proposals">
              <p className="font-medium">
                {t('appraisal.plan.proposals', { count: career.proposals.length })}
              </p>
              <ul className="list-disc pl-6">
                {career.proposals.map((x) => (
                  <li key={x.value}>
                    <strong>{t(`berakhlak.${x.value}.name`)}</strong>
                    {x.note && <span className="whitespace-pre-line text-slate-700"> — {x.note}</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {/* The first proposal is filled in; the others are one choice of the value list away. */}
          <AddPlanItemForm
            employeeId={employeeId}
            value={career.proposals[0]?.value}
            text={career.proposals[0]?.note?.slice(0, 1000) ?? ''}
            minDate={on}
            testId="add-plan-item"
          />
        </div>
      </section>
    </ClientMessages>
  );
}
