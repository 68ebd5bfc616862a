import { getDb } from '@/db';
import { getObjectionFile } from '@/lib/appraisal/queries';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { fileResponse, notFoundResponse } from '@/lib/http/responses';

/** Objection attachments, only for those who may see the appraisal; always a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await pageViewer();
  const { id } = await params;
  const file = viewer ? await getObjectionFile(getDb(), viewer, id, today()) : null;
  if (!file) return notFoundResponse();
  return fileResponse(file.content, { mime: file.mime, name: file.file_name });
}
