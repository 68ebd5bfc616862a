import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import {
  AppraisalIdentity,
  BehaviourTable,
  RatingSummary,
  ResultsTable,
  WhySection,
} from '@/components/appraisal/appraisal-view';
import { CoachingEvidence } from '@/components/appraisal/coaching-evidence';
import { SuggestionBasis } from '@/components/appraisal/suggestion-basis';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionButton } from '@/components/ui/action-button';
import { getDb } from '@/db';
import { acceptAppraisalAction } from '@/lib/appraisal/actions';
import { appraisalPermissions, getAppraisal } from '@/lib/appraisal/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { config } from '@/lib/config';
import { hasilFromOrgResult } from '@/lib/domain/appraisal';
import { today } from '@/lib/domain/dates';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { parseId } from '@/lib/ids';
import { DecisionForm, ObjectionForm } from './answer-forms';
import { AppraisalForm } from './appraisal-form';
import { Feedback360 } from './feedback-360';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('appraisal'))('title') };
}

const NOTICES = ['saved', 'delivered', 'accepted', 'objected', 'decided'] as const;

export default async function AppraisalPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const id = parseId((await params).id) ?? notFound();
  const db = getDb();
  const on = today();
  const doc = await getAppraisal(db, viewer, id, on);
  if (!doc) notFound();
  const [can, t, f, locale, query] = await Promise.all([
    appraisalPermissions(db, viewer, doc, on),
    getTranslations(),
    getFormats(),
    getLocale(),
    searchParams,
  ]);
  const period = periodLabel(t, doc.period);
  const date = (iso: string) => f.date(iso);
  const notice = NOTICES.find((n) => query[n]);
  const peerView = Object.fromEntries(
    (doc.feedback?.values ?? []).map((v) => [
      v.value,
      v.peers
        ? t('appraisal.peerView', {
            atas: v.peers.di_atas,
            sesuai: v.peers.sesuai,
            bawah: v.peers.di_bawah,
          })
        : t('appraisal.feedback360.notEnough'),
    ]),
  );
  return (
    <ClientMessages
      namespaces={['appraisal', 'berakhlak', 'predikat', 'ratings', 'realisation.missing', 'skp.kind']}
    >
      <div className="space-y-6">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-bold">{t('appraisal.pageTitle', { name: doc.employee.name })}</h1>
            <p className="text-slate-700">{period}</p>
            <p className="mt-1">
              {t('appraisal.statusLabel')}:{' '}
              <strong data-testid="appraisal-status">{t(`appraisal.status.${doc.status}`)}</strong>
              {doc.deliveredOn && (
                <span className="ml-2 text-slate-700">
                  · {t('appraisal.deliveredOn', { date: date(doc.deliveredOn) })}
                </span>
              )}
              {!doc.period.open && (
                <span className="ml-2 text-amber-800">· {t('appraisal.periodClosed')}</span>
              )}
            </p>
          </div>
          {doc.status !== 'draft' && (
            <nav className="flex gap-3 text-sm">
              <Link className="text-emerald-800 underline" href={`/appraisals/${doc.id}/print`}>
                {t('appraisal.print')}
              </Link>
              <a className="text-emerald-800 underline" href={`/appraisals/${doc.id}/pdf`}>
                {t('appraisal.pdf')}
              </a>
            </nav>
          )}
        </header>
        {notice && (
          <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
            {t(`appraisal.notice.${notice}`)}
          </p>
        )}
        {doc.status === 'draft' && doc.calibration.length > 0 && (
          <p className="rounded border-l-4 border-sky-700 bg-sky-50 p-3" data-testid="calibration-notice">
            {t('calibration.draftNotice', {
              by: doc.calibration.at(-1)?.by ?? '',
              text: doc.calibration.at(-1)?.justification ?? '',
            })}
          </p>
        )}
        <AppraisalIdentity doc={doc} />
        {doc.role !== 'atasan' && <Feedback360 results={doc.feedback} />}
        {!doc.orgResult && <SuggestionBasis suggestion={doc.suggestion} />}
        {can.canEdit ? (
          <AppraisalForm
            appraisalId={doc.id}
            version={doc.version}
            rhks={doc.rhks}
            behaviours={Object.fromEntries(doc.behaviours.map((b) => [b.value, b.feedback]))}
            ratingHasil={doc.ratingHasil}
            ratingPerilaku={doc.ratingPerilaku}
            justification={doc.justification}
            suggested={doc.orgResult ? hasilFromOrgResult(doc.orgResult) : (doc.suggestion?.rating ?? null)}
            fixedByOrg={doc.orgResult !== null}
            peerView={peerView}
            decimal={locale === 'id' ? ',' : '.'}
          />
        ) : (
          <>
            <ResultsTable rhks={doc.rhks} />
            <BehaviourTable doc={doc} />
            <RatingSummary doc={doc} />
          </>
        )}
        <CoachingEvidence doc={doc} on={on} />
        {doc.status !== 'draft' && <WhySection doc={doc} />}
        {doc.objection && (
          <section
            aria-labelledby="objection"
            className="space-y-2 rounded-lg border border-slate-300 bg-white p-4"
            data-testid="objection"
          >
            <h2 id="objection" className="text-lg font-semibold">
              {t('appraisal.objection.filed', { date: date(doc.objection.filedOn) })}
            </h2>
            <p className="whitespace-pre-line">{doc.objection.reasons}</p>
            {doc.objection.files.length > 0 && (
              <ul className="list-disc pl-6">
                {doc.objection.files.map((f) => (
                  <li key={f.id}>
                    <a className="text-emerald-800 underline" href={`/appraisals/files/${f.id}`}>
                      {f.name}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {can.canAccept && (
          <div className="flex flex-wrap items-start gap-6">
            <div className="space-y-1">
              <ActionButton
                action={acceptAppraisalAction}
                fields={{ appraisalId: doc.id, version: doc.version }}
                label={t('appraisal.accept')}
                pendingLabel={t('appraisal.saving')}
              />
              <p className="text-sm text-slate-600">{t('appraisal.acceptHint')}</p>
            </div>
          </div>
        )}
        {can.canObject && doc.objectionDeadline && (
          <ObjectionForm
            appraisalId={doc.id}
            version={doc.version}
            deadline={date(doc.objectionDeadline)}
            maxMb={config.evidenceMaxBytes / 1024 / 1024}
          />
        )}
        {can.canDecide && <DecisionForm appraisalId={doc.id} version={doc.version} />}
      </div>
    </ClientMessages>
  );
}
