import type { BerakhlakValue } from './berakhlak';

/**
 * Continuous feedback (umpan balik berkelanjutan): the pejabat penilai's notes — praise or "to improve",
 * on one RHK or one BerAKHLAK value — and dialog kinerja meetings with agreed actions. Pure rules only.
 */
export const NOTE_KINDS = ['praise', 'improve'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** What a note is about: an RHK of the employee's SKP (by id while it exists, always by its text) or a value. */
export type NoteTarget = { rhkId: number | null; rhkText: string } | { value: BerakhlakValue };

/** A form's "tied to" choice: `rhk:<id>` or `value:<code>`. */
export function parseTarget(raw: string): { rhkId: number } | { value: string } | null {
  const rhk = /^rhk:(\d{1,9})$/.exec(raw);
  if (rhk) return { rhkId: Number(rhk[1]) };
  const value = /^value:([a-z_]{1,40})$/.exec(raw);
  return value ? { value: value[1] as string } : null;
}

export type ActionState = 'done' | 'overdue' | 'open';

/** An agreed action is done once marked, overdue after its due date while open, else open. */
export function actionState(action: { dueOn: string; doneOn: string | null }, on: string): ActionState {
  if (action.doneOn !== null) return 'done';
  return action.dueOn < on ? 'overdue' : 'open';
}

/**
 * Where a dialog's dates are wrong, as field → message key: a meeting is recorded after it was held
 * (never in the future, and within the current or last year), and an action is due on or after it.
 */
export function dialogDateProblems(
  heldOn: string,
  dueDates: readonly string[],
  on: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (heldOn > on) problems.heldOn = 'coaching.validation.heldInFuture';
  else if (Number(heldOn.slice(0, 4)) < Number(on.slice(0, 4)) - 1)
    problems.heldOn = 'coaching.validation.heldTooLongAgo';
  dueDates.forEach((due, i) => {
    if (due < heldOn) problems[`actions.${i}.dueOn`] = 'coaching.validation.dueBeforeMeeting';
  });
  return problems;
}

/** True when `date` lies in the period (both ends inclusive). */
export const withinPeriod = (date: string, period: { startsOn: string; endsOn: string }) =>
  period.startsOn <= date && date <= period.endsOn;

export type CoachingSummary = {
  praise: number;
  improve: number;
  answered: number;
  /** Values and RHK texts with at least one "to improve" note, in the order first noted. */
  improveValues: BerakhlakValue[];
  improveRhks: string[];
  dialogs: number;
  actions: Record<ActionState, number>;
};

type SummaryNote = { kind: NoteKind; target: NoteTarget; answered: boolean };
type SummaryDialog = { actions: { dueOn: string; doneOn: string | null }[] };

/** The counts the "why this predikat" section and the PDF state about a period's feedback. */
export function summariseCoaching(
  notes: readonly SummaryNote[],
  dialogs: readonly SummaryDialog[],
  on: string,
): CoachingSummary {
  const improveValues: BerakhlakValue[] = [];
  const improveRhks: string[] = [];
  for (const n of notes) {
    if (n.kind !== 'improve') continue;
    if ('value' in n.target) {
      if (!improveValues.includes(n.target.value)) improveValues.push(n.target.value);
    } else if (!improveRhks.includes(n.target.rhkText)) improveRhks.push(n.target.rhkText);
  }
  const actions: Record<ActionState, number> = { done: 0, overdue: 0, open: 0 };
  for (const d of dialogs) for (const a of d.actions) actions[actionState(a, on)] += 1;
  return {
    praise: notes.filter((n) => n.kind === 'praise').length,
    improve: notes.filter((n) => n.kind === 'improve').length,
    answered: notes.filter((n) => n.answered).length,
    improveValues,
    improveRhks,
    dialogs: dialogs.length,
    actions,
  };
}
