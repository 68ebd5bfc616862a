import type { SuggestionBasis as Basis } from '@/lib/appraisal/types';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

/**
 * Which indicators drove the evidence anchor's suggestion, with their achievement, and which Utama
 * indicators had nothing validated in the period (left out, not counted as 0 %).
 */
export async function SuggestionBasis({ suggestion }: { suggestion: Basis }) {
  if (!suggestion) return null;
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  const drivers = suggestion.drivers ?? [];
  const missing = suggestion.missing ?? [];
  if (drivers.length === 0 && missing.length === 0) return null;
  return (
    <div
      className="space-y-1 rounded border border-sky-700 bg-sky-50 p-3 text-sm"
      data-testid="suggestion-basis"
    >
      <p className="font-medium">
        {t('realisation.anchor.suggested', { rating: t(`ratings.${suggestion.rating}`) })}
      </p>
      {drivers.length > 0 && (
        <p data-testid="suggestion-drivers">
          {t('realisation.anchor.drivers', {
            list: drivers.map((d) => `${d.text} (${f.percent(d.pct)})`).join('; '),
          })}
        </p>
      )}
      {missing.length > 0 && (
        <p data-testid="suggestion-missing" className="text-amber-900">
          {t('realisation.anchor.missing', { list: missing.map((m) => m.text).join('; ') })}
        </p>
      )}
    </div>
  );
}
