import { DialogList, NoteList } from '@/components/coaching/coaching-list';
import type { AppraisalDocument } from '@/lib/appraisal/types';
import type { CoachingNote } from '@/lib/coaching/types';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { getTranslations } from '@/lib/i18n/server';

/** The notes on each RHK of the appraised SKP; notes on an RHK no longer in it come last, by their text. */
export function notesByRhk(doc: AppraisalDocument) {
  const rhkNotes = doc.coaching.notes.filter(
    (n): n is CoachingNote & { target: { rhkId: number | null; rhkText: string } } => 'rhkText' in n.target,
  );
  const ids = new Set(doc.rhks.map((r) => r.id));
  const groups = doc.rhks
    .map((r) => ({
      key: `rhk-${r.id}`,
      title: r.text,
      notes: rhkNotes.filter((n) => n.target.rhkId === r.id),
    }))
    .filter((g) => g.notes.length > 0);
  const others = rhkNotes.filter((n) => n.target.rhkId === null || !ids.has(n.target.rhkId));
  return { groups, others };
}

/**
 * Continuous feedback in the period, as evidence beside the ratings: the pejabat penilai's notes per RHK
 * and per BerAKHLAK value, with the employee's answers, and the dialog kinerja with their actions.
 */
export async function CoachingEvidence({ doc, on }: { doc: AppraisalDocument; on: string }) {
  const t = await getTranslations('coaching');
  const { groups, others } = notesByRhk(doc);
  const values = BERAKHLAK.map((v) => ({
    value: v,
    notes: doc.coaching.notes.filter((n) => 'value' in n.target && n.target.value === v),
  })).filter((g) => g.notes.length > 0);
  const tv = await getTranslations('berakhlak');
  const empty = doc.coaching.notes.length === 0 && doc.coaching.dialogs.length === 0;
  return (
    <section
      aria-labelledby="coaching-evidence"
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="coaching-evidence"
    >
      <h2 id="coaching-evidence" className="text-lg font-semibold">
        {t('evidence.title')}
      </h2>
      {empty ? (
        <p>{t('evidence.empty')}</p>
      ) : (
        <>
          {(groups.length > 0 || others.length > 0) && (
            <div className="space-y-2" data-testid="coaching-per-rhk">
              <h3 className="font-medium">{t('evidence.perRhk')}</h3>
              {groups.map((g) => (
                <div key={g.key} className="space-y-1">
                  <p className="text-sm font-medium break-words">{g.title}</p>
                  <NoteList notes={g.notes} showTarget={false} />
                </div>
              ))}
              {others.length > 0 && (
                <div className="space-y-1">
                  <p className="text-sm font-medium">{t('evidence.otherRhk')}</p>
                  <NoteList notes={others} />
                </div>
              )}
            </div>
          )}
          {values.length > 0 && (
            <div className="space-y-2" data-testid="coaching-per-value">
              <h3 className="font-medium">{t('evidence.perValue')}</h3>
              {values.map((g) => (
                <div key={g.value} className="space-y-1">
                  <p className="text-sm font-medium">{tv(`${g.value}.name`)}</p>
                  <NoteList notes={g.notes} showTarget={false} />
                </div>
              ))}
            </div>
          )}
          {doc.coaching.dialogs.length > 0 && (
            <div className="space-y-2">
              <h3 className="font-medium">{t('dialog.title')}</h3>
              <DialogList dialogs={doc.coaching.dialogs} on={on} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
