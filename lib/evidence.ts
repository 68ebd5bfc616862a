import 'server-only';
import { config } from '@/lib/config';
import { type EvidenceMime, evidenceFileName, sniffEvidence } from '@/lib/domain/evidence';
import { ActionError } from '@/lib/errors';

/** An uploaded file that passed the checks, ready to store. */
export type Evidence = { name: string; mime: EvidenceMime; bytes: Buffer };

/** The files uploaded under one field name (empty file inputs were already removed by the action wrapper). */
export function uploadsIn(form: FormData, name: string): File[] {
  return form.getAll(name).filter((f): f is File => typeof f !== 'string');
}

/**
 * Checks uploaded files by count, size and first bytes; a wrong one is an error beside the file field.
 * Callers check the other fields first, so a wrong date is not hidden behind a file problem.
 */
export async function readEvidence(files: readonly File[]): Promise<Evidence[]> {
  const real = files.filter((f) => f.size > 0);
  if (real.length > config.evidenceMaxFiles)
    throw new ActionError('reports.validation.tooManyFiles', 'evidence');
  const out: Evidence[] = [];
  for (const file of real) {
    if (file.size > config.evidenceMaxBytes)
      throw new ActionError('reports.validation.fileTooLarge', 'evidence');
    const bytes = Buffer.from(await file.arrayBuffer());
    const mime = sniffEvidence(bytes.subarray(0, 16));
    if (!mime) throw new ActionError('reports.validation.fileType', 'evidence');
    out.push({ name: evidenceFileName(file.name, mime), mime, bytes });
  }
  return out;
}
