import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { listUnitTree } from '@/lib/admin/org/units/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';
import { CreateUnitForm } from './unit-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminOrg'))('units.title') };
}

/** The agency's unit tree (admins only): each unit indented under its parent, with its active people. */
export default async function UnitsPage() {
  const viewer = await requireViewer();
  const units = await listUnitTree(getDb(), viewer);
  if (!units) notFound();
  const t = await getTranslations('adminOrg');
  const parents = units
    .filter((u) => u.active && u.kind !== 'subbagian')
    .map((u) => ({ value: String(u.id), label: `${'— '.repeat(u.depth)}${u.name}` }));
  return (
    <ClientMessages namespaces={['adminOrg', 'jabatanKind']}>
      <div className="max-w-4xl space-y-4">
        <Link href="/admin" className="text-sm text-emerald-800 underline">
          {t('back')}
        </Link>
        <h1 className="text-2xl font-bold">{t('units.title')}</h1>
        <p className="text-slate-700">{t('units.intro')}</p>
        <CreateUnitForm parents={parents} />
        <section aria-labelledby="unit-tree" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="unit-tree" className="mb-2 text-lg font-semibold">
            {t('units.tree')}
          </h2>
          <ul data-testid="unit-tree" className="divide-y divide-slate-100">
            {units.map((u) => (
              <li
                key={u.id}
                className="flex flex-wrap items-baseline gap-x-2 py-1"
                style={{ paddingInlineStart: `${Math.min(u.depth, 6) * 1.25}rem` }}
              >
                <Link
                  href={`/admin/units/${u.id}`}
                  className={`underline ${u.active ? 'text-emerald-800' : 'text-slate-500'}`}
                >
                  {u.name}
                </Link>
                <span className="text-xs text-slate-600">
                  {t(`units.kinds.${u.kind}`)} · {u.code} · {t('units.people', { count: u.people })}
                </span>
                {!u.active && (
                  <span className="rounded bg-slate-200 px-1.5 text-xs text-slate-700">
                    {t('units.closedBadge')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </ClientMessages>
  );
}
