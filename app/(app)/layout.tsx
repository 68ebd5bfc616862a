import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from '@/components/language-switcher';
import { LogoutButton } from '@/components/logout-button';
import { canSeeAgencyOverview } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { currentPath } from '@/lib/request-path';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [t, path] = await Promise.all([getTranslations(), currentPath()]);
  const links = [
    { href: '/', label: t('nav.home') },
    ...(canSeeAgencyOverview(viewer) ? [{ href: '/overview', label: t('nav.overview') }] : []),
    { href: '/account/password', label: t('nav.password') },
  ];
  const roles = [
    t('roles.employee'),
    ...(viewer.isSupervisor ? [t('roles.supervisor')] : []),
    ...(viewer.roles.includes('leadership') ? [t('roles.leadership')] : []),
    ...(viewer.roles.includes('admin') ? [t('roles.admin')] : []),
  ];
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="text-xs font-medium text-emerald-800">{t('app.agency')}</p>
            <p className="text-lg font-bold">{t('app.name')}</p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <LanguageSwitcher returnTo={path} />
            <div className="text-right text-sm">
              <p data-testid="signed-in-as">{t('nav.signedInAs', { name: viewer.name })}</p>
              <p className="text-slate-600" data-testid="roles">
                {roles.join(' · ')}
              </p>
            </div>
            <LogoutButton label={t('nav.logout')} />
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="mx-auto max-w-6xl px-4">
          <ul className="flex flex-wrap gap-1">
            {links.map((l) => {
              const active = l.href === '/' ? path === '/' : path.startsWith(l.href);
              return (
                <li key={l.href}>
                  <Link
                    href={l.href}
                    aria-current={active ? 'page' : undefined}
                    className="inline-block border-b-2 border-transparent px-3 py-2 hover:border-slate-400 aria-[current=page]:border-emerald-700 aria-[current=page]:font-semibold"
                  >
                    {l.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
