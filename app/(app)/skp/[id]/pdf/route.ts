import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { fileResponse, notFoundResponse } from '@/lib/http/responses';
import { parseId } from '@/lib/ids';
import { printedOn } from '@/lib/pdf/printed';
import { renderSkpPdf } from '@/lib/skp/pdf';
import { skpPdfLabels } from '@/lib/skp/pdf-labels';
import { getSkpDocument } from '@/lib/skp/queries';

/** The SKP as a PDF download, for the same people who may see the SKP page. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await pageViewer();
  const id = parseId((await params).id);
  const doc = viewer && id !== null ? await getSkpDocument(getDb(), viewer, id, today()) : null;
  if (!doc) return notFoundResponse();
  const pdf = await renderSkpPdf(doc, await skpPdfLabels(), await printedOn());
  return fileResponse(pdf, { mime: 'application/pdf', name: `SKP-${doc.year}-${doc.employee.nip}.pdf` });
}
