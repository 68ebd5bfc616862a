import Link from 'next/link';
import type { ReactNode } from 'react';
import { periodLabel } from '@/lib/calendar/labels';
import type { CoachingDialog, CoachingNote } from '@/lib/coaching/types';
import { actionState, type NoteTarget } from '@/lib/domain/coaching';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

const KIND_TONE = {
  praise: 'border-emerald-700 bg-emerald-50 text-emerald-900',
  improve: 'border-amber-700 bg-amber-50 text-amber-900',
} as const;

/** "RHK: …" or "Nilai: Akuntabel", for the note's heading and the appraisal's evidence. */
export async function targetLabel(target: NoteTarget): Promise<string> {
  const t = await getTranslations();
  return 'value' in target
    ? t('coaching.note.onValue', { value: t(`berakhlak.${target.value}.name`) })
    : t('coaching.note.onRhk', { rhk: target.rhkText });
}

/** Feedback notes, newest first, each with its answer; `extra` adds a form under a note (the answer). */
export async function NoteList({
  notes,
  extra,
  showTarget = true,
}: {
  notes: CoachingNote[];
  extra?: (note: CoachingNote) => ReactNode;
  showTarget?: boolean;
}) {
  const [t, root, f] = await Promise.all([getTranslations('coaching'), getTranslations(), getFormats()]);
  if (notes.length === 0) return <p>{t('note.empty')}</p>;
  const targets = await Promise.all(notes.map((n) => targetLabel(n.target)));
  return (
    <ul className="space-y-3" data-testid="coaching-notes">
      {notes.map((n, i) => (
        <li
          key={n.id}
          id={`note-${n.id}`}
          className="space-y-1 rounded border border-slate-300 bg-white p-3"
          data-testid="coaching-note"
        >
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className={`rounded border px-2 py-0.5 font-medium ${KIND_TONE[n.kind]}`}>
              {t(`kind.${n.kind}`)}
            </span>
            {showTarget && <span className="font-medium break-words">{targets[i]}</span>}
          </p>
          <p className="whitespace-pre-line break-words">{n.text}</p>
          <p className="text-sm text-slate-600">
            {t('note.byline', { name: n.authorName, date: f.date(n.notedOn) })}
          </p>
          {n.report && (
            <p className="text-sm break-words">
              {t('note.report')}{' '}
              <Link className="text-emerald-800 underline" href={`/reports/${n.report.id}`}>
                {f.date(n.report.date)} — {n.report.activity}
              </Link>
            </p>
          )}
          {n.entry && (
            <p className="text-sm break-words" data-testid="coaching-note-entry">
              {t('note.entry')}{' '}
              <Link
                className="text-emerald-800 underline"
                href={`/skp/${n.entry.skpId}#realisation-entry-${n.entry.id}`}
              >
                {t('note.entryOption', {
                  period: periodLabel(root, n.entry.period),
                  text: n.entry.indicatorText,
                })}
              </Link>
            </p>
          )}
          {n.response && (
            <div className="border-l-4 border-slate-300 pl-3" data-testid="coaching-response">
              <p className="text-sm font-medium text-slate-700">
                {t('note.response', { date: n.respondedAt ? f.dateTime(new Date(n.respondedAt)) : '' })}
              </p>
              <p className="whitespace-pre-line break-words">{n.response}</p>
            </div>
          )}
          {extra?.(n)}
        </li>
      ))}
    </ul>
  );
}

/** Dialog kinerja meetings, newest first: what was discussed, the agreed actions and the follow-up. */
export async function DialogList({
  dialogs,
  on,
  extra,
}: {
  dialogs: CoachingDialog[];
  on: string;
  extra?: (dialog: CoachingDialog) => ReactNode;
}) {
  const [t, f] = await Promise.all([getTranslations('coaching'), getFormats()]);
  if (dialogs.length === 0) return <p>{t('dialog.empty')}</p>;
  return (
    <ul className="space-y-3" data-testid="coaching-dialogs">
      {dialogs.map((d) => (
        <li
          key={d.id}
          id={`dialog-${d.id}`}
          className="space-y-2 rounded border border-slate-300 bg-white p-3"
          data-testid="coaching-dialog"
        >
          <h3 className="font-medium">
            {t('dialog.heading', { date: f.date(d.heldOn), name: d.authorName })}
          </h3>
          <p className="whitespace-pre-line break-words">{d.discussed}</p>
          {d.actions.length > 0 && (
            <div>
              <p className="text-sm font-medium">{t('dialog.actions')}</p>
              <ul className="list-disc pl-6">
                {d.actions.map((a) => {
                  const state = actionState(a, on);
                  return (
                    <li key={a.id} className="break-words">
                      {a.text}{' '}
                      <span
                        className={`text-sm ${state === 'overdue' ? 'text-red-800' : state === 'done' ? 'text-emerald-800' : 'text-slate-600'}`}
                      >
                        ({t('dialog.due', { date: f.date(a.dueOn) })} ·{' '}
                        {state === 'done' && a.doneOn
                          ? t('dialog.doneOn', { date: f.date(a.doneOn) })
                          : t(`dialog.state.${state}`)}
                        )
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {d.followUp && (
            <p className="break-words whitespace-pre-line">
              <span className="font-medium">{t('dialog.followUp')}: </span>
              {d.followUp}
            </p>
          )}
          {extra?.(d)}
        </li>
      ))}
    </ul>
  );
}
