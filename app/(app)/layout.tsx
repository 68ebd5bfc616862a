import Link from 'next/link';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from '@/components/language-switcher';
import { Abbr } from '@/components/ui/abbr';
import { getDb } from '@/db';
import { canManageOrganisation, canSeeAgencyOverview } from '@/lib/auth/policy';
import { hasRole, requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { navCounts } from '@/lib/nav/counts';
import { currentPath } from '@/lib/request-path';
import { LogoutButton } from './logout-button';
import { Menu } from './menu';
import { NavMenu } from './nav-menu';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [t, path] = await Promise.all([getTranslations(), currentPath()]);
  const { unread, toValidate: pending, feedbackDue } = await navCounts(getDb(), viewer, today());
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
    ...(hasRole(viewer, 'leadership') ? [{ href: '/calibration', label: t('calibration.nav') }] : []),
    ...(canManageOrganisation(viewer) ? [{ href: '/admin', label: t('admin.nav') }] : []),
    { href: '/notifications', label: t('notifications.unread', { count: unread }) },
  ];
  const roles = [
    t('roles.employee'),
    ...(viewer.isSupervisor ? [t('roles.supervisor')] : []),
    ...(viewer.roles.includes('leadership') ? [t('roles.leadership')] : []),
    ...(viewer.roles.includes('admin') ? [t('roles.admin')] : []),
  ];
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <div className="mr-auto">
            <p className="text-xs font-medium text-emerald-800">{t('app.agency')}</p>
            <p className="text-lg font-bold">{t('app.name')}</p>
          </div>
          <div className="order-last w-full text-sm sm:order-none sm:w-auto sm:text-right">
            <p data-testid="signed-in-as">
              {t.rich('nav.signedInAs', {
                name: viewer.name,
                profile: (chunks) => (
                  <Link href="/profile" className="text-emerald-800 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <p className="text-slate-600" data-testid="roles">
              {roles.join(' · ')}
            </p>
          </div>
          <Menu
            className="relative"
            summaryClassName="menu-summary"
            testId="account-menu"
            summary={
              <>
                {t('nav.account')} <span aria-hidden="true">▾</span>
              </>
            }
          >
            <div className="absolute right-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-3 rounded-lg border border-slate-300 bg-white p-3 shadow-lg">
              <Link href="/account/password" className="block text-emerald-800 underline">
                {t('nav.password')}
              </Link>
              <LanguageSwitcher returnTo={path} />
              <LogoutButton label={t('nav.logout')} />
            </div>
          </Menu>
        </div>
        <nav aria-label={t('nav.label')} className="mx-auto max-w-6xl px-4 pb-2 lg:pb-0">
          <NavMenu
            links={links.map((l) => ({ href: l.href, label: <Abbr>{l.label}</Abbr> }))}
            menuLabel={t('nav.menu')}
            summaryClassName="menu-summary w-full justify-between"
          />
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
