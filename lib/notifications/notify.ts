import 'server-only';
import type { Transaction } from 'kysely';
import type { DB } from '@/db/types';

export type NotificationKind =
  | 'skp.submitted'
  | 'skp.approved'
  | 'skp.returned'
  | 'skp.revision_started'
  | 'skp.revision_discarded'
  | 'skp.expectations_updated'
  | 'report.approved'
  | 'report.returned'
  | 'report.rejected'
  | 'feedback.requested'
  | 'feedback.reminder'
  | 'feedback.declined'
  | 'feedback.results'
  | 'appraisal.delivered'
  | 'appraisal.accepted'
  | 'appraisal.objected'
  | 'appraisal.decided'
  | 'appraisal.handed_over'
  | 'plan.item_added'
  | 'realisation.validated'
  | 'realisation.returned'
  | 'realisation.reminder'
  | 'coaching.note_added'
  | 'coaching.note_answered'
  | 'coaching.dialog_recorded';

/** In-app notice to the other party of a change, written in the change's own transaction. */
export async function notify(
  trx: Transaction<DB>,
  /** null (nobody, e.g. no pejabat penilai at the top of the tree) is skipped. */
  recipients: readonly (number | null)[],
  kind: NotificationKind,
  link: string,
  params: Record<string, string | number> = {},
): Promise<void> {
  const unique = [...new Set(recipients.filter((r): r is number => r !== null))];
  if (unique.length === 0) return;
  await trx
    .insertInto('notifications')
    .values(unique.map((recipient_id) => ({ recipient_id, kind, link, params: JSON.stringify(params) })))
    .execute();
}
