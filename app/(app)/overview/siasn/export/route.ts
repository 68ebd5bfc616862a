import { pageViewer } from '@/lib/auth/viewer';
import { downloadResponse, siasnTable } from '@/lib/dashboard/export';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { readDb } from '@/lib/read-db';
import { siasnResults } from '@/lib/siasn-export/queries';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

/** One period's SKP results in SIASN's fields, as CSV or XLSX, within the viewer's scope. */
export async function GET(req: Request) {
  const viewer = await pageViewer();
  if (!viewer) return notFound();
  const params = new URL(req.url).searchParams;
  const format = params.get('format');
  const periodId = parseId(params.get('period') ?? '');
  if ((format !== 'csv' && format !== 'xlsx') || periodId === null) return notFound();
  const data = await siasnResults(await readDb(), viewer, periodId);
  if (!data) return notFound();
  const t = await getTranslations();
  const p = data.period;
  return downloadResponse(siasnTable(data.rows, t), format, `siasn-skp-${p.year}-${p.kind}-${p.seq}`);
}
