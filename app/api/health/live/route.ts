/** Liveness: the process answers. It does not touch the database, so a database outage never restarts it. */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
