import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { fileResponse, notFoundResponse } from '@/lib/http/responses';
import { getEntryFile } from '@/lib/realisation/queries';

/** Evidence of a realisation entry, only for those who may see the employee; always a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await pageViewer();
  const { id } = await params;
  const file = viewer ? await getEntryFile(getDb(), viewer, id, today()) : undefined;
  if (!file) return notFoundResponse();
  return fileResponse(file.content, { mime: file.mime, name: file.file_name, inline: false });
}
