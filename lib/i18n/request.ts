import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { AGENCY_TIMEZONE } from '@/lib/domain/dates';
import { catalogues } from './catalogues';
import { LOCALE_COOKIE, negotiateLocale } from './locale';

export default getRequestConfig(async () => {
  const [jar, hdrs] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(jar.get(LOCALE_COOKIE)?.value, hdrs.get('accept-language'));
  return {
    locale,
    messages: (await catalogues[locale]()).default,
    timeZone: AGENCY_TIMEZONE,
    onError: reportI18nError,
  };
});

/** Tests run strict so a missing or misplaced message fails the page instead of showing a key. */
export function reportI18nError(error: Error): void {
  if (process.env.KINERJA_STRICT_I18N === '1') throw error;
  console.error(`[i18n] ${error.message}`);
}
