import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import type { SignalView } from '@/lib/raters/queries';

/** Values shown with decimals: differences in rating levels and scores. */
const DECIMAL = new Set(['gap', 'agency', 'z', 'teamGap']);

/**
 * Each signal with its readable reason: the comparison, the numbers and n, so a person can check it.
 * Flagged signals first; with `all`, the unflagged ones follow as information.
 */
export async function SignalList({ signals, all = false }: { signals: SignalView[]; all?: boolean }) {
  const [t, f] = await Promise.all([getTranslations('raters'), getFormats()]);
  const shown = all ? signals : signals.filter((s) => s.flagged);
  if (shown.length === 0) return <p className="text-sm text-slate-700">{t('noFlag')}</p>;
  const values = (s: SignalView) =>
    Object.fromEntries(
      Object.entries(s.values).map(([k, v]) => [k, DECIMAL.has(k) ? f.difference(v) : f.number(v, 0)]),
    );
  return (
    <ul className="space-y-2">
      {shown.map((s) => {
        const v = {
          ...values(s),
          name: s.subjectName ?? '',
          opened: f.number((s.values.withEvidence ?? 0) - (s.values.unopened ?? 0), 0),
        };
        return (
          <li
            key={`${s.kind}-${s.employeeId ?? ''}`}
            className={`rounded border-l-4 bg-white p-2 text-sm ${s.flagged ? 'border-amber-600' : 'border-slate-300'}`}
            data-testid={`signal-${s.kind}`}
            data-flagged={s.flagged}
          >
            <p className="font-semibold">
              {s.flagged ? `⚠ ${t('flag')}: ` : `${t('info')}: `}
              {t(`kind.${s.kind}`)}
            </p>
            <p>
              {t(`reasons.${s.kind}`, v)}
              {s.kind === 'rubberStamp' &&
                (s.values.seconds ?? -1) >= 0 &&
                ` ${t('reasons.rubberStampTiming', v)}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
