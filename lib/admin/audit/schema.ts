import { z } from 'zod';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/**
 * The audit viewer's filters from the URL (a GET form): a malformed value is dropped rather than refused,
 * so a hand-edited link still shows the log.
 */
export const auditFilterSchema = z.object({
  person: z
    .string()
    .trim()
    .regex(/^\d{18}$/)
    .optional()
    .catch(undefined),
  entity: text(60),
  entityId: text(40),
  action: text(60),
  from: date,
  to: date,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type AuditFilter = Partial<z.infer<typeof auditFilterSchema>>;
