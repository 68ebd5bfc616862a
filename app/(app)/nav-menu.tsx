'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { Menu } from './menu';

export type NavLink = { href: string; label: ReactNode };

/** The link containing the current path most specifically is the current page ("/team/queue" over "/team"). */
export function currentHref(links: { href: string }[], pathname: string): string | undefined {
  return links
    .filter((l) =>
      l.href === '/' ? pathname === '/' : pathname === l.href || pathname.startsWith(`${l.href}/`),
    )
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/**
 * The main navigation: one menu button on a small screen (a <details>, so it works without JavaScript),
 * the links themselves on a wide one (see `.nav-menu` in globals.css). The current page is worked out
 * here from the browser's path, so it stays right when the header survives a client-side page change.
 */
export function NavMenu({
  links,
  menuLabel,
  summaryClassName,
}: {
  links: NavLink[];
  menuLabel: string;
  summaryClassName: string;
}) {
  const active = currentHref(links, usePathname());
  const current = links.find((l) => l.href === active);
  return (
    <Menu
      className="nav-menu"
      summaryClassName={summaryClassName}
      summary={
        <>
          <span>
            <span aria-hidden="true">☰ </span>
            {menuLabel}
            {current && <span className="font-semibold"> · {current.label}</span>}
          </span>
          <span aria-hidden="true">▾</span>
        </>
      }
    >
      <ul className="mt-2 flex flex-col gap-1 lg:mt-0 lg:flex-row lg:flex-wrap">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={l.href === active ? 'page' : undefined} className="nav-link">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </Menu>
  );
}
