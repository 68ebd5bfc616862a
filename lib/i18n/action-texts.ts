import 'server-only';
import { cookies, headers } from 'next/headers';
import { createTranslator } from 'use-intl/core';
import { AGENCY_TIMEZONE } from '@/lib/domain/dates';
import type { FormState } from '@/lib/form-state';
import { catalogues } from './catalogues';
import { LOCALE_COOKIE, negotiateLocale } from './locale';

/**
 * A server action's answer with its message keys translated in the reader's language, so the browser
 * needs no catalogue namespace beyond its own form's to show what the server said (any feature's error).
 * A key the catalogue lacks stays as it is, as the form kit shows it.
 */
export async function withTexts(state: FormState): Promise<FormState> {
  const keys = [state.formError, state.message, ...Object.values(state.fieldErrors ?? {})].filter(
    (k): k is string => typeof k === 'string' && k.length > 0,
  );
  if (keys.length === 0) return state;
  const [jar, hdrs] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(jar.get(LOCALE_COOKIE)?.value, hdrs.get('accept-language'));
  const t = createTranslator({
    locale,
    messages: (await catalogues[locale]()).default as never,
    timeZone: AGENCY_TIMEZONE,
    onError: () => {},
  });
  const texts: Record<string, string> = {};
  for (const key of keys) texts[key] = t.has(key as never) ? t(key as never) : key;
  return { ...state, texts };
}
