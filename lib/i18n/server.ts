import 'server-only';
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from 'next-intl';
import {
  getLocale,
  getMessages,
  getTimeZone,
  type getFormatter as requestFormatter,
  type getTranslations as requestTranslations,
} from 'next-intl/server';
import { cache } from 'react';
import { reportI18nError } from './request';

/**
 * The server's translations and formatter: next-intl's, with the Intl objects behind them (plural rules,
 * number and date formats) made once per process instead of once per request. next-intl keeps them in a
 * cache that lives for one request, and making one costs about 0.15 ms here (lib/intl.ts): a page with
 * counted nav badges and dates made eight or more per view, about 5 % of a signed-in page's server time.
 * The shared cache is keyed by locale, message and options, which are bounded (two languages, the
 * catalogues, the option sets in code), and Intl objects do not change once made.
 *
 * Every server component and action imports these from here, not from next-intl/server
 * (lib/architecture.test.ts checks it).
 */
const shared = _createCache();
const formatters = _createIntlFormatters(shared);

async function translationsImpl(namespace?: string) {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  return createTranslator({
    locale,
    messages,
    namespace,
    timeZone,
    onError: reportI18nError,
    _cache: shared,
    _formatters: formatters,
  });
}

async function formatterImpl() {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return createFormatter({
    locale,
    timeZone,
    onError: reportI18nError,
    _formatters: formatters,
    // Read only by relative times (as next-intl does: the moment they are formatted).
    get now() {
      return new Date();
    },
  });
}

/** next-intl's getTranslations (same signature), on the process-wide formatters. */
export const getTranslations = cache(translationsImpl) as unknown as typeof requestTranslations;

/** next-intl's getFormatter, on the process-wide formatters. */
export const getFormatter = cache(formatterImpl) as unknown as typeof requestFormatter;

export { getLocale, getMessages };
