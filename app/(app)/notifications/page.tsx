import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/ui/action-button';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { markNotificationsRead } from '@/lib/notifications/actions';
import { listNotifications } from '@/lib/notifications/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications'))('title') };
}

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const [items, t, f] = await Promise.all([
    listNotifications(getDb(), viewer),
    getTranslations(),
    getFormats(),
  ]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t('notifications.title')}</h1>
      {items.some((n) => !n.read) && (
        <ActionButton
          action={markNotificationsRead}
          fields={{}}
          label={t('notifications.markRead')}
          pendingLabel={t('skp.saving')}
        />
      )}
      {items.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white"
          data-testid="notifications"
        >
          {items.map((n) => (
            <li key={n.id} className={`p-3 ${n.read ? '' : 'bg-sky-50 font-medium'}`}>
              <Link href={n.link} className="text-emerald-900 underline">
                {t.has(`notifications.kinds.${n.kind}`)
                  ? t(`notifications.kinds.${n.kind}` as 'notifications.title', f.params(n.params))
                  : n.kind}
              </Link>
              <p className="text-sm font-normal text-slate-600">{f.dateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
