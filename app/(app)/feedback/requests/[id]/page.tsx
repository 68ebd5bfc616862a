import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { today } from '@/lib/domain/dates';
import { getRequestForRater } from '@/lib/feedback/requests/queries';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { parseId } from '@/lib/ids';
import { DeclineForm } from './decline-form';
import { Questionnaire } from './questionnaire';

/** What the questionnaire and the decline form say in the browser, and their schemas' messages. */
const CLIENT_MESSAGES = [
  'feedback.answers',
  'feedback.form',
  'feedback.decline',
  'feedback.validation',
  'berakhlak',
];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('feedback'))('form.title') };
}

export default async function FeedbackRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const raw = await params;
  const id = parseId(raw.id) ?? notFound();
  const [req, t] = await Promise.all([getRequestForRater(getDb(), viewer, id, today()), getTranslations()]);
  const f = await getFormats();
  if (!req) notFound();
  const editable = req.open && (req.status === 'pending' || req.status === 'draft');
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES}>
      <div className="max-w-3xl space-y-6">
        <p>
          <Link href="/feedback" className="text-emerald-800 underline">
            ← {t('feedback.title')}
          </Link>
        </p>
        <div>
          <h1 className="text-2xl font-bold">
            {req.group === 'self'
              ? t('feedback.form.titleSelf')
              : t('feedback.form.titleFor', { name: req.ratee.name })}
          </h1>
          <p className="text-slate-700">
            {req.ratee.position} · {req.ratee.unit}
          </p>
          <p className="text-sm text-slate-600">
            {req.roundName} · {t('feedback.tasks.deadline')}: {f.date(req.deadline)} ·{' '}
            {t('feedback.tasks.youRateLine', { who: t(`feedback.tasks.youRate.${req.group}`) })}
          </p>
        </div>
        <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-3 text-sm">
          {t(
            req.group === 'peer' || req.group === 'subordinate'
              ? 'feedback.form.anonymous'
              : 'feedback.form.attributed',
          )}
        </p>
        {editable ? (
          <>
            <Questionnaire
              values={{
                requestId: String(req.id),
                version: String(req.version),
                answers: req.answers,
                strengths: req.strengths,
                improvements: req.improvements,
              }}
            />
            {(req.group === 'peer' || req.group === 'subordinate') && (
              <details className="rounded-lg border border-slate-300 bg-white p-4">
                <summary className="cursor-pointer font-medium">{t('feedback.decline.title')}</summary>
                <p className="my-2 text-sm text-slate-700">{t('feedback.decline.help')}</p>
                <DeclineForm requestId={req.id} version={req.version} />
              </details>
            )}
          </>
        ) : (
          <section className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
            <p className="font-medium">
              {req.status === 'declined'
                ? t('feedback.form.declinedNote', {
                    kind: t(`feedback.decline.kinds.${req.declineKind ?? 'other'}`),
                  })
                : req.status === 'submitted'
                  ? t('feedback.form.submittedNote')
                  : t('feedback.form.closedNote')}
            </p>
            {req.status === 'submitted' && (
              <dl className="grid gap-2 sm:grid-cols-2">
                {BERAKHLAK.map((value) => (
                  <div key={value}>
                    <dt className="text-sm text-slate-600">{t(`berakhlak.${value}.name`)}</dt>
                    <dd>{req.answers[value] ? t(`feedback.answers.${req.answers[value]}`) : '—'}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
