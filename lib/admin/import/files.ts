import 'server-only';
import { ActionError } from '@/lib/errors';
import { parseSheet, type SheetRow } from './parse';
import { PEOPLE_HEADERS_REQUIRED } from './rows';

/** An export of a whole agency is a few MB; anything far larger is not a SIASN file. */
const MAX_BYTES = 20 * 1024 * 1024;

const SUPERVISION_HEADERS_REQUIRED = ['NIP', 'NIP ATASAN'];

async function readOne(file: File, field: string, required: readonly string[], wrong: string) {
  if (file.size > MAX_BYTES) throw new ActionError('adminImport.errors.tooLarge', field);
  let parsed: { headers: string[]; rows: SheetRow[] };
  try {
    parsed = await parseSheet(await file.arrayBuffer());
  } catch {
    throw new ActionError(wrong, field);
  }
  if (!required.every((h) => parsed.headers.includes(h))) throw new ActionError(wrong, field);
  if (parsed.rows.length === 0) throw new ActionError('adminImport.errors.empty', field);
  return parsed.rows;
}

/** The uploaded people file (required) and supervision file (optional), parsed into rows. */
export async function readImportFiles(form: FormData) {
  const pick = (name: string) =>
    form.getAll(name).find((f): f is File => typeof f !== 'string' && f.size > 0) ?? null;
  const people = pick('people');
  if (!people) throw new ActionError('validation.required', 'people');
  const supervision = pick('supervision');
  return {
    fileName: people.name,
    people: await readOne(people, 'people', PEOPLE_HEADERS_REQUIRED, 'adminImport.errors.notSiasn'),
    supervisionFileName: supervision?.name ?? null,
    lines: supervision
      ? await readOne(
          supervision,
          'supervision',
          SUPERVISION_HEADERS_REQUIRED,
          'adminImport.errors.notSupervision',
        )
      : [],
  };
}
