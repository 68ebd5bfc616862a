import { getDb } from '@/db';
import { getObjectionFile } from '@/lib/appraisal/queries';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';

/** Objection attachments, only for those who may see the appraisal; always a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
  const viewer = await pageViewer();
  const { id } = await params;
  const file = viewer ? await getObjectionFile(getDb(), viewer, id, today()) : null;
  if (!file) return new Response('Not found', { status: 404, headers });
  return new Response(new Uint8Array(file.content), {
    headers: {
      ...headers,
      'Content-Type': file.mime,
      'Content-Length': String(file.size_bytes),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
