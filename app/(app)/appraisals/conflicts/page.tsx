import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { listDeclarations } from '@/lib/appraisal/conflict/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { DesignateForm } from '../conflict-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conflict'))('listTitle') };
}

const cell = 'border-b border-slate-200 py-2 pr-3 align-top';

/** BKPSDM's list of conflict-of-interest declarations and requests; anyone else gets a 404. */
export default async function ConflictsPage() {
  const viewer = await requireViewer();
  const rows = await listDeclarations(getDb(), viewer);
  if (!rows) notFound();
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  return (
    <ClientMessages namespaces={['conflict']}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('conflict.listTitle')}</h1>
        <p className="max-w-3xl text-slate-700">{t('conflict.listIntro')}</p>
        {rows.length === 0 ? (
          <p>{t('conflict.none')}</p>
        ) : (
          <TableScroll label={t('conflict.listTitle')}>
            <table className="w-full text-left text-sm" data-testid="conflict-list">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col">{t('conflict.employee')}</th>
                  <th scope="col">{t('conflict.kind')}</th>
                  <th scope="col">{t('conflict.original')}</th>
                  <th scope="col">{t('conflict.rater')}</th>
                  <th scope="col">{t('conflict.statusLabel')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td className={cell}>
                      {r.employeeName}
                      <span className="block text-slate-600">
                        {periodLabel(t, r.period)} · {f.date(r.requestedOn)}
                      </span>
                    </td>
                    <td className={cell}>
                      {t(`conflict.kinds.${r.kind}`)}
                      {r.reasonKind && (
                        <span className="block">{t(`conflict.reasonKinds.${r.reasonKind}`)}</span>
                      )}
                      {r.reason && (
                        <span className="block whitespace-pre-line text-slate-700">{r.reason}</span>
                      )}
                    </td>
                    <td className={cell}>{r.originalRater}</td>
                    <td className={cell}>
                      {r.rater ?? t('conflict.noRater')}
                      {r.status === 'active' && r.period.open && (
                        <div className="mt-2 min-w-48">
                          <DesignateForm reassignmentId={r.id} />
                        </div>
                      )}
                    </td>
                    <td className={cell}>
                      {t(`conflict.status.${r.status}`)}
                      {r.decisionNote && <span className="block text-slate-700">{r.decisionNote}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </ClientMessages>
  );
}
