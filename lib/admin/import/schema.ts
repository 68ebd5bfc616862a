import { z } from 'zod';
import { idField } from '@/lib/validation';

/** The upload form: the files themselves travel beside the fields (see files.ts). */
export const uploadImportSchema = z.strictObject({
  fullExport: z.literal('on').optional(),
});

export const applyImportSchema = z.strictObject({
  jobId: idField(),
  acceptProposals: z.literal('on').optional(),
});
