import { notFound } from 'next/navigation';
import { SkpView } from '@/components/skp/skp-view';
import { PrintButton } from '@/components/ui/print-button';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { formatNip } from '@/lib/domain/nip';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { printedOn } from '@/lib/pdf/printed';
import { getSkpDocument } from '@/lib/skp/queries';

export default async function PrintSkpPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const raw = await params;
  const id = parseId(raw.id) ?? notFound();
  const doc = await getSkpDocument(getDb(), viewer, id, today());
  if (!doc) notFound();
  const [t, printed] = await Promise.all([getTranslations('skp'), printedOn()]);
  const signer = (title: string, person: typeof doc.employee | null) => (
    <div className="w-72 text-center">
      <p>{title}</p>
      <div className="h-20" />
      <p className="font-semibold underline">{person?.name ?? '—'}</p>
      {person && (
        <p className="font-mono text-sm">
          {t(person.employeeKind === 'PPPK' ? 'niPppk' : 'nip')} {formatNip(person.nip, person.employeeKind)}
        </p>
      )}
    </div>
  );
  return (
    <article className="space-y-4 text-[13px]">
      <div className="no-print flex justify-end">
        <PrintButton label={t('print')} />
      </div>
      <header className="text-center">
        <p className="font-semibold">{doc.agencyName.toUpperCase()}</p>
        <h1 className="text-xl font-bold">{t('printTitle')}</h1>
        <p>{t('period', { year: doc.year })}</p>
        <p>
          {t('approach')}: {t(`approaches.${doc.approach}`)} · {t('revision', { n: doc.revision })} ·{' '}
          {t(`status.${doc.status}`)}
        </p>
        {doc.status !== 'approved' && <p className="mt-1 font-bold text-red-700">{t('notApproved')}</p>}
      </header>
      <SkpView doc={doc} />
      <section className="flex justify-between pt-6" style={{ breakInside: 'avoid' }}>
        {signer(t('employee'), doc.employee)}
        <div>
          <p className="text-center">{printed.placeAndDate}</p>
          {signer(t('penilai'), doc.pejabatPenilai)}
        </div>
      </section>
    </article>
  );
}
