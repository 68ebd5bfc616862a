import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { today } from '@/lib/domain/dates';
import type { Distribution, FeedbackAnswer } from '@/lib/domain/feedback';
import { feedbackResults } from '@/lib/feedback/results/queries';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { parseId } from '@/lib/ids';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('feedback'))('results.title') };
}

type Params = Promise<{ roundId: string; employeeId: string }>;

/** The same comment from several raters is shown once, with how many gave it. */
function countTexts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of texts) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

export default async function FeedbackResultsPage({ params }: { params: Params }) {
  const viewer = await requireViewer();
  const raw = await params;
  const roundId = parseId(raw.roundId) ?? notFound();
  const employeeId = parseId(raw.employeeId) ?? notFound();
  const db = getDb();
  const [results, t] = await Promise.all([
    feedbackResults(db, viewer, roundId, employeeId, today()),
    getTranslations(),
  ]);
  const f = await getFormats();
  if (!results) notFound();
  const ratee = await db
    .selectFrom('employees')
    .select('name')
    .where('id', '=', employeeId)
    .executeTakeFirstOrThrow();
  const answer = (a: FeedbackAnswer | null) =>
    a ? t(`feedback.answers.${a}`) : t('feedback.results.noAnswer');
  const dist = (d: Distribution | null, shown: boolean, invited: number) => {
    if (invited === 0) return <span className="text-slate-600">{t('feedback.results.notApplicable')}</span>;
    if (!shown || !d)
      return (
        <span className="text-slate-600">{t('feedback.results.notEnough', { min: results.minimum })}</span>
      );
    const judged = d.di_atas + d.sesuai + d.di_bawah;
    return (
      <div className="space-y-1">
        {judged > 0 && (
          <div className="flex h-2 w-32 overflow-hidden rounded bg-slate-200" aria-hidden="true">
            <span className="bg-emerald-700" style={{ width: `${(d.di_atas / judged) * 100}%` }} />
            <span className="bg-sky-600" style={{ width: `${(d.sesuai / judged) * 100}%` }} />
            <span className="bg-amber-600" style={{ width: `${(d.di_bawah / judged) * 100}%` }} />
          </div>
        )}
        <p className="whitespace-nowrap">
          {(['di_atas', 'sesuai', 'di_bawah', 'cannot_judge'] as const)
            .map((a) => `${t(`feedback.answersShort.${a}`)}: ${d[a]}`)
            .join(' · ')}
        </p>
      </div>
    );
  };
  const valueName = (v: string) => t(`berakhlak.${v}.name`);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/feedback" className="text-emerald-800 underline">
          ← {t('feedback.title')}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{t('feedback.results.heading', { name: ratee.name })}</h1>
        <p className="text-slate-700">
          {results.roundName} · {periodLabel(t, results.period)} ·{' '}
          {t('feedback.results.closedOn', { date: f.date(results.closedOn) })}
        </p>
      </div>
      <p className="max-w-3xl rounded border-l-4 border-slate-500 bg-slate-50 p-3 text-sm">
        {t('feedback.results.anonymityNote', { min: results.minimum })}
      </p>

      <section aria-labelledby="summary-h" className="grid gap-4 md:grid-cols-3">
        <h2 id="summary-h" className="sr-only">
          {t('feedback.results.summary')}
        </h2>
        <div className="rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">{t('feedback.results.responses')}</h3>
          <ul className="mt-1 text-sm" data-testid="responses">
            {(['self', 'supervisor', 'peer', 'subordinate'] as const).map((g) => (
              <li key={g}>
                {t(`feedback.groups.${g}`)}: {results.responses[g]}
              </li>
            ))}
          </ul>
        </div>
        <div className="rounded-lg border border-emerald-700 bg-emerald-50 p-4">
          <h3 className="font-semibold">{t('feedback.results.topStrengths')}</h3>
          <p className="mt-1">
            {results.topStrengths.length > 0
              ? results.topStrengths.map(valueName).join(', ')
              : t('feedback.results.noneStandOut')}
          </p>
        </div>
        <div className="rounded-lg border border-amber-700 bg-amber-50 p-4">
          <h3 className="font-semibold">{t('feedback.results.developmentAreas')}</h3>
          <p className="mt-1">
            {results.developmentAreas.length > 0
              ? results.developmentAreas.map(valueName).join(', ')
              : t('feedback.results.noneStandOut')}
          </p>
        </div>
      </section>

      <section aria-labelledby="values-h" className="space-y-2">
        <h2 id="values-h" className="text-xl font-semibold">
          {t('feedback.results.byValue')}
        </h2>
        <TableScroll label={t('feedback.results.byValue')}>
          <table className="w-full border-collapse bg-white text-sm" data-testid="value-table">
            <thead>
              <tr className="border-b border-slate-300 text-left align-bottom">
                <th className="p-2">{t('feedback.results.value')}</th>
                <th className="p-2">{t('feedback.groups.self')}</th>
                <th className="p-2">{t('feedback.groups.supervisor')}</th>
                <th className="p-2">{t('feedback.groups.peer')}</th>
                <th className="p-2">{t('feedback.groups.subordinate')}</th>
                <th className="p-2">{t('feedback.results.othersMean')}</th>
                <th className="p-2">{t('feedback.results.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {results.values.map((v) => (
                <tr key={v.value} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 text-left font-medium">
                    {valueName(v.value)}
                  </th>
                  <td className="p-2">{answer(v.self)}</td>
                  <td className="p-2">{answer(v.supervisor)}</td>
                  <td className="p-2" data-testid={`peers-${v.value}`}>
                    {dist(v.peers, results.peersShown, results.invited.peer)}
                  </td>
                  <td className="p-2">
                    {dist(v.subordinates, results.subordinatesShown, results.invited.subordinate)}
                  </td>
                  <td className="p-2">{v.othersMean === null ? '—' : f.mean(v.othersMean)}</td>
                  <td
                    className={`p-2 ${v.gap !== null && v.gap <= -0.75 ? 'font-semibold text-amber-900' : ''}`}
                  >
                    {v.gap === null ? '—' : f.difference(v.gap)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p className="text-sm text-slate-600">{t('feedback.results.scaleNote')}</p>
      </section>

      <section aria-labelledby="supervisor-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="supervisor-h" className="text-xl font-semibold">
          {t('feedback.results.supervisorComment')}
        </h2>
        {results.supervisorComment ? (
          <div className="mt-2 space-y-2" data-testid="supervisor-comment">
            <p className="text-sm text-slate-600">{results.supervisorComment.name}</p>
            <p>
              <strong>{t('feedback.form.strengths')}:</strong> {results.supervisorComment.strengths ?? '—'}
            </p>
            <p>
              <strong>{t('feedback.form.improvements')}:</strong>{' '}
              {results.supervisorComment.improvements ?? '—'}
            </p>
          </div>
        ) : (
          <p className="mt-2 text-slate-600">{t('feedback.results.noSupervisor')}</p>
        )}
      </section>

      <section aria-labelledby="comments-h" className="grid gap-4 md:grid-cols-2">
        <h2 id="comments-h" className="sr-only">
          {t('feedback.results.comments')}
        </h2>
        {(['strengths', 'improvements'] as const).map((kind) => (
          <div key={kind} className="rounded-lg border border-slate-300 bg-white p-4">
            <h3 className="font-semibold">{t(`feedback.results.${kind}`)}</h3>
            {results[kind].length === 0 ? (
              <p className="mt-1 text-slate-600">{t('feedback.results.noComments')}</p>
            ) : (
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {[...countTexts(results[kind])].map(([c, n]) => (
                  <li key={c}>
                    {c}
                    {n > 1 && <span className="text-slate-600"> ({n}×)</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
    </div>
  );
}
