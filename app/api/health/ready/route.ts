import { sql } from 'kysely';
import { getDb } from '@/db';

/** Readiness: the database answers a query within the pool's connect timeout. */
export async function GET() {
  try {
    await sql`SELECT 1`.execute(getDb());
    return Response.json({ status: 'ok', database: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json(
      { status: 'unavailable', database: 'unreachable' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
