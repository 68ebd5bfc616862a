import 'server-only';
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { type Database, PREPARED } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { isYearOpen } from '@/lib/calendar/periods';
import { config } from '@/lib/config';
import { JUDGED_PCT } from '@/lib/domain/appraisal';
import type { Aspek } from '@/lib/domain/skp';
import { ActionError } from '@/lib/errors';
import { type Evidence, readEvidence } from '@/lib/evidence';
import { notify } from '@/lib/notifications/notify';
import { reportableSkp } from '@/lib/reports/queries';
import { lockEmployeeRollups, refreshRealisation } from '@/lib/reports/rollups';
import { storedMeasure } from './queries';
import type { EntryFormValues, ReviewEntryValues } from './schema';

type Tx = Transaction<DB>;

/**
 * The owner's indicator (of an SKP that was approved), not fed by daily reports, and a period of its year
 * that has started and is open: the rules shared by entering and editing. Anything not the viewer's → 404.
 */
async function checkEntry(db: Database, viewer: Viewer, input: EntryFormValues, on: string) {
  const ind = await db
    .selectFrom('skp_indicators as i')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .innerJoin('skps as s', 's.id', 'r.skp_id')
    .select(['i.id', 'i.aspek', 'i.measure', 's.id as skp_id', 's.year'])
    .where('i.id', '=', input.indicatorId)
    .where('s.employee_id', '=', viewer.employeeId)
    .executeTakeFirst();
  if (!ind) throw new ActionError('errors.notFound');
  const skp = await reportableSkp(db, viewer.employeeId, ind.year);
  if (!skp || skp.id !== ind.skp_id) throw new ActionError('reports.errors.noApprovedSkp');
  const measure = storedMeasure(ind.aspek as Aspek, ind.measure);
  if (measure === 'daily') throw new ActionError('realisation.errors.fromDailyReports');
  // A narrative for a qualitative indicator, a value for any other (a stale form after the SKP changed).
  if ((measure === 'qualitative') !== (input.kind === 'narrative'))
    throw new ActionError('realisation.errors.measureChanged');
  const period = await db
    .selectFrom('periods')
    .select(['id', 'starts_on', 'status'])
    .where('id', '=', input.periodId)
    .where('agency_id', '=', viewer.agencyId)
    .where('year', '=', ind.year)
    .where('kind', '=', config.realisationPeriod)
    .executeTakeFirst();
  if (!period) throw new ActionError('errors.notFound');
  if (period.status !== 'open' || !(await isYearOpen(db, viewer.agencyId, ind.year)))
    throw new ActionError('realisation.errors.periodClosed');
  if (period.starts_on > on) throw new ActionError('realisation.errors.notStarted');
  return ind.skp_id;
}

async function storeFiles(trx: Tx, entryId: number, files: Evidence[]) {
  if (files.length === 0) return;
  await trx
    .insertInto('realisation_files')
    .values(
      files.map((f) => ({
        entry_id: entryId,
        file_name: f.name,
        mime: f.mime,
        size_bytes: f.bytes.length,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        content: f.bytes,
      })),
    )
    .execute();
}

const fields = (input: EntryFormValues) => ({
  // A narrative has no value until the pejabat penilai judges it.
  value: input.kind === 'narrative' ? null : (input.value ?? '').replace(',', '.'),
  evidence_link: input.evidenceLink || null,
  note: input.note || null,
});

/**
 * Enters or changes the owner's entry for one indicator and period. A new one is pending; a change is only
 * possible while pending or returned (a returned one goes back to the pejabat penilai as pending).
 * The fields are checked before the files, so a wrong value shows beside the value.
 */
export async function saveEntry(
  db: Database,
  viewer: Viewer,
  input: EntryFormValues,
  uploads: readonly File[],
  on: string,
): Promise<{ entryId: number; skpId: number }> {
  const skpId = await checkEntry(db, viewer, input, on);
  const files = await readEvidence(uploads);
  return db.transaction().execute(async (trx) => {
    const entryId = input.entryId ?? null;
    if (entryId === null) {
      const inserted = await trx
        .insertInto('realisation_entries')
        .values({
          ...fields(input),
          indicator_id: input.indicatorId,
          period_id: input.periodId,
          employee_id: viewer.employeeId,
        })
        .onConflict((oc) => oc.columns(['indicator_id', 'period_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      // Another tab (or a double submit) entered this period first: reload and edit that one.
      if (!inserted) throw new ActionError('errors.conflict');
      await storeFiles(trx, inserted.id, files);
      await audit(trx, {
        actorId: viewer.employeeId,
        action: 'realisation.create',
        entity: 'realisation_entry',
        entityId: inserted.id,
        after: { ...fields(input), periodId: input.periodId, files: files.map((f) => f.name) },
      });
      return { entryId: inserted.id, skpId };
    }
    const before = await trx
      .selectFrom('realisation_entries')
      .selectAll()
      .where('id', '=', entryId)
      .where('employee_id', '=', viewer.employeeId)
      .where('indicator_id', '=', input.indicatorId)
      .where('period_id', '=', input.periodId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new ActionError('errors.notFound');
    if (before.status === 'validated') throw new ActionError('realisation.errors.alreadyValidated');
    if (before.version !== input.version) throw new ActionError('errors.conflict');
    await trx
      .updateTable('realisation_entries')
      .set({ ...fields(input), status: 'pending', version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', entryId)
      .execute();
    await storeFiles(trx, entryId, files);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'realisation.update',
      entity: 'realisation_entry',
      entityId: entryId,
      before: {
        value: before.value,
        evidence_link: before.evidence_link,
        note: before.note,
        status: before.status,
      },
      after: { ...fields(input), files: files.map((f) => f.name) },
    });
    return { entryId, skpId };
  });
}

/**
 * The pejabat penilai's (or the acting Plt/Plh's) decision on a pending entry of a current subordinate, at
 * the version they saw, in an open period. Anyone else gets "not found" and nothing changes.
 */
export async function reviewEntry(
  db: Database,
  viewer: Viewer,
  input: ReviewEntryValues,
  on: string,
): Promise<{ skpId: number }> {
  const entryId = input.entryId;
  return db.transaction().execute(async (trx) => {
    // The rollup lock before the row lock, the order SKP edits (which may delete entries) take them in.
    const owner = await trx
      .selectFrom('realisation_entries')
      .select('employee_id')
      .where('id', '=', entryId)
      .executeTakeFirst();
    if (owner) await lockEmployeeRollups(trx, [owner.employee_id]);
    const row = await trx
      .selectFrom('realisation_entries as x')
      .innerJoin('periods as p', 'p.id', 'x.period_id')
      .innerJoin('skp_indicators as i', 'i.id', 'x.indicator_id')
      .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
      .select([
        'x.id',
        'x.employee_id',
        'x.status',
        'x.version',
        'p.status as period_status',
        'r.skp_id',
        'i.aspek',
        'i.measure',
      ])
      .where('x.id', '=', entryId)
      .forUpdate('x')
      .executeTakeFirst();
    if (
      !row ||
      row.employee_id === viewer.employeeId ||
      !(await supervises(trx, viewer.employeeId, row.employee_id, on))
    )
      throw new ActionError('errors.notFound');
    if (row.version !== input.version) throw new ActionError('errors.conflict');
    if (row.status !== 'pending') throw new ActionError('realisation.errors.notPending');
    if (row.period_status !== 'open') throw new ActionError('realisation.errors.periodClosed');
    const status = input.decision === 'validate' ? 'validated' : 'returned';
    const comment = input.decision === 'return' ? (input.comment ?? null) : input.comment || null;
    // A narrative is validated with the pejabat penilai's judgement, which becomes its value (in %).
    const judged = storedMeasure(row.aspek as Aspek, row.measure) === 'qualitative';
    const judgement = judged && status === 'validated' ? (input.judgement ?? null) : null;
    if (judged && status === 'validated' && !judgement)
      throw new ActionError('realisation.errors.judgementRequired');
    await trx
      .updateTable('realisation_entries')
      .set({
        status,
        ...(judged && { judgement, value: judgement ? String(JUDGED_PCT[judgement]) : null }),
        review_comment: comment,
        reviewed_by: viewer.employeeId,
        reviewed_at: sql`now()`,
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', entryId)
      .execute();
    // Only validated entries count on the dashboards.
    if (status === 'validated') await refreshRealisation(trx, [row.skp_id]);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: `realisation.${input.decision}`,
      entity: 'realisation_entry',
      entityId: entryId,
      before: { status: row.status },
      after: { status, comment, ...(judgement && { judgement }) },
    });
    await notify(trx, [row.employee_id], `realisation.${status}`, `/skp/${row.skp_id}#realisation`, {
      name: viewer.name,
    });
    return { skpId: row.skp_id };
  });
}

/**
 * Reminds the owner, once per period, of indicators still without an entry (or with a returned one) when
 * the period ends within REALISATION_REMINDER_DAYS. Idempotent: run it as often as you like (the home page
 * does, for the signed-in employee).
 */
export async function remindRealisation(db: Database, employeeId: number, agencyId: number, on: string) {
  const horizon = new Date(Date.parse(`${on}T00:00:00Z`) + config.realisationReminderDays * 864e5)
    .toISOString()
    .slice(0, 10);
  const due = await db
    .selectFrom('periods as p')
    .innerJoin('skps as s', (j) => j.onRef('s.year', '=', 'p.year').on('s.employee_id', '=', employeeId))
    .innerJoin('skp_rhks as r', 'r.skp_id', 's.id')
    .innerJoin('skp_indicators as i', 'i.rhk_id', 'r.id')
    .leftJoin('realisation_entries as x', (j) =>
      j.onRef('x.indicator_id', '=', 'i.id').onRef('x.period_id', '=', 'p.id'),
    )
    .select(['p.id', 'p.ends_on', 's.id as skp_id'])
    .select((eb) => eb.fn.countAll<string>().as('missing'))
    .where('p.agency_id', '=', agencyId)
    .where('p.kind', '=', config.realisationPeriod)
    .where('p.status', '=', sql.lit('open'))
    .where('p.ends_on', '>=', on)
    .where('p.ends_on', '<=', horizon)
    .where('s.status', '=', sql.lit('approved'))
    .where((eb) =>
      eb.or([
        eb('i.measure', 'in', ['periodic', 'duration', 'amount', 'qualitative']),
        eb.and([eb('i.measure', 'is', null), eb('i.aspek', '<>', 'kuantitas')]),
      ]),
    )
    .where((eb) => eb.or([eb('x.id', 'is', null), eb('x.status', '=', sql.lit('returned'))]))
    .groupBy(['p.id', 'p.ends_on', 's.id'])
    // Every home page view asks: a prepared statement (db/pool.ts), planned once per connection.
    .modifyEnd(PREPARED)
    .execute();
  if (due.length === 0) return;
  await db.transaction().execute(async (trx) => {
    // One writer per employee, so two pages loading at once do not both remind.
    await sql`SELECT pg_advisory_xact_lock(${0x5245}, ${employeeId})`.execute(trx);
    for (const d of due) {
      const sent = await trx
        .selectFrom('notifications')
        .select('id')
        .where('recipient_id', '=', employeeId)
        .where('kind', '=', 'realisation.reminder')
        .where(sql`params->>'periodId'`, '=', String(d.id))
        .executeTakeFirst();
      if (sent) continue;
      await notify(trx, [employeeId], 'realisation.reminder', `/skp/${d.skp_id}#realisation`, {
        periodId: String(d.id),
        count: Number(d.missing),
        endsOn: d.ends_on,
      });
    }
  });
}
