import 'server-only';
import type { Transaction } from 'kysely';
import type { DB } from '@/db/types';
import { ActionError } from '@/lib/errors';
import type { SkpFormValues } from './schema';
import type { SkpSnapshot } from './types';

type Links = { parentIds: Set<number>; goalIds: Set<number> };
type Tx = Transaction<DB>;

const idOrNull = (v: number | undefined) => v ?? null;

/**
 * Makes the SKP's RHK and indicators equal to the submitted rows, keeping ids of rows that stayed (so
 * subordinates' intervensi keeps pointing at them). Ids from another SKP are refused, as are links the
 * employee may not make, and removing an RHK that a subordinate's RHK supports.
 */
export async function syncRhks(
  trx: Tx,
  skpId: number,
  rows: SkpFormValues['rhks'],
  links: Links,
): Promise<void> {
  checkLinks(rows, links);
  await writeRhks(trx, skpId, rows);
}

/**
 * Puts the RHK and indicators back as an approved revision froze them (when a later revision is dropped).
 * Their links were approved then, so they are not checked again; rows removed since come back as new rows.
 */
export async function restoreRhks(trx: Tx, skpId: number, frozen: SkpSnapshot['rhks']): Promise<void> {
  const indicators = await trx
    .selectFrom('skp_indicators as i')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .select(['i.id', 'i.rhk_id'])
    .where('r.skp_id', '=', skpId)
    .execute();
  const rhkIds = new Set(
    (await trx.selectFrom('skp_rhks').select('id').where('skp_id', '=', skpId).execute()).map((r) => r.id),
  );
  const still = (id: number, rhkId: number) => indicators.some((i) => i.id === id && i.rhk_id === rhkId);
  const rows: SkpFormValues['rhks'] = frozen.map((r) => ({
    rhkId: rhkIds.has(r.id) ? r.id : undefined,
    kind: r.kind,
    text: r.text,
    parentRhkId: r.parentRhkId ?? undefined,
    unitGoalId: r.unitGoalId ?? undefined,
    indicators: r.indicators.map((i) => ({
      indicatorId: rhkIds.has(r.id) && still(i.id, r.id) ? i.id : undefined,
      aspek: i.aspek,
      measure: i.measure ?? '',
      text: i.text,
      targetValue: i.targetValue,
      targetUnit: i.targetUnit,
    })),
  }));
  await writeRhks(trx, skpId, rows);
}

async function writeRhks(trx: Tx, skpId: number, rows: SkpFormValues['rhks']): Promise<void> {
  const existing = await trx.selectFrom('skp_rhks').select('id').where('skp_id', '=', skpId).execute();
  const existingIds = new Set(existing.map((r) => r.id));
  const keptIds = new Set(rows.map((r) => idOrNull(r.rhkId)).filter((id): id is number => id !== null));
  for (const id of keptIds) if (!existingIds.has(id)) throw new ActionError('errors.notFound');

  const removed = [...existingIds].filter((id) => !keptIds.has(id));
  if (removed.length > 0) {
    const supported = await trx
      .selectFrom('skp_rhks')
      .select('id')
      .where('parent_rhk_id', 'in', removed)
      .executeTakeFirst();
    if (supported) throw new ActionError('skp.errors.rhkSupported');
    await trx.deleteFrom('skp_rhks').where('id', 'in', removed).execute();
  }

  for (const [position, row] of rows.entries()) {
    const values = {
      position,
      kind: row.kind,
      text: row.text,
      parent_rhk_id: row.kind === 'utama' ? idOrNull(row.parentRhkId) : null,
      unit_goal_id: row.kind === 'utama' ? idOrNull(row.unitGoalId) : null,
    };
    const rhkId = idOrNull(row.rhkId);
    const id = rhkId
      ? (
          await trx
            .updateTable('skp_rhks')
            .set(values)
            .where('id', '=', rhkId)
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      : (
          await trx
            .insertInto('skp_rhks')
            .values({ ...values, skp_id: skpId })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
    await syncIndicators(trx, id, row.indicators);
  }
}

async function syncIndicators(trx: Tx, rhkId: number, rows: SkpFormValues['rhks'][number]['indicators']) {
  const existing = new Set(
    (await trx.selectFrom('skp_indicators').select('id').where('rhk_id', '=', rhkId).execute()).map(
      (r) => r.id,
    ),
  );
  const kept = new Set(rows.map((r) => idOrNull(r.indicatorId)).filter((id): id is number => id !== null));
  for (const id of kept) if (!existing.has(id)) throw new ActionError('errors.notFound');
  const removed = [...existing].filter((id) => !kept.has(id));
  if (removed.length > 0) await trx.deleteFrom('skp_indicators').where('id', 'in', removed).execute();
  for (const [position, row] of rows.entries()) {
    const values = {
      position,
      aspek: row.aspek,
      measure: row.measure || null,
      text: row.text,
      target_value: row.targetValue.replace(',', '.'),
      target_unit: row.targetUnit,
    };
    const id = idOrNull(row.indicatorId);
    if (id) await trx.updateTable('skp_indicators').set(values).where('id', '=', id).execute();
    else
      await trx
        .insertInto('skp_indicators')
        .values({ ...values, rhk_id: rhkId })
        .execute();
  }
}

function checkLinks(rows: SkpFormValues['rhks'], links: Links) {
  const errors: Record<string, string> = {};
  rows.forEach((row, i) => {
    const parent = idOrNull(row.parentRhkId);
    const goal = idOrNull(row.unitGoalId);
    if (parent !== null && !links.parentIds.has(parent))
      errors[`rhks.${i}.parentRhkId`] = 'skp.validation.invalidChoice';
    if (goal !== null && !links.goalIds.has(goal))
      errors[`rhks.${i}.unitGoalId`] = 'skp.validation.invalidChoice';
  });
  if (Object.keys(errors).length > 0) throw ActionError.fields('skp.validation.cascadeIncomplete', errors);
}
