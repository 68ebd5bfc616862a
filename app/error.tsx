'use client';

import { useTranslations } from 'next-intl';

/** Unexpected failures, an unreachable database among them: a readable message, never SQL or a stack. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <div role="alert" className="space-y-3 rounded-lg border-l-4 border-red-700 bg-red-50 p-4">
        <h1 className="text-xl font-bold">{t('title')}</h1>
        <p>{t('pageFailed')}</p>
        <button type="button" onClick={reset} className="rounded border border-slate-500 bg-white px-3 py-1">
          {t('tryAgain')}
        </button>
      </div>
    </main>
  );
}
