import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getEvidence } from '@/lib/reports/queries';

/** Evidence files, only for those who may see the report; always as a download, never sniffed. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
  const viewer = await pageViewer();
  const { id } = await params;
  const file = viewer ? await getEvidence(getDb(), viewer, id, today()) : undefined;
  if (!file) return new Response('Not found', { status: 404, headers });
  // Images may be shown inline as a preview on the validation queue; PDFs are always downloaded.
  const inline = new URL(request.url).searchParams.has('preview') && file.mime.startsWith('image/');
  return new Response(new Uint8Array(file.content), {
    headers: {
      ...headers,
      'Content-Type': file.mime,
      'Content-Length': String(file.size_bytes),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
