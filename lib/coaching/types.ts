import type { CoachingSummary, NoteKind, NoteTarget } from '@/lib/domain/coaching';

export type CoachingNote = {
  id: number;
  version: number;
  kind: NoteKind;
  target: NoteTarget;
  notedOn: string;
  text: string;
  authorName: string;
  /** The linked daily report, shown by date and activity; null when none (or it was deleted since). */
  report: { id: number; date: string; activity: string } | null;
  /** The linked realisation entry: its indicator and period, listed on the SKP page; null when none. */
  entry: RealisationEntryLink | null;
  response: string | null;
  respondedAt: string | null;
};

/** A realisation entry as a note names it: the indicator, the period, and the SKP page that lists it. */
export type RealisationEntryLink = {
  id: number;
  skpId: number;
  indicatorText: string;
  period: { year: number; kind: string; seq: number };
};

export type CoachingAction = { id: number; text: string; dueOn: string; doneOn: string | null };

export type CoachingDialog = {
  id: number;
  version: number;
  heldOn: string;
  discussed: string;
  followUp: string | null;
  authorName: string;
  actions: CoachingAction[];
};

/** The viewer's part: the current pejabat penilai writes, the employee answers, the atasan reads. */
export type CoachingRole = 'supervisor' | 'employee' | 'atasan';

export type CoachingRecord = {
  employeeId: number;
  employeeName: string;
  role: CoachingRole;
  notes: CoachingNote[];
  dialogs: CoachingDialog[];
};

/** What the supervisor's note form offers: the RHK of the employee's SKP this year, recent reports and entries. */
export type NoteOptions = {
  rhks: { id: number; kind: 'utama' | 'tambahan'; text: string }[];
  reports: { id: number; date: string; activity: string }[];
  /** The employee's realisation entries of this year, newest period first. */
  entries: RealisationEntryLink[];
};

/** A period's notes and dialogs, as evidence beside an appraisal, with the counts the "why" states. */
export type CoachingEvidence = { notes: CoachingNote[]; dialogs: CoachingDialog[]; summary: CoachingSummary };
