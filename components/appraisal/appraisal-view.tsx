import { PersonTable } from '@/components/skp/skp-view';
import { TableScroll } from '@/components/ui/table-scroll';
import type { AppraisalDocument, AppraisalRhk } from '@/lib/appraisal/types';
import { coachingSummaryText } from '@/lib/coaching/summary-text';
import { predikatFor } from '@/lib/domain/appraisal';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { formatTarget } from '@/lib/domain/skp';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

const cell = 'border border-slate-400 px-2 py-1 align-top';

/** Identity of the three people on the form: pegawai, pejabat penilai, atasan pejabat penilai. */
export async function AppraisalIdentity({ doc }: { doc: AppraisalDocument }) {
  const t = await getTranslations('appraisal');
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <PersonTable title={t('employee')} person={doc.employee} />
      <PersonTable title={t('evaluator')} person={doc.evaluator} />
      <PersonTable title={t('atasan')} person={doc.atasan} />
    </div>
  );
}

/** RHK with target, realisation and the appraiser's feedback, read-only. */
export async function ResultsTable({ rhks }: { rhks: AppraisalRhk[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const dec = locale === 'id' ? ',' : '.';
  const n = (x: number) => formatTarget(String(x), dec);
  return (
    <TableScroll label={t('appraisal.results')}>
      <table className="w-full border-collapse text-sm" data-testid="appraisal-results">
        <caption className="px-2 py-1 text-left font-semibold">{t('appraisal.results')}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={cell}>
              {t('appraisal.rhk')}
            </th>
            <th scope="col" className={cell}>
              {t('appraisal.indicator')}
            </th>
            <th scope="col" className={cell}>
              {t('appraisal.target')}
            </th>
            <th scope="col" className={cell}>
              {t('appraisal.realisation')}
            </th>
            <th scope="col" className={cell}>
              {t('appraisal.feedback')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rhks.flatMap((r) =>
            r.items.map((i, k) => (
              <tr key={i.indicatorId}>
                {k === 0 && (
                  <td className={cell} rowSpan={r.items.length}>
                    <span className="text-xs text-slate-600">{t(`skp.kind.${r.kind}`)}</span>
                    <br />
                    {r.text}
                  </td>
                )}
                <td className={cell}>
                  {i.text}
                  <span className="block text-xs text-slate-600">{t(`skp.aspek.${i.aspek}`)}</span>
                </td>
                <td className={cell}>
                  {n(i.periodTarget)} {i.targetUnit}
                  <span className="block text-xs text-slate-600">
                    {t('appraisal.yearTarget', { target: formatTarget(i.target, dec) })}
                  </span>
                </td>
                <td className={cell}>
                  {i.override === null && i.computed === null
                    ? t('realisation.missing')
                    : `${n(i.override ?? i.computed ?? 0)} ${i.targetUnit}`}
                  {i.achievementPct !== null && (
                    <span className="ml-1 text-slate-700">({n(i.achievementPct)} %)</span>
                  )}
                  {i.override !== null && (
                    <span className="block text-xs text-amber-800">
                      {t('appraisal.overridden', {
                        computed: n(i.computed ?? 0),
                        reason: i.overrideReason ?? '',
                      })}
                    </span>
                  )}
                </td>
                <td className={`${cell} whitespace-pre-line`}>{i.feedback ?? '—'}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}

export async function BehaviourTable({ doc }: { doc: AppraisalDocument }) {
  const t = await getTranslations();
  const feedback = new Map(doc.behaviours.map((b) => [b.value, b.feedback]));
  return (
    <TableScroll label={t('appraisal.behaviour')}>
      <table className="w-full border-collapse text-sm" data-testid="appraisal-behaviour">
        <caption className="px-2 py-1 text-left font-semibold">{t('appraisal.behaviour')}</caption>
        <tbody>
          {BERAKHLAK.map((v) => (
            <tr key={v}>
              <th scope="row" className={`${cell} w-56 text-left font-medium`}>
                {t(`berakhlak.${v}.name`)}
              </th>
              <td className={`${cell} whitespace-pre-line`}>{feedback.get(v) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The ratings and the predikat, large. */
export async function RatingSummary({ doc }: { doc: AppraisalDocument }) {
  const t = await getTranslations();
  const rating = (r: string | null) => (r ? t(`ratings.${r}` as 'ratings.sesuai') : '—');
  return (
    <dl className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-3">
      <div>
        <dt className="text-sm text-slate-600">{t('appraisal.ratingHasil')}</dt>
        <dd className="font-semibold" data-testid="rating-hasil">
          {rating(doc.ratingHasil)}
        </dd>
      </div>
      <div>
        <dt className="text-sm text-slate-600">{t('appraisal.ratingPerilaku')}</dt>
        <dd className="font-semibold" data-testid="rating-perilaku">
          {rating(doc.ratingPerilaku)}
        </dd>
      </div>
      <div>
        <dt className="text-sm text-slate-600">{t('appraisal.predikat')}</dt>
        <dd className="text-xl font-bold" data-testid="predikat">
          {doc.predikat ? t(`predikat.${doc.predikat}`) : '—'}
        </dd>
      </div>
    </dl>
  );
}

/** "Why this predikat": every input, the rule applied, and any override or decision on objection. */
export async function WhySection({ doc }: { doc: AppraisalDocument }) {
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  if (!doc.predikat || !doc.ratingHasil || !doc.ratingPerilaku) return null;
  const date = (iso: string) => f.date(iso);
  const r = (x: string) => t(`ratings.${x}` as 'ratings.sesuai');
  const s = doc.suggestion;
  const o = doc.objection;
  const overrides = doc.rhks.flatMap((x) => x.items).filter((i) => i.override !== null);
  // Delivered ratings (before any objection); calibration, if any, changed the appraiser's proposal first.
  const deliveredHasil = o ? o.original.hasil : doc.ratingHasil;
  const deliveredPerilaku = o ? o.original.perilaku : doc.ratingPerilaku;
  const appraiserHasil = doc.calibration[0]?.from.hasil ?? deliveredHasil;
  const appraiserPerilaku = doc.calibration[0]?.from.perilaku ?? deliveredPerilaku;
  const route = doc.reassignment;
  return (
    <section
      aria-labelledby="why"
      className="space-y-2 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="why-predikat"
    >
      <h2 id="why" className="text-lg font-semibold">
        {t('appraisal.why.title')}
      </h2>
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          {t('appraisal.why.realisation', { count: doc.rhks.flatMap((x) => x.items).length })}
          {overrides.length > 0 && (
            <ul className="list-disc pl-6">
              {overrides.map((i) => (
                <li key={i.indicatorId}>
                  {t('appraisal.why.override', {
                    indicator: i.text,
                    computed: i.computed ?? 0,
                    value: i.override ?? 0,
                    reason: i.overrideReason ?? '',
                  })}
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          {doc.orgResult
            ? t('appraisal.why.orgResult', {
                org: t(`appraisal.orgPredikat.${doc.orgResult}`),
                rating: r(doc.ratingHasil),
              })
            : s
              ? t(`appraisal.why.rule.${s.rule}`, {
                  rating: r(s.rating),
                  lowest: f.number(s.lowestPct),
                  mean: f.number(s.meanPct ?? s.lowestPct),
                  sesuai: s.thresholds.sesuaiPct,
                  diAtas: s.thresholds.diAtasPct,
                })
              : t('appraisal.why.noSuggestion')}
        </li>
        {route && (
          <li data-testid="why-conflict">
            {route.kind === 'declaration'
              ? t('conflict.why.declaration', {
                  original: route.originalRater,
                  kind: t(`conflict.reasonKinds.${route.reasonKind ?? 'other'}`),
                  date: date(route.requestedOn),
                  rater: doc.evaluator.name,
                })
              : t('conflict.why.request', {
                  date: date(route.decidedOn ?? route.requestedOn),
                  note: route.decisionNote ?? '',
                  rater: doc.evaluator.name,
                  original: route.originalRater,
                })}
            {route.designated && ` ${t('conflict.why.designated')}`}
          </li>
        )}
        <li>
          {t('appraisal.why.ratings', {
            name: doc.evaluator.name,
            hasil: r(appraiserHasil),
            perilaku: r(appraiserPerilaku),
          })}
          {s && appraiserHasil !== s.rating && !doc.orgResult && (
            <span className="block">
              {t('appraisal.why.justification', { text: doc.justification ?? '—' })}
            </span>
          )}
        </li>
        {doc.calibration.map((c) => (
          <li key={`${c.on}-${c.to.predikat}-${c.justification}`} data-testid="why-calibration">
            {t('calibration.why', {
              unit: c.unitName,
              by: c.by,
              date: date(c.on),
              fromHasil: r(c.from.hasil),
              fromPerilaku: r(c.from.perilaku),
              from: t(`predikat.${c.from.predikat}`),
              hasil: r(c.to.hasil),
              perilaku: r(c.to.perilaku),
              to: t(`predikat.${c.to.predikat}`),
              text: c.justification,
            })}
          </li>
        ))}
        <li>
          {t('appraisal.why.matrix', {
            hasil: r(deliveredHasil),
            perilaku: r(deliveredPerilaku),
            predikat: t(`predikat.${predikatFor(deliveredHasil, deliveredPerilaku)}`),
          })}
        </li>
        <li data-testid="why-coaching">{coachingSummaryText(doc.coaching.summary, t)}</li>
        {o?.decision && (
          <li data-testid="why-decision">
            {t(o.decision === 'change' ? 'appraisal.why.changed' : 'appraisal.why.upheld', {
              name: o.decidedBy ?? '—',
              date: o.decidedOn ? date(o.decidedOn) : '—',
              hasil: r(doc.ratingHasil),
              perilaku: r(doc.ratingPerilaku),
              predikat: t(`predikat.${doc.predikat}`),
              reasons: o.decisionReasons ?? '',
            })}
          </li>
        )}
      </ol>
    </section>
  );
}
