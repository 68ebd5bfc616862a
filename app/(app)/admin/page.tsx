import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ADMIN_SECTIONS } from '@/lib/admin/sections';
import { canManageOrganisation } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

/** The administration area's index: one card per section, for admins only. */
export default async function AdminPage() {
  const viewer = await requireViewer();
  if (!canManageOrganisation(viewer)) notFound();
  const t = await getTranslations('admin');
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="admin-sections">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.key}>
            <Link
              href={s.href}
              className="block h-full rounded border border-slate-300 bg-white p-4 hover:border-emerald-700 hover:bg-emerald-50"
            >
              <span className="block font-semibold text-emerald-800 underline">
                {t(`sections.${s.key}.title`)}
              </span>
              <span className="mt-1 block text-sm text-slate-700">{t(`sections.${s.key}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
