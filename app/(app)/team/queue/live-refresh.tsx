'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * Whether a changed queue is re-read: only while the person did something in the last idle period but a
 * minute. A re-read is a page request, which renews the idle timer; for an unattended screen it would keep
 * the session alive for ever, since a busy unit's queue changes every few minutes.
 */
export function refreshesFor(lastActiveMs: number, nowMs: number, idleMinutes: number): boolean {
  return nowMs - lastActiveMs < Math.max(1, idleMinutes - 1) * 60_000;
}

/**
 * Keeps the queue current while the tab is visible: every few seconds it asks the server for the queue's
 * fingerprint (`stamp/route.ts`) and re-fetches the page's server data only when that differs from the one
 * the page was rendered with, so new reports and counters appear without a reload and an unchanged queue
 * costs one small query. Typed comments and ticked boxes survive a refresh (React keeps client state).
 * The poll does not renew the idle timer (proxy.ts): a queue left open signs out like any other page.
 */
export function LiveRefresh({
  stamp,
  idleMinutes,
  seconds = 5,
}: {
  stamp: string;
  /** SESSION_IDLE_MINUTES: how long the session lives without the person doing anything. */
  idleMinutes: number;
  seconds?: number;
}) {
  const router = useRouter();
  const shown = useRef(stamp);
  shown.current = stamp;
  useEffect(() => {
    let asking = false;
    let lastActive = Date.now();
    const active = () => {
      lastActive = Date.now();
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, active, { passive: true });
    const timer = setInterval(async () => {
      if (document.visibilityState !== 'visible' || asking) return;
      asking = true;
      try {
        const res = await fetch('/team/queue/stamp', { cache: 'no-store' });
        // The session ended (idle time, signed out elsewhere): the poll was sent to sign in. Leave the page
        // too, so the queue's names and reports do not stay on an unattended screen.
        if (res.redirected && new URL(res.url).pathname === '/login') {
          window.location.reload();
          return;
        }
        // The database away: the page stays as it is, and the next tick asks again.
        if (!res.ok) return;
        const { stamp: now } = (await res.json()) as { stamp: string };
        // Re-reading the page renews the session like any page view: only for someone still at the screen.
        if (now !== shown.current && refreshesFor(lastActive, Date.now(), idleMinutes)) {
          shown.current = now;
          router.refresh();
        }
      } catch {
        // Offline for a moment: asked again on the next tick.
      } finally {
        asking = false;
      }
    }, seconds * 1000);
    return () => {
      clearInterval(timer);
      for (const e of events) window.removeEventListener(e, active);
    };
  }, [router, seconds, idleMinutes]);
  return null;
}
