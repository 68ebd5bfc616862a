/**
 * Dates and numbers as people read them in the active language — "19 Desember 2026", "1,75", "83,7 %" in
 * Bahasa Indonesia — never the storage form ("2026-12-19", "1.75"). Pure functions over `Intl`, so server
 * pages (`getFormats()` in ./server-format), client components (`formatsFor(useLocale())`) and PDFs share
 * them. Calendar dates carry no time of day, so they are read and written in UTC: no time zone can move
 * one to the day before.
 */

import { AGENCY_TIMEZONE } from '@/lib/domain/dates';
import { dateTimeFormat, numberFormat } from '@/lib/intl';

type DateStyle = 'full' | 'long' | 'medium' | 'short';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const calendarDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export function formatsFor(locale: string, timeZone = AGENCY_TIMEZONE) {
  const number = (n: number, digits = 1) => numberFormat(locale, { maximumFractionDigits: digits }).format(n);
  const date = (iso: string, dateStyle: DateStyle = 'long') =>
    dateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(calendarDay(iso));
  return {
    /** A calendar date "YYYY-MM-DD": "19 Desember 2026" (long), "19 Des 2026" (medium). */
    date,
    /** Day and short month without the year, for tables of the current year: "19 Des". */
    dayMonth: (iso: string) =>
      dateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(calendarDay(iso)),
    /** A month "YYYY-MM": "Desember 2026"; `short` gives "Des" (no year) for chart axes. */
    month: (yearMonth: string, style: 'long' | 'short' = 'long') =>
      dateTimeFormat(
        locale,
        style === 'long'
          ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
          : { month: 'short', timeZone: 'UTC' },
      ).format(calendarDay(`${yearMonth.slice(0, 7)}-01`)),
    /** A moment (e.g. a notification's time) in the agency's time zone. */
    dateTime: (at: Date) =>
      dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at),
    number,
    /** A mean on a small scale, always with two decimals: "1,75". */
    mean: (n: number) =>
      numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n),
    /** A difference with its sign: "+0,74", "−0,05", "0,00". */
    difference: (n: number) =>
      numberFormat(locale, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        signDisplay: 'exceptZero',
      }).format(n),
    /** A percentage given on the 0–100 scale: "83,7 %". */
    percent: (n: number, digits = 1) => `${number(n, digits)} %`,
    /** Message parameters stored with a notification: ISO dates among them are shown as dates. */
    params: (values: Record<string, string | number>) =>
      Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && ISO_DATE.test(v) ? date(v) : v]),
      ),
  };
}

export type Formats = ReturnType<typeof formatsFor>;
