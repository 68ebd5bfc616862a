import { notFound, redirect } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { getSkpDocument, getSkpEditor } from '@/lib/skp/queries';
import { SkpEditor } from './skp-editor';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function EditSkpPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const raw = await params;
  const id = parseId(raw.id) ?? notFound();
  const db = getDb();
  const on = today();
  const editor = await getSkpEditor(db, viewer, id, on);
  if (!editor) {
    // Visible but not editable now (someone else's, or already submitted): show it instead.
    if (await getSkpDocument(db, viewer, id, on)) redirect(`/skp/${id}`);
    notFound();
  }
  const [t, query] = await Promise.all([getTranslations('skp'), searchParams]);
  const { doc } = editor;
  return (
    <ClientMessages namespaces={['skp', 'realisation']}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title', { year: doc.year })}</h1>
        <p className="text-slate-700">
          {t('statusLabel')}: <strong>{t(`status.${doc.status}`)}</strong> ·{' '}
          {t('revision', { n: doc.revision })}
        </p>
        {query.saved && (
          <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
            {t('saved')}
          </p>
        )}
        {doc.status === 'returned' && doc.returnComment && (
          <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
            <p className="font-medium">{t('returnedBanner')}</p>
            <p className="whitespace-pre-line">{doc.returnComment}</p>
          </div>
        )}
        {!editor.jpt && editor.supervisorName === null && (
          <p className="rounded bg-amber-50 p-3">{t('noSupervisor')}</p>
        )}
        {!editor.jpt && editor.supervisorName !== null && editor.parentSkpStatus !== 'approved' && (
          <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="parent-unavailable">
            {t('parentUnavailable', { name: editor.supervisorName })}
          </p>
        )}
        {editor.jpt && editor.unitGoals.length === 0 && (
          <p className="rounded bg-amber-50 p-3">{t('noUnitGoals')}</p>
        )}
        <SkpEditor
          skpId={doc.id}
          version={doc.version}
          approach={doc.approach}
          jpt={editor.jpt}
          parentOptions={editor.parentOptions}
          unitGoals={editor.unitGoals}
          rows={doc.rhks.map((r) => ({
            rhkId: String(r.id),
            kind: r.kind,
            text: r.text,
            parentRhkId: r.parent ? String(r.parent.id) : '',
            unitGoalId: r.unitGoal ? String(r.unitGoal.id) : '',
            indicators: r.indicators.map((i) => ({
              indicatorId: String(i.id),
              aspek: i.aspek,
              measure: i.measure ?? '',
              text: i.text,
              targetValue: i.targetValue,
              targetUnit: i.targetUnit,
            })),
          }))}
        />
      </div>
    </ClientMessages>
  );
}
