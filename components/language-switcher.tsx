import { LOCALES } from '@/lib/i18n/locale';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { LanguageForm } from './language-form';

/** A plain form (select + button), so switching language works without JavaScript. */
export async function LanguageSwitcher({ returnTo }: { returnTo: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('language')]);
  return (
    <LanguageForm
      current={locale}
      returnTo={returnTo}
      label={t('label')}
      apply={t('apply')}
      options={LOCALES.map((l) => ({ value: l, label: t(l) }))}
    />
  );
}
