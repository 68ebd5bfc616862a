import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { DialogList, NoteList } from '@/components/coaching/coaching-list';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { getCoaching, noteOptions } from '@/lib/coaching/queries';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { parseId } from '@/lib/ids';
import { DialogForm } from './dialog-form';
import { FollowUpForm } from './follow-up-form';
import { NoteForm } from './note-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('coaching'))('title') };
}

/**
 * A subordinate's continuous feedback: the pejabat penilai (a Plt/Plh while one acts) writes notes and
 * records dialog kinerja; the atasan pejabat penilai reads; anyone else gets a 404.
 */
export default async function EmployeeCoachingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = parseId((await params).id) ?? notFound();
  if (id === viewer.employeeId) redirect('/profile/coaching');
  const db = getDb();
  const on = today();
  const record = await getCoaching(db, viewer, id, on);
  if (!record) notFound();
  const writes = record.role === 'supervisor';
  const [t, root, f, options] = await Promise.all([
    getTranslations('coaching'),
    getTranslations(),
    getFormats(),
    writes ? noteOptions(db, id, on) : null,
  ]);
  return (
    <ClientMessages namespaces={['coaching', 'berakhlak', 'skp.kind']}>
      <div className="max-w-4xl space-y-6">
        <header className="space-y-1">
          <p className="text-sm">
            <Link className="text-emerald-800 underline" href={`/employees/${id}`}>
              {record.employeeName}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{t('titleFor', { name: record.employeeName })}</h1>
          <p className="text-slate-700">{t(`intro.${record.role}`)}</p>
        </header>
        {options && (
          <section
            aria-labelledby="new-note"
            className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
          >
            <h2 id="new-note" className="text-lg font-semibold">
              {t('note.new')}
            </h2>
            <NoteForm
              employeeId={id}
              options={options}
              formatDate={Object.fromEntries(options.reports.map((r) => [r.id, f.date(r.date)]))}
              entryLabels={Object.fromEntries(
                options.entries.map((x) => [x.id, periodLabel(root, x.period)]),
              )}
            />
          </section>
        )}
        <section aria-labelledby="notes" className="space-y-3">
          <h2 id="notes" className="text-lg font-semibold">
            {t('note.title')}
          </h2>
          <NoteList notes={record.notes} />
        </section>
        <section aria-labelledby="dialogs" className="space-y-3">
          <h2 id="dialogs" className="text-lg font-semibold">
            {t('dialog.title')}
          </h2>
          <DialogList
            dialogs={record.dialogs}
            on={on}
            extra={writes ? (d) => <FollowUpForm dialog={d} /> : undefined}
          />
        </section>
        {writes && (
          <section
            aria-labelledby="new-dialog"
            className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
          >
            <h2 id="new-dialog" className="text-lg font-semibold">
              {t('dialog.new')}
            </h2>
            <DialogForm employeeId={id} on={on} />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
