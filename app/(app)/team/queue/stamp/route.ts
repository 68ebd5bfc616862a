import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { notFoundResponse } from '@/lib/http/responses';
import { queueStamp } from '@/lib/reports/queries';

/**
 * The validation queue's fingerprint for the viewer (lib/reports/queries.ts, queueStamp), which the open
 * queue polls so that it re-renders only when something in it changed: one small query instead of the
 * whole page every few seconds for every supervisor who keeps the queue open.
 */
export async function GET() {
  const viewer = await pageViewer();
  if (!viewer) return notFoundResponse();
  const stamp = await queueStamp(getDb(), viewer, today());
  return Response.json({ stamp }, { headers: { 'Cache-Control': 'private, no-store' } });
}
