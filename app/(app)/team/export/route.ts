import { pageViewer } from '@/lib/auth/viewer';
import { downloadResponse, employeeTable } from '@/lib/dashboard/export';
import { parseFilters } from '@/lib/dashboard/params';
import { getTeamDashboard } from '@/lib/dashboard/team';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { readDb } from '@/lib/read-db';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

/** The supervisor's team table as CSV or XLSX: every subordinate, in the page's order and month. */
export async function GET(req: Request) {
  const viewer = await pageViewer();
  if (!viewer) return notFound();
  const raw = Object.fromEntries(new URL(req.url).searchParams);
  const format = raw.format === 'xlsx' ? 'xlsx' : raw.format === 'csv' ? 'csv' : null;
  const on = today();
  const filters = parseFilters(raw, on);
  if (!format || !filters) return notFound();
  const d = await getTeamDashboard(await readDb(), viewer, filters, on, { all: true });
  const t = await getTranslations();
  return downloadResponse(
    employeeTable(d.rows, t, t('nav.team')),
    format,
    `tim-${viewer.employeeId}-${d.month}`,
  );
}
