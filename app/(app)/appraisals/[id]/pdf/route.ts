import { getDb } from '@/db';
import { renderAppraisalPdf } from '@/lib/appraisal/pdf';
import { appraisalPdfLabels } from '@/lib/appraisal/pdf-labels';
import { getAppraisal } from '@/lib/appraisal/queries';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { fileResponse, notFoundResponse } from '@/lib/http/responses';
import { parseId } from '@/lib/ids';
import { printedOn } from '@/lib/pdf/printed';

/** The Dokumen Evaluasi Kinerja Pegawai as a PDF, for those who may see the appraisal once delivered. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await pageViewer();
  const id = parseId((await params).id);
  const doc = viewer && id !== null ? await getAppraisal(getDb(), viewer, id, today()) : null;
  if (!doc || doc.status === 'draft') return notFoundResponse();
  const pdf = await renderAppraisalPdf(doc, await appraisalPdfLabels(doc), await printedOn());
  const kind =
    doc.period.kind === 'annual'
      ? `${doc.period.year}`
      : `${doc.period.year}-${doc.period.kind[0]}${doc.period.seq}`;
  return fileResponse(pdf, {
    mime: 'application/pdf',
    name: `Evaluasi-Kinerja-${kind}-${doc.employee.nip}.pdf`,
  });
}
