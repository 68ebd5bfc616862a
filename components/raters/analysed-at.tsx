import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import type { AnalysisStatus } from '@/lib/raters/analysis';

/**
 * Under rater signals: when the stored analysis was computed, or that it is still being computed (the
 * background job of lib/raters/analysis.ts) with a plain link that reloads the page, JavaScript or not.
 */
export async function AnalysedAt({ status, href }: { status: AnalysisStatus; href: string }) {
  const t = await getTranslations('raters');
  if (!status)
    return (
      <p
        className="rounded border border-amber-300 bg-amber-50 p-3"
        role="status"
        data-testid="raters-pending"
      >
        {t('pending')}{' '}
        <a className="text-emerald-800 underline" href={href}>
          {t('reload')}
        </a>
      </p>
    );
  const f = await getFormats();
  return (
    <p className="text-sm text-slate-600" data-testid="raters-analysed-at">
      {t('analysedAt', { at: f.dateTime(status.computedAt) })}
    </p>
  );
}
