import Link from 'next/link';
import { getTranslations } from '@/lib/i18n/server';

/** The 404 text, shared by the page on its own and the one inside the signed-in layout. */
export async function NotFoundMessage() {
  const t = await getTranslations('errors');
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('notFoundBody')}</p>
      <Link href="/" className="mt-4 inline-block text-emerald-800 underline">
        {t('backHome')}
      </Link>
    </div>
  );
}
