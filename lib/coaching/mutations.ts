import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import { supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { isBerakhlakValue } from '@/lib/domain/berakhlak';
import { dialogDateProblems, type NoteKind, parseTarget } from '@/lib/domain/coaching';
import { ActionError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';

/*
 * Every write checks, inside its transaction, that the viewer is the employee's pejabat penilai today
 * (or, for an answer, the employee): anyone else gets "not found" and nothing changes.
 */

export type NoteInput = {
  employeeId: number;
  kind: NoteKind;
  /** `rhk:<id>` or `value:<code>` */
  target: string;
  reportId: number | null;
  /** A realisation entry of the same employee; at most one of report and entry. */
  entryId: number | null;
  text: string;
};

export async function addNote(db: Database, viewer: Viewer, input: NoteInput, on: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (!(await supervises(trx, viewer.employeeId, input.employeeId, on)))
      throw new ActionError('errors.notFound');
    const target = parseTarget(input.target);
    let rhk: { id: number; text: string } | undefined;
    if (target && 'rhkId' in target) {
      rhk = await trx
        .selectFrom('skp_rhks as r')
        .innerJoin('skps as k', 'k.id', 'r.skp_id')
        .select(['r.id', 'r.text'])
        .where('r.id', '=', target.rhkId)
        .where('k.employee_id', '=', input.employeeId)
        .where('k.year', '=', Number(on.slice(0, 4)))
        .executeTakeFirst();
    }
    const value = target && 'value' in target && isBerakhlakValue(target.value) ? target.value : null;
    if (!rhk && !value) throw new ActionError('coaching.validation.target', 'target');
    if (input.reportId !== null) {
      const report = await trx
        .selectFrom('daily_reports')
        .select('id')
        .where('id', '=', input.reportId)
        .where('employee_id', '=', input.employeeId)
        .executeTakeFirst();
      if (!report) throw new ActionError('coaching.validation.report', 'reportId');
    }
    if (input.entryId !== null) {
      if (input.reportId !== null) throw new ActionError('coaching.validation.oneLink', 'entryId');
      const entry = await trx
        .selectFrom('realisation_entries')
        .select('id')
        .where('id', '=', input.entryId)
        .where('employee_id', '=', input.employeeId)
        .executeTakeFirst();
      if (!entry) throw new ActionError('coaching.validation.entry', 'entryId');
    }
    const { id } = await trx
      .insertInto('coaching_notes')
      .values({
        employee_id: input.employeeId,
        author_id: viewer.employeeId,
        kind: input.kind,
        rhk_id: rhk?.id ?? null,
        rhk_text: rhk?.text ?? null,
        value_code: value,
        daily_report_id: input.reportId,
        realisation_entry_id: input.entryId,
        noted_on: on,
        text: input.text,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'coaching.note.add',
      entity: 'coaching_note',
      entityId: id,
      after: {
        employeeId: input.employeeId,
        kind: input.kind,
        rhkId: rhk?.id ?? null,
        value,
        reportId: input.reportId,
        entryId: input.entryId,
      },
    });
    await notify(trx, [input.employeeId], 'coaching.note_added', `/profile/coaching#note-${id}`, {
      name: viewer.name,
    });
    return id;
  });
}

/** The employee answers a note (or changes the answer); a stale version is a conflict. */
export async function answerNote(
  db: Database,
  viewer: Viewer,
  input: { noteId: number; version: number; response: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const note = await trx
      .selectFrom('coaching_notes')
      .select(['id', 'employee_id', 'author_id', 'version', 'response'])
      .where('id', '=', input.noteId)
      .where('employee_id', '=', viewer.employeeId)
      .forUpdate()
      .executeTakeFirst();
    if (!note) throw new ActionError('errors.notFound');
    if (note.version !== input.version) throw new ActionError('errors.conflict');
    await trx
      .updateTable('coaching_notes')
      .set({
        response: input.response,
        responded_at: sql`now()`,
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', note.id)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'coaching.note.answer',
      entity: 'coaching_note',
      entityId: note.id,
      before: { response: note.response },
      after: { response: input.response },
    });
    await notify(
      trx,
      [note.author_id],
      'coaching.note_answered',
      `/employees/${note.employee_id}/coaching#note-${note.id}`,
      { name: viewer.name },
    );
  });
}

export type DialogInput = {
  employeeId: number;
  heldOn: string;
  discussed: string;
  /** `row`: the action's row in the form, for placing an error beside it. */
  actions: { text: string; dueOn: string; row?: number }[];
};

export async function recordDialog(
  db: Database,
  viewer: Viewer,
  input: DialogInput,
  on: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (!(await supervises(trx, viewer.employeeId, input.employeeId, on)))
      throw new ActionError('errors.notFound');
    // Problems name the form's row, which may differ from the action's place once empty rows are dropped.
    const found = dialogDateProblems(
      input.heldOn,
      input.actions.map((a) => a.dueOn),
      on,
    );
    const problems = Object.fromEntries(
      Object.entries(found).map(([key, message]) => {
        const i = /^actions\.(\d+)\./.exec(key)?.[1];
        const row = i === undefined ? undefined : input.actions[Number(i)]?.row;
        return [row === undefined ? key : `actions.${row}.dueOn`, message];
      }),
    );
    if (Object.keys(problems).length > 0) throw ActionError.fields('coaching.validation.dates', problems);
    const { id } = await trx
      .insertInto('coaching_dialogs')
      .values({
        employee_id: input.employeeId,
        author_id: viewer.employeeId,
        held_on: input.heldOn,
        discussed: input.discussed,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.actions.length > 0)
      await trx
        .insertInto('coaching_actions')
        .values(input.actions.map((a) => ({ dialog_id: id, text: a.text, due_on: a.dueOn })))
        .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'coaching.dialog.add',
      entity: 'coaching_dialog',
      entityId: id,
      after: { employeeId: input.employeeId, heldOn: input.heldOn, actions: input.actions },
    });
    await notify(trx, [input.employeeId], 'coaching.dialog_recorded', `/profile/coaching#dialog-${id}`, {
      name: viewer.name,
    });
    return id;
  });
}

/**
 * The follow-up of a dialog: its note, and which agreed actions are done (marked today when newly
 * checked; unchecking reopens one). Only the current pejabat penilai; a stale version is a conflict.
 */
export async function followUpDialog(
  db: Database,
  viewer: Viewer,
  input: { dialogId: number; version: number; followUp: string | null; done: number[] },
  on: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const dialog = await trx
      .selectFrom('coaching_dialogs')
      .select(['id', 'employee_id', 'version', 'follow_up'])
      .where('id', '=', input.dialogId)
      .forUpdate()
      .executeTakeFirst();
    if (!dialog || !(await supervises(trx, viewer.employeeId, dialog.employee_id, on)))
      throw new ActionError('errors.notFound');
    if (dialog.version !== input.version) throw new ActionError('errors.conflict');
    const actions = await trx
      .selectFrom('coaching_actions')
      .select(['id', 'done_on'])
      .where('dialog_id', '=', dialog.id)
      .forUpdate()
      .execute();
    const done = new Set(input.done);
    if ([...done].some((id) => !actions.some((a) => a.id === id))) throw new ActionError('errors.notFound');
    const marked = actions.filter((a) => a.done_on === null && done.has(a.id)).map((a) => a.id);
    const reopened = actions.filter((a) => a.done_on !== null && !done.has(a.id)).map((a) => a.id);
    if (marked.length > 0)
      await trx.updateTable('coaching_actions').set({ done_on: on }).where('id', 'in', marked).execute();
    if (reopened.length > 0)
      await trx.updateTable('coaching_actions').set({ done_on: null }).where('id', 'in', reopened).execute();
    await trx
      .updateTable('coaching_dialogs')
      .set({ follow_up: input.followUp, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', dialog.id)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'coaching.dialog.follow_up',
      entity: 'coaching_dialog',
      entityId: dialog.id,
      before: { followUp: dialog.follow_up },
      after: { followUp: input.followUp, marked, reopened },
    });
  });
}
