// Not server-only: the SIASN import's apply runs from the command line too (lib/admin/import/cli.ts).
import type { Transaction } from 'kysely';
import type { DB } from '@/db/types';

export type LineKind = 'definitive' | 'plt' | 'plh';

/**
 * Ends the employee's lines of these kinds that are still valid on `on` (valid_to becomes `on`); lines
 * that would only start on or after `on` never took effect and are removed. Returns what was there.
 */
export async function endLinesOf(
  trx: Transaction<DB>,
  employeeId: number,
  on: string,
  kinds: readonly LineKind[],
) {
  return endLines(trx, 'employee_id', employeeId, on, kinds);
}

/** The same for every line in which this person is the supervisor (a head leaving their post). */
export async function endLinesTo(trx: Transaction<DB>, supervisorId: number, on: string) {
  return endLines(trx, 'supervisor_id', supervisorId, on, ['definitive', 'plt', 'plh']);
}

async function endLines(
  trx: Transaction<DB>,
  side: 'employee_id' | 'supervisor_id',
  id: number,
  on: string,
  kinds: readonly LineKind[],
) {
  const lines = await trx
    .selectFrom('supervisions')
    .select(['id', 'employee_id', 'supervisor_id', 'kind', 'valid_from', 'valid_to'])
    .where(side, '=', id)
    .where('kind', 'in', kinds)
    .where((w) => w.or([w('valid_to', 'is', null), w('valid_to', '>', on)]))
    .orderBy('id')
    .forUpdate()
    .execute();
  const future = lines.filter((l) => l.valid_from >= on).map((l) => l.id);
  const current = lines.filter((l) => l.valid_from < on).map((l) => l.id);
  if (future.length > 0) await trx.deleteFrom('supervisions').where('id', 'in', future).execute();
  if (current.length > 0)
    await trx.updateTable('supervisions').set({ valid_to: on }).where('id', 'in', current).execute();
  return lines;
}
