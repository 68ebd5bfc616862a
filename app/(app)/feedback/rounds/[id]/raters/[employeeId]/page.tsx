import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { today } from '@/lib/domain/dates';
import { raterList } from '@/lib/feedback/rounds/queries';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { RaterChangeForm } from './rater-change-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('feedback'))('raters.title') };
}

type Params = Promise<{ id: string; employeeId: string }>;

export default async function RatersPage({ params }: { params: Params }) {
  const viewer = await requireViewer();
  const raw = await params;
  const id = parseId(raw.id) ?? notFound();
  const employeeId = parseId(raw.employeeId) ?? notFound();
  const [list, t] = await Promise.all([
    raterList(getDb(), viewer, id, employeeId, today()),
    getTranslations(),
  ]);
  if (!list) notFound();
  const { round, ratee } = list;
  const draft = round.status === 'draft';
  return (
    <ClientMessages namespaces={['feedback']}>
      <div className="max-w-4xl space-y-6">
        <p>
          <Link href="/feedback" className="text-emerald-800 underline">
            ← {t('feedback.title')}
          </Link>
        </p>
        <div>
          <h1 className="text-2xl font-bold">{t('feedback.raters.heading', { name: ratee.name })}</h1>
          <p className="text-slate-700">
            {ratee.position} · {round.name} · {periodLabel(t, round.period)} ·{' '}
            {t(`feedback.roundStatus.${round.status}`)}
          </p>
        </div>
        <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-3 text-sm">
          {t(draft ? 'feedback.raters.helpDraft' : 'feedback.raters.helpOpen')}
        </p>
        <TableScroll label={t('feedback.raters.title')}>
          <table className="w-full border-collapse bg-white text-sm" data-testid="raters">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th className="p-2">{t('feedback.raters.rater')}</th>
                <th className="p-2">{t('feedback.tasks.relation')}</th>
                <th className="p-2">{t('feedback.raters.note')}</th>
                {draft && <th className="p-2">{t('feedback.raters.change')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.raters.map((r) => (
                <tr key={r.requestId} className="border-b border-slate-200 align-top">
                  <td className="p-2">
                    <span className="font-medium">{r.name}</span>
                    <span className="block text-slate-600">
                      {r.position} · {r.nip}
                    </span>
                  </td>
                  <td className="p-2">{t(`feedback.groups.${r.group}`)}</td>
                  <td className="p-2">
                    {r.declined
                      ? `${t('feedback.raters.declined', { kind: t(`feedback.decline.kinds.${r.declined.kind}`) })}${
                          r.declined.reason ? ` — ${r.declined.reason}` : ''
                        }${r.declined.replaced ? ` (${t('feedback.raters.replaced')})` : ''}`
                      : ''}
                  </td>
                  {draft && (
                    <td className="p-2">
                      {(r.group === 'peer' || r.group === 'subordinate') && (
                        <RaterChangeForm
                          roundId={round.id}
                          rateeId={ratee.id}
                          change="remove"
                          requestId={r.requestId}
                          label={t('feedback.raters.remove')}
                          idPrefix={`remove-${r.requestId}`}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {list.proposals.length > 0 && round.status !== 'closed' && (
          <section
            aria-labelledby="proposals-h"
            className="space-y-3 rounded-lg border border-amber-700 bg-amber-50 p-4"
          >
            <h2 id="proposals-h" className="text-lg font-semibold">
              {t('feedback.raters.proposals')}
            </h2>
            {list.proposals.map((p) => (
              <div key={p.nip} className="space-y-1">
                <p>
                  <span className="font-medium">{p.name}</span> — {p.position} · {p.nip}
                </p>
                <RaterChangeForm
                  roundId={round.id}
                  rateeId={ratee.id}
                  change="add"
                  raterNip={p.nip}
                  defaultReason={t('feedback.raters.replacementReason')}
                  label={t('feedback.raters.addProposed')}
                  idPrefix={`propose-${p.nip}`}
                />
              </div>
            ))}
          </section>
        )}
        {round.status !== 'closed' && (
          <section aria-labelledby="add-h" className="space-y-2">
            <h2 id="add-h" className="text-lg font-semibold">
              {t('feedback.raters.addTitle')}
            </h2>
            <RaterChangeForm
              roundId={round.id}
              rateeId={ratee.id}
              change="add"
              label={t('feedback.raters.add')}
              idPrefix="add"
            />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
