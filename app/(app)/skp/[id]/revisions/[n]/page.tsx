import { notFound } from 'next/navigation';
import { SkpView } from '@/components/skp/skp-view';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { getRevision } from '@/lib/skp/revisions';

export default async function RevisionPage({ params }: { params: Promise<{ id: string; n: string }> }) {
  const viewer = await requireViewer();
  const raw = await params;
  const id = parseId(raw.id) ?? notFound();
  const n = parseId(raw.n) ?? notFound();
  const doc = await getRevision(getDb(), viewer, id, n, today());
  if (!doc) notFound();
  const t = await getTranslations('skp');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('revisionTitle', { year: doc.year, n: doc.revision })}</h1>
      <p className="rounded border-l-4 border-slate-500 bg-slate-100 p-3">{t('revisionArchived')}</p>
      <SkpView doc={doc} />
    </div>
  );
}
