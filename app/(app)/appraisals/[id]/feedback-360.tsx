import { TableScroll } from '@/components/ui/table-scroll';
import { periodLabel } from '@/lib/calendar/labels';
import type { Distribution, FeedbackAnswer, FeedbackResults } from '@/lib/feedback/types';
import { getTranslations } from '@/lib/i18n/server';

const cell = 'border border-slate-400 px-2 py-1 align-top';
const ANSWERS: FeedbackAnswer[] = ['di_atas', 'sesuai', 'di_bawah', 'cannot_judge'];

/** 360° results per BerAKHLAK value: self, supervisor, and peers/subordinates only as distributions. */
export async function Feedback360({ results }: { results: FeedbackResults | null }) {
  const t = await getTranslations();
  const answer = (a: FeedbackAnswer | null) =>
    a === null ? '—' : a === 'cannot_judge' ? t('appraisal.feedback360.cannotJudge') : t(`ratings.${a}`);
  const dist = (d: Distribution | null) =>
    d === null
      ? t('appraisal.feedback360.notEnough')
      : ANSWERS.filter((a) => d[a] > 0)
          .map((a) => `${answer(a)}: ${d[a]}`)
          .join(' · ') || '—';
  return (
    <section aria-labelledby="feedback-360" className="space-y-2" data-testid="feedback-360">
      <h2 id="feedback-360" className="text-lg font-semibold">
        {t('appraisal.feedback360.title')}
      </h2>
      {!results ? (
        <p className="text-slate-700">{t('appraisal.feedback360.none')}</p>
      ) : (
        <TableScroll label={t('appraisal.feedback360.title')}>
          <table className="w-full border-collapse text-sm">
            <caption className="px-2 py-1 text-left text-slate-700">
              {results.roundName} · {periodLabel(t, results.period)}
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={cell}>
                  {t('appraisal.feedback360.value')}
                </th>
                <th scope="col" className={cell}>
                  {t('appraisal.feedback360.self')}
                </th>
                <th scope="col" className={cell}>
                  {t('appraisal.feedback360.supervisor')}
                </th>
                <th scope="col" className={cell}>
                  {t('appraisal.feedback360.peers')}
                </th>
                <th scope="col" className={cell}>
                  {t('appraisal.feedback360.subordinates')}
                </th>
              </tr>
            </thead>
            <tbody>
              {results.values.map((v) => (
                <tr key={v.value}>
                  <th scope="row" className={`${cell} text-left font-medium`}>
                    {t(`berakhlak.${v.value}.name`)}
                  </th>
                  <td className={cell}>{answer(v.self)}</td>
                  <td className={cell}>{answer(v.supervisor)}</td>
                  <td className={cell}>{dist(v.peers)}</td>
                  <td className={cell}>{dist(v.subordinates)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
