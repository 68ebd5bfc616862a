import 'server-only';
import type { Database } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';

export type NotificationItem = {
  id: number;
  kind: string;
  params: Record<string, string | number>;
  link: string;
  createdAt: Date;
  read: boolean;
};

export function unreadQuery(db: Database, viewer: Viewer) {
  return db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('recipient_id', '=', viewer.employeeId)
    .where('read_at', 'is', null);
}

/** The viewer's own notifications only, newest first. */
export async function listNotifications(
  db: Database,
  viewer: Viewer,
  limit = 50,
): Promise<NotificationItem[]> {
  const rows = await db
    .selectFrom('notifications')
    .select(['id', 'kind', 'params', 'link', 'created_at', 'read_at'])
    .where('recipient_id', '=', viewer.employeeId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    params: (r.params ?? {}) as Record<string, string | number>,
    link: r.link,
    createdAt: r.created_at,
    read: r.read_at !== null,
  }));
}

export async function markAllRead(db: Database, viewer: Viewer): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('recipient_id', '=', viewer.employeeId)
    .where('read_at', 'is', null)
    .execute();
}
