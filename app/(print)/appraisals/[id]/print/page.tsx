import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import {
  AppraisalIdentity,
  BehaviourTable,
  periodLabel,
  RatingSummary,
  ResultsTable,
  WhySection,
} from '@/components/appraisal/appraisal-view';
import { PrintButton } from '@/components/ui/print-button';
import { getDb } from '@/db';
import { getAppraisal } from '@/lib/appraisal/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { formatNip } from '@/lib/domain/nip';
import { getFormats } from '@/lib/i18n/server-format';
import type { SkpPerson } from '@/lib/skp/types';

export default async function PrintAppraisalPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const doc = await getAppraisal(getDb(), viewer, Number(id), today());
  if (!doc || doc.status === 'draft') notFound();
  const [t, f, period] = await Promise.all([getTranslations(), getFormats(), periodLabel(doc.period)]);
  const date = f.date(today());
  const signer = (title: string, person: SkpPerson | null, dated = false) => (
    <div className="w-60 text-center">
      <p>{dated ? t('skp.placeDate', { date }) : '\u00a0'}</p>
      <p>{title}</p>
      <div className="h-20" />
      <p className="font-semibold underline">{person?.name ?? '—'}</p>
      {person && (
        <p className="font-mono text-sm">
          {t('skp.nip')} {formatNip(person.nip, person.employeeKind)}
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
