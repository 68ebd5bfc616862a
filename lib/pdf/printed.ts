import 'server-only';
import { AGENCY_TIMEZONE } from '@/lib/domain/dates';
import { getFormatter, getTranslations } from '@/lib/i18n/server';

/** The date a document is printed, in the reader's language and the agency's time zone, and its signing line. */
export async function printedOn(): Promise<{ printedOn: string; placeAndDate: string }> {
  const [format, t] = await Promise.all([getFormatter(), getTranslations('skp')]);
  const date = format.dateTime(new Date(), { dateStyle: 'long', timeZone: AGENCY_TIMEZONE });
  return { printedOn: date, placeAndDate: t('placeDate', { date }) };
}
