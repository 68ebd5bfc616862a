import 'server-only';
import { periodLabel } from '@/lib/calendar/labels';
import { coachingSummaryText } from '@/lib/coaching/summary-text';
import type { CoachingNote } from '@/lib/coaching/types';
import { PREDIKAT } from '@/lib/domain/appraisal';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { actionState } from '@/lib/domain/coaching';
import { today } from '@/lib/domain/dates';
import { RATINGS } from '@/lib/domain/ratings';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import type { AppraisalPdfLabels } from './pdf';
import type { AppraisalDocument } from './types';

export async function appraisalPdfLabels(doc: AppraisalDocument): Promise<AppraisalPdfLabels> {
  const [t, locale, f] = await Promise.all([getTranslations(), getLocale(), getFormats()]);
  const periodName = periodLabel(t, doc.period);
  const date = (iso: string) => f.date(iso);
  const p = (k: string) => t(`skp.pdfLabels.${k}` as 'skp.pdfLabels.niPppk');
  const dates = [
    doc.deliveredOn && t('appraisal.deliveredOn', { date: date(doc.deliveredOn) }),
    doc.acceptedOn && t('appraisal.acceptedOn', { date: date(doc.acceptedOn) }),
    doc.objection && t('appraisal.objection.filed', { date: date(doc.objection.filedOn) }),
    doc.finalisedOn && t('appraisal.finalisedOn', { date: date(doc.finalisedOn) }),
  ].filter((x): x is string => typeof x === 'string');
  const note = (n: CoachingNote) =>
    [
      `${t(`coaching.kind.${n.kind}`)} (${date(n.notedOn)}): ${n.text}`,
      n.response && `${t('coaching.pdf.answer')}: ${n.response}`,
    ]
      .filter(Boolean)
      .join('\n');
  const byRhk: Record<number, string[]> = {};
  const byValue: AppraisalPdfLabels['coaching']['byValue'] = {};
  const otherRhk: string[] = [];
  const rhkIds = new Set(doc.rhks.map((r) => r.id));
  for (const n of [...doc.coaching.notes].reverse()) {
    if ('value' in n.target) byValue[n.target.value] = [...(byValue[n.target.value] ?? []), note(n)];
    else if (n.target.rhkId !== null && rhkIds.has(n.target.rhkId))
      byRhk[n.target.rhkId] = [...(byRhk[n.target.rhkId] ?? []), note(n)];
    else otherRhk.push(`${t('coaching.note.onRhk', { rhk: n.target.rhkText })} — ${note(n)}`);
  }
  const on = today();
  const dialogs = [...doc.coaching.dialogs]
    .reverse()
    .map((d) =>
      [
        `${t('coaching.dialog.heading', { date: date(d.heldOn), name: d.authorName })}: ${d.discussed}`,
        ...d.actions.map(
          (a) =>
            `• ${a.text} (${t('coaching.dialog.due', { date: date(a.dueOn) })} · ${
              a.doneOn
                ? t('coaching.dialog.doneOn', { date: date(a.doneOn) })
                : t(`coaching.dialog.state.${actionState(a, on)}`)
            })`,
        ),
        d.followUp && `${t('coaching.dialog.followUp')}: ${d.followUp}`,
      ]
        .filter(Boolean)
        .join('\n'),
    );
  return {
    coaching: {
      byRhk,
      byValue,
      otherRhk,
      dialogs,
      summary: coachingSummaryText(doc.coaching.summary, t),
    },
    title: t('appraisal.documentTitle'),
    period: p('periodLabel'),
    periodName,
    status: `${t('appraisal.statusLabel')}: ${t(`appraisal.status.${doc.status}`)}`,
    employee: t('appraisal.employee'),
    evaluator: t('appraisal.evaluator'),
    atasan: t('appraisal.atasan'),
    no: t('skp.no'),
    name: t('skp.name'),
    nip: t('skp.nip'),
    niPppk: p('niPppk'),
    pangkat: t('skp.pangkat'),
    golonganPppk: t('skp.golonganPppk'),
    jabatan: t('skp.position'),
    unit: t('skp.unit'),
    results: t('appraisal.results'),
    rhk: t('appraisal.rhk'),
    indicator: t('appraisal.indicator'),
    target: t('appraisal.target'),
    realisation: t('appraisal.realisation'),
    feedback: t('appraisal.feedback'),
    behaviour: t('appraisal.behaviour'),
    value: t('appraisal.feedback360.value'),
    ratingHasil: t('appraisal.ratingHasil'),
    ratingPerilaku: t('appraisal.ratingPerilaku'),
    predikat: t('appraisal.predikat'),
    ratings: Object.fromEntries(RATINGS.map((r) => [r, t(`ratings.${r}`)])) as AppraisalPdfLabels['ratings'],
    predikats: Object.fromEntries(
      PREDIKAT.map((x) => [x, t(`predikat.${x}`)]),
    ) as AppraisalPdfLabels['predikats'],
    values: Object.fromEntries(
      BERAKHLAK.map((v) => [v, t(`berakhlak.${v}.name`)]),
    ) as AppraisalPdfLabels['values'],
    dates,
    printedOn: p('printedOn'),
    decimalSeparator: locale === 'id' ? ',' : '.',
  };
}
