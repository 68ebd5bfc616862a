import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { config } from '@/lib/config';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { parseId } from '@/lib/ids';
import { skpRealisation } from '@/lib/realisation/queries';
import { getSkpDocument } from '@/lib/skp/queries';
import { EntryForm } from './entry-form';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('realisation'))('form.title') };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The owner enters (or changes, while pending or returned) one indicator's realisation for one period. */
export default async function EntryPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const [raw, query] = await Promise.all([params, searchParams]);
  const skpId = parseId(raw.id) ?? notFound();
  const indicatorId = parseId(one(query.indicator) ?? '') ?? notFound();
  const periodId = parseId(one(query.period) ?? '') ?? notFound();
  const db = getDb();
  const on = today();
  const doc = await getSkpDocument(db, viewer, skpId, on);
  if (!doc || doc.employee.id !== viewer.employeeId) notFound();
  const items = await skpRealisation(db, viewer, doc, on);
  const ind = items.find((i) => i.indicatorId === indicatorId);
  const slot = ind?.slots.find((s) => s.period.id === periodId);
  if (!ind || !slot?.canEnter) notFound();
  const [t, root, f] = await Promise.all([getTranslations('realisation'), getTranslations(), getFormats()]);
  const e = slot.entry;
  return (
    <ClientMessages namespaces={['realisation', 'reports.validation']}>
      <div className="max-w-2xl space-y-4">
        <p>
          <Link className="text-emerald-800 underline" href={`/skp/${skpId}#realisation`}>
            {t('form.back')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t('form.title')}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t('indicator')}</dt>
          <dd>{ind.text}</dd>
          <dt className="font-medium">{t('period')}</dt>
          <dd>
            {periodLabel(root, slot.period)} ({f.date(slot.period.startsOn, 'medium')} –{' '}
            {f.date(slot.period.endsOn, 'medium')})
          </dd>
          <dt className="font-medium">{t('target')}</dt>
          <dd>
            {f.number(Number(ind.targetValue), 2)} {ind.targetUnit} · {t(`measure.${ind.measure}`)}
          </dd>
        </dl>
        {e?.status === 'returned' && e.reviewComment && (
          <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="returned-comment">
            <p className="font-medium">{t('returnedBanner')}</p>
            <p className="whitespace-pre-line">{e.reviewComment}</p>
          </div>
        )}
        <EntryForm
          unit={ind.targetUnit}
          hint={t(`valueHint.${ind.measure}`)}
          maxMb={Math.round(config.evidenceMaxBytes / 1024 / 1024)}
          files={e?.files.map((x) => x.name) ?? []}
          narrative={ind.measure === 'qualitative'}
          values={{
            kind: ind.measure === 'qualitative' ? 'narrative' : 'value',
            indicatorId: String(indicatorId),
            periodId: String(periodId),
            entryId: e ? String(e.id) : '',
            version: e ? String(e.version) : '',
            value: e ? e.value : '',
            evidenceLink: e?.evidenceLink ?? '',
            note: e?.note ?? '',
          }}
        />
      </div>
    </ClientMessages>
  );
}
