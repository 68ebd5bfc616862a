import { notFound } from 'next/navigation';
import {
  AppraisalIdentity,
  BehaviourTable,
  RatingSummary,
  ResultsTable,
  WhySection,
} from '@/components/appraisal/appraisal-view';
import { CoachingEvidence } from '@/components/appraisal/coaching-evidence';
import { PrintButton } from '@/components/ui/print-button';
import { getDb } from '@/db';
import { getAppraisal } from '@/lib/appraisal/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { today } from '@/lib/domain/dates';
import { formatNip } from '@/lib/domain/nip';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { printedOn } from '@/lib/pdf/printed';
import type { SkpPerson } from '@/lib/skp/types';

export default async function PrintAppraisalPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const raw = await params;
  const id = parseId(raw.id) ?? notFound();
  const on = today();
  const doc = await getAppraisal(getDb(), viewer, id, on);
  if (!doc || doc.status === 'draft') notFound();
  const [t, printed] = await Promise.all([getTranslations(), printedOn()]);
  const period = periodLabel(t, doc.period);
  const signer = (title: string, person: SkpPerson | null, dated = false) => (
    <div className="w-60 text-center">
      <p>{dated ? printed.placeAndDate : '\u00a0'}</p>
      <p>{title}</p>
      <div className="h-20" />
      <p className="font-semibold underline">{person?.name ?? '—'}</p>
      {person && (
        <p className="font-mono text-sm">
          {t(person.employeeKind === 'PPPK' ? 'skp.niPppk' : 'skp.nip')}{' '}
          {formatNip(person.nip, person.employeeKind)}
        </p>
      )}
    </div>
  );
  return (
    <article className="space-y-4 text-[13px]">
      <div className="no-print flex justify-end">
        <PrintButton label={t('appraisal.print')} />
      </div>
      <header className="text-center">
        <p className="font-semibold">{doc.agencyName.toUpperCase()}</p>
        <h1 className="text-xl font-bold">{t('appraisal.documentTitle')}</h1>
        <p>{period}</p>
        <p>
          {t('appraisal.statusLabel')}: {t(`appraisal.status.${doc.status}`)}
        </p>
      </header>
      <AppraisalIdentity doc={doc} />
      <ResultsTable rhks={doc.rhks} />
      <BehaviourTable doc={doc} />
      <CoachingEvidence doc={doc} on={on} />
      <RatingSummary doc={doc} />
      <WhySection doc={doc} />
      <section className="flex justify-between pt-6" style={{ breakInside: 'avoid' }}>
        {signer(t('appraisal.employee'), doc.employee)}
        {signer(t('appraisal.evaluator'), doc.evaluator, true)}
        {signer(t('appraisal.atasan'), doc.atasan)}
      </section>
    </article>
  );
}
