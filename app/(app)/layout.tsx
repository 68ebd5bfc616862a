import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from '@/components/language-switcher';
import { LogoutButton } from '@/components/logout-button';
import { getDb } from '@/db';
import { canManageOrganisation, canSeeAgencyOverview } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { pendingTaskCount } from '@/lib/feedback/queries';
import { unreadCount } from '@/lib/notifications/queries';
import { pendingForReview } from '@/lib/reports/queries';
import { currentPath } from '@/lib/request-path';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [t, path] = await Promise.all([getTranslations(), currentPath()]);
  const [unread, pending, feedbackDue] = await Promise.all([
    unreadCount(getDb(), viewer),
    viewer.isSupervisor ? pendingForReview(getDb(), viewer, today()) : 0,
    pendingTaskCount(getDb(), viewer, today()),
  ]);
  const links = [
    { href: '/', label: t('nav.home') },
    { href: '/skp', label: t('nav.skp') },
    { href: '/reports', label: t('nav.reports') },
    { href: '/feedback', label: t('nav.feedback', { count: feedbackDue }) },
    { href: '/appraisals', label: t('nav.appraisals') },
    ...(viewer.isSupervisor
      ? [
          { href: '/team/queue', label: t('nav.queue', { count: pending }) },
          { href: '/team', label: t('nav.team') },
          { href: '/team/matrix', label: t('nav.matrix') },
        ]
      : []),
    ...(canSeeAgencyOverview(viewer)
      ? [
          { href: '/overview', label: t('nav.overview') },
          { href: '/goals', label: t('nav.goals') },
        ]
      : []),
    ...(canManageOrganisation(viewer) ? [{ href: '/holidays', label: t('nav.holidays') }] : []),
    { href: '/notifications', label: t('notifications.unread', { count: unread }) },
    { href: '/account/password', label: t('nav.password') },
  ];
  // The most specific link containing the current path is the current page.
  const pathname = path.split('?')[0] ?? '/';
  const activeHref = links
    .filter((l) =>
      l.href === '/' ? pathname === '/' : pathname === l.href || pathname.startsWith(`${l.href}/`),
    )
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const roles = [
    t('roles.employee'),
    ...(viewer.isSupervisor ? [t('roles.supervisor')] : []),
    ...(viewer.roles.includes('leadership') ? [t('roles.leadership')] : []),
    ...(viewer.roles.includes('admin') ? [t('roles.admin')] : []),
  ];
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-slate-300 bg-white">
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
              const active = l.href === activeHref;
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
