import { pageViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { getAgencyDashboard } from '@/lib/dashboard/agency';
import { downloadResponse, employeeTable, predikatTable, unitTable } from '@/lib/dashboard/export';
import { parseFilters } from '@/lib/dashboard/params';
import { getPredikatDistribution } from '@/lib/dashboard/predikat';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { readDb } from '@/lib/read-db';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

/** The leadership dashboard's tables as CSV or XLSX, with the page's filters and the page's scope check. */
export async function GET(req: Request) {
  const viewer = await pageViewer();
  if (!viewer) return notFound();
  const url = new URL(req.url);
  const raw = Object.fromEntries(url.searchParams);
  const format = raw.format === 'xlsx' ? 'xlsx' : raw.format === 'csv' ? 'csv' : null;
  const table = raw.table === 'staff' || raw.table === 'units' || raw.table === 'predikat' ? raw.table : null;
  const on = today();
  const filters = parseFilters(raw, on);
  if (!format || !table || !filters) return notFound();
  if (table === 'predikat') {
    const data = await getPredikatDistribution(await readDb(), viewer, filters, on);
    if (!data) return notFound();
    const t = await getTranslations();
    const where = filters.unitId ? `unit-${filters.unitId}` : 'instansi';
    return downloadResponse(
      predikatTable(data.rows, t, periodLabel(t, data.period)),
      format,
      `predikat-${where}-${data.period.year}-${data.period.kind}-${data.period.seq}`,
    );
  }
  const d = await getAgencyDashboard(await readDb(), viewer, filters, on, { allStaff: table === 'staff' });
  if (!d || (table === 'staff' && !d.staff)) return notFound();
  const t = await getTranslations();
  const where = d.team ? `tim-${d.team.id}` : d.selected ? `unit-${d.selected.id}` : 'instansi';
  return table === 'units'
    ? downloadResponse(unitTable(d.units, t), format, `unit-kerja-${where}-${d.month}`)
    : downloadResponse(
        employeeTable(d.staff?.rows ?? [], t, t('dashboard.export.staff')),
        format,
        `pegawai-${where}-${d.month}`,
      );
}
