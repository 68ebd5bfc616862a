import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SkpView } from '@/components/skp/skp-view';
import { ActionButton } from '@/components/ui/action-button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { skpRealisation } from '@/lib/realisation/queries';
import { discardRevisionAction, reviseSkpAction, submitSkpAction } from '@/lib/skp/actions';
import { getSkpDocument, skpPermissions } from '@/lib/skp/queries';
import { listRevisions } from '@/lib/skp/revisions';
import { DecisionForm } from './decision-form';
import { ExpectationsForm } from './expectations-form';
import { RealisationSection } from './realisation-section';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

/**
 * What the page's client forms say in the browser (DecisionForm, ExpectationsForm, ReviewEntryForm) and
 * their schemas' messages; the rest of `skp` and `realisation` is translated on the server.
 */
const CLIENT_MESSAGES = [
  'skp.decisionTitle',
  'skp.returnComment',
  'skp.returnCommentHint',
  'skp.approve',
  'skp.return',
  'skp.saving',
  'skp.expectation',
  'skp.expectationFor',
  'skp.expectationsSave',
  'skp.validation',
  'berakhlak',
  'realisation.review',
  'realisation.judgement',
  'realisation.saving',
  'realisation.validation',
  'reports.validation',
];

export async function generateMetadata(): Promise<Metadata> {
  return { title: 'SKP' };
}

export default async function SkpPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const raw = await params;
  const id = parseId(raw.id) ?? notFound();
  const db = getDb();
  const on = today();
  const doc = await getSkpDocument(db, viewer, id, on);
  if (!doc) notFound();
  const [can, revisions, t, format, query, realisation] = await Promise.all([
    skpPermissions(db, viewer, doc, on),
    listRevisions(db, viewer, doc.id, on),
    getTranslations(),
    getFormatter(),
    searchParams,
    skpRealisation(db, viewer, doc, on),
  ]);
  const notice = query.submitted
    ? t('skp.submittedNotice')
    : query.decided === 'approve'
      ? t('skp.decided.approve')
      : query.decided === 'return'
        ? t('skp.decided.return')
        : query.discarded
          ? t('skp.discardedNotice', { n: doc.revision })
          : null;
  const ref = { skpId: doc.id, version: doc.version };
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES}>
      <div className="space-y-6">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-bold">{t('skp.title', { year: doc.year })}</h1>
            <p className="text-slate-700">
              {doc.employee.name} · {t('skp.approach')}: {t(`skp.approaches.${doc.approach}`)} ·{' '}
              {t('skp.revision', { n: doc.revision })}
            </p>
            <p className="mt-1">
              {t('skp.statusLabel')}:{' '}
              <strong data-testid="skp-status">{t(`skp.status.${doc.status}`)}</strong>
              {doc.status === 'approved' && (
                <span
                  className={doc.approvedLate ? 'ml-2 text-amber-800' : 'ml-2 text-emerald-800'}
                  data-testid="skp-late"
                >
                  ({doc.approvedLate ? t('skp.late') : t('skp.onTime')})
                </span>
              )}
            </p>
          </div>
          <nav className="flex gap-3 text-sm">
            <Link className="text-emerald-800 underline" href={`/skp/${doc.id}/print`}>
              {t('skp.print')}
            </Link>
            <a className="text-emerald-800 underline" href={`/skp/${doc.id}/pdf`}>
              {t('skp.pdf')}
            </a>
          </nav>
        </header>
        {notice && (
          <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
            {notice}
          </p>
        )}
        {doc.status === 'returned' && doc.returnComment && (
          <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="return-comment">
            <p className="font-medium">{t('skp.returnedBanner')}</p>
            <p className="whitespace-pre-line">{doc.returnComment}</p>
          </div>
        )}
        <div className="flex flex-wrap items-start gap-3">
          {can.canEdit && (
            <Link href={`/skp/${doc.id}/edit`} className="btn btn-primary">
              {t('skp.edit')}
            </Link>
          )}
          {can.canSubmit && (
            <ActionButton
              action={submitSkpAction}
              fields={ref}
              label={t('skp.submit')}
              pendingLabel={t('skp.saving')}
            />
          )}
          {can.canRevise && (
            <ConfirmAction
              action={reviseSkpAction}
              fields={ref}
              label={t('skp.revise')}
              explanation={t('skp.reviseConfirm')}
              confirmLabel={t('skp.reviseYes')}
              pendingLabel={t('skp.saving')}
              testId="revise"
            />
          )}
          {can.canDiscard && (
            <ConfirmAction
              action={discardRevisionAction}
              fields={ref}
              label={t('skp.discard', { n: doc.revision })}
              explanation={t('skp.discardConfirm', { n: doc.revision, approved: doc.revision - 1 })}
              confirmLabel={t('skp.discardYes', { n: doc.revision })}
              pendingLabel={t('skp.saving')}
              testId="discard"
            />
          )}
        </div>
        {can.canDiscard && (
          <p className="text-sm text-slate-700" data-testid="approved-in-force">
            <Link
              className="text-emerald-800 underline"
              href={`/skp/${doc.id}/revisions/${doc.revision - 1}`}
            >
              {t('skp.approvedInForce', { n: doc.revision - 1 })}
            </Link>
          </p>
        )}
        {can.canDecide && <DecisionForm skpId={doc.id} version={doc.version} />}
        <SkpView doc={doc} />
        <RealisationSection
          skpId={doc.id}
          items={realisation}
          saved={query.realisation === 'saved'}
          decided={query.entry === 'validate' || query.entry === 'return' ? query.entry : null}
        />
        {can.canWriteExpectations && (
          <ExpectationsForm
            skpId={doc.id}
            current={Object.fromEntries(doc.expectations.map((e) => [e.value, e.text ?? '']))}
          />
        )}
        {revisions.length > 0 && (
          <section aria-labelledby="revisions">
            <h2 id="revisions" className="mb-2 text-lg font-semibold">
              {t('skp.revisions')}
            </h2>
            <ul className="list-disc pl-6">
              {revisions.map((r) => (
                <li key={r.revision}>
                  <Link
                    className="text-emerald-800 underline"
                    href={`/skp/${doc.id}/revisions/${r.revision}`}
                  >
                    {t('skp.revisionApproved', {
                      n: r.revision,
                      date: format.dateTime(r.approvedAt, { dateStyle: 'long' }),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
