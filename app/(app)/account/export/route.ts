import { getDb } from '@/db';
import { pageViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { fileResponse, notFoundResponse } from '@/lib/http/responses';
import { ownDataTables } from '@/lib/own-data/queries';
import { workbookOf } from '@/lib/own-data/workbook';

/** The signed-in employee's own records as one XLSX (UU 27/2022); nobody can ask for anyone else's. */
export async function GET() {
  const viewer = await pageViewer();
  if (!viewer) return notFoundResponse();
  const on = today();
  const content = await workbookOf(await ownDataTables(getDb(), viewer, on));
  return fileResponse(content, {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    name: `data-saya-${viewer.nip}-${on}.xlsx`,
  });
}
