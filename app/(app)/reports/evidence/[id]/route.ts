import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { fileResponse, notFoundResponse } from '@/lib/http/responses';
import { recordEvidenceOpen } from '@/lib/raters/mutations';
import { getEvidence } from '@/lib/reports/queries';

/** Evidence files, only for those who may see the report; always as a download, never sniffed. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await pageViewer();
  const { id } = await params;
  const file = viewer ? await getEvidence(getDb(), viewer, id, today()) : undefined;
  if (!viewer || !file) return notFoundResponse();
  // Images may be shown inline as a preview on the validation queue; PDFs are always downloaded.
  const inline = new URL(request.url).searchParams.has('preview') && file.mime.startsWith('image/');
  // The supervisor's opens feed the rubber-stamp signal of rater analytics.
  await recordEvidenceOpen(getDb(), viewer, id, inline ? 'preview' : 'evidence', today());
  return fileResponse(file.content, { mime: file.mime, name: file.file_name, inline });
}
