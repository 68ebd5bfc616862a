'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * Keeps the queue current while the tab is visible: every few seconds it asks the server for the queue's
 * fingerprint (`stamp/route.ts`) and re-fetches the page's server data only when that differs from the one
 * the page was rendered with, so new reports and counters appear without a reload and an unchanged queue
 * costs one small query. Typed comments and ticked boxes survive a refresh (React keeps client state).
 * The poll does not renew the idle timer (proxy.ts): a queue left open signs out like any other page.
 */
export function LiveRefresh({ stamp, seconds = 5 }: { stamp: string; seconds?: number }) {
  const router = useRouter();
  const shown = useRef(stamp);
  shown.current = stamp;
  useEffect(() => {
    let asking = false;
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
        if (now !== shown.current) {
          shown.current = now;
          router.refresh();
        }
      } catch {
        // Offline for a moment: asked again on the next tick.
      } finally {
        asking = false;
      }
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
