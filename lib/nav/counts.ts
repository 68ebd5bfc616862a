import 'server-only';
import { sql } from 'kysely';
import { cache } from 'react';
import { type Database, PREPARED } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';
import { pendingTaskQuery } from '@/lib/feedback/requests/queries';
import { unreadQuery } from '@/lib/notifications/queries';
import { pendingForReviewQuery } from '@/lib/reports/queries';

export type NavCounts = {
  /** The viewer's unread notifications. */
  unread: number;
  /** Reports waiting for the viewer's validation (0 for someone who supervises nobody). */
  toValidate: number;
  /** 360° questionnaires the viewer still owes in open rounds. */
  feedbackDue: number;
};

/**
 * The navigation's badges in one statement, read once per request: the layout and the home page both
 * show them. Every signed-in page pays for this, so it is one round trip instead of three, and a prepared
 * statement (db/pool.ts, PREPARED) that PostgreSQL stops planning after its first runs on a connection.
 */
export const navCounts = cache(async (db: Database, viewer: Viewer, on: string): Promise<NavCounts> => {
  const row = await db
    .selectNoFrom([
      unreadQuery(db, viewer).as('unread'),
      viewer.isSupervisor
        ? pendingForReviewQuery(db, viewer, on).as('to_validate')
        : sql<number>`0`.as('to_validate'),
      pendingTaskQuery(db, viewer, on).as('feedback_due'),
    ])
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  return {
    unread: Number(row.unread ?? 0),
    toValidate: Number(row.to_validate ?? 0),
    feedbackDue: Number(row.feedback_due ?? 0),
  };
});
