import Link from 'next/link';
import { getTranslations } from '@/lib/i18n/server';

/** The way from a profile to the continuous feedback record (the own one, or a subordinate's). */
export async function CoachingLink({ href }: { href: string }) {
  const t = await getTranslations('coaching');
  return (
    <p>
      <Link className="font-medium text-emerald-800 underline" href={href} data-testid="coaching-link">
        {t('title')}
      </Link>
    </p>
  );
}
