import type { CoachingSummary } from '@/lib/domain/coaching';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A period's continuous feedback as the "why this predikat" section and the PDF state it, in the reader's
 * language (`t` is the root translator): the notes, what is to improve, and the dialog actions.
 */
export function coachingSummaryText(s: CoachingSummary, t: Translate): string {
  if (s.praise + s.improve + s.dialogs === 0) return t('coaching.why.none');
  const parts = [t('coaching.why.notes', { praise: s.praise, improve: s.improve, answered: s.answered })];
  const areas = [
    ...s.improveValues.map((v) => t(`berakhlak.${v}.name`)),
    ...s.improveRhks.map((r) => `“${r}”`),
  ];
  if (areas.length > 0) parts.push(t('coaching.why.improveOn', { areas: areas.join('; ') }));
  if (s.dialogs > 0)
    parts.push(
      t('coaching.why.dialogs', {
        count: s.dialogs,
        done: s.actions.done,
        total: s.actions.done + s.actions.open + s.actions.overdue,
        overdue: s.actions.overdue,
      }),
    );
  return parts.join(' ');
}
