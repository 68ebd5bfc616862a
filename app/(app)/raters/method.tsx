import { getTranslations } from '@/lib/i18n/server';

/** The method and thresholds in plain words, so a reader can check what a flag means. */
export async function Method() {
  const t = await getTranslations('raters.method');
  return (
    <details className="rounded border border-slate-300 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">{t('title')}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {(['level', 'shrink', 'tests', 'fdr', 'stamp', 'thin'] as const).map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
    </details>
  );
}
