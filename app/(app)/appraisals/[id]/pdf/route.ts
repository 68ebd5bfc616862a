import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { renderAppraisalPdf } from '@/lib/appraisal/pdf';
import { appraisalPdfLabels } from '@/lib/appraisal/pdf-labels';
import { getAppraisal } from '@/lib/appraisal/queries';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getFormats } from '@/lib/i18n/server-format';

/** The Dokumen Evaluasi Kinerja Pegawai as a PDF, for those who may see the appraisal once delivered. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const { id } = await params;
  const notFound = new Response('Not found', {
    status: 404,
    headers: { 'Cache-Control': 'private, no-store' },
  });
  if (!viewer || !/^\d{1,9}$/.test(id)) return notFound;
  const doc = await getAppraisal(getDb(), viewer, Number(id), today());
  if (!doc || doc.status === 'draft') return notFound;
  const date = (await getFormats()).date(today());
  const pdf = await renderAppraisalPdf(doc, await appraisalPdfLabels(doc), {
    printedOn: date,
    placeAndDate: (await getTranslations('skp'))('placeDate', { date }),
  });
  const kind =
    doc.period.kind === 'annual'
      ? `${doc.period.year}`
      : `${doc.period.year}-${doc.period.kind[0]}${doc.period.seq}`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="Evaluasi-Kinerja-${kind}-${doc.employee.nip}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
