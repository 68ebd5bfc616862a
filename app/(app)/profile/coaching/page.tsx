import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DialogList, NoteList } from '@/components/coaching/coaching-list';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { getCoaching } from '@/lib/coaching/queries';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { AnswerForm } from './answer-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('coaching'))('myTitle') };
}

/** The viewer's own continuous feedback: the supervisor's notes (each to answer) and dialog kinerja. */
export default async function MyCoachingPage() {
  const viewer = await requireViewer();
  const on = today();
  const [record, t] = await Promise.all([
    getCoaching(getDb(), viewer, viewer.employeeId, on),
    getTranslations('coaching'),
  ]);
  if (!record) notFound();
  return (
    <ClientMessages namespaces={['coaching']}>
      <div className="max-w-4xl space-y-6">
        <header className="space-y-1">
          <p className="text-sm">
            <Link className="text-emerald-800 underline" href="/profile">
              {t('backToProfile')}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{t('myTitle')}</h1>
          <p className="text-slate-700">{t('intro.employee')}</p>
        </header>
        <section aria-labelledby="notes" className="space-y-3">
          <h2 id="notes" className="text-lg font-semibold">
            {t('note.title')}
          </h2>
          <NoteList
            notes={record.notes}
            extra={(n) => <AnswerForm noteId={n.id} version={n.version} response={n.response} />}
          />
        </section>
        <section aria-labelledby="dialogs" className="space-y-3">
          <h2 id="dialogs" className="text-lg font-semibold">
            {t('dialog.title')}
          </h2>
          <DialogList dialogs={record.dialogs} on={on} />
        </section>
      </div>
    </ClientMessages>
  );
}
