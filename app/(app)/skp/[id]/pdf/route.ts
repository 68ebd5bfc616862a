import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { renderSkpPdf } from '@/lib/skp/pdf';
import { skpPdfLabels } from '@/lib/skp/pdf-labels';
import { getSkpDocument } from '@/lib/skp/queries';

/** The SKP as a PDF download, for the same people who may see the SKP page. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await pageViewer();
  const { id } = await params;
  const notFound = new Response('Not found', {
    status: 404,
    headers: { 'Cache-Control': 'private, no-store' },
  });
  if (!viewer || !/^\d{1,9}$/.test(id)) return notFound;
  const doc = await getSkpDocument(getDb(), viewer, Number(id), today());
  if (!doc) return notFound;
  const format = await getFormatter();
  const date = format.dateTime(new Date(), { dateStyle: 'long', timeZone: 'Asia/Jakarta' });
  const pdf = await renderSkpPdf(doc, await skpPdfLabels(), {
    printedOn: date,
    placeAndDate: (await getTranslations('skp'))('placeDate', { date }),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="SKP-${doc.year}-${doc.employee.nip}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
