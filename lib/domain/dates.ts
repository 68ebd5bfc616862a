import { dateTimeFormat } from '@/lib/intl';

/** The calendar date (YYYY-MM-DD) at `at` in time zone `tz` — "today" is the agency's day, not the server's. */
export function isoDateInZone(at: Date, tz: string): string {
  return dateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

export const AGENCY_TIMEZONE = 'Asia/Jakarta';

export function today(tz = AGENCY_TIMEZONE): string {
  return isoDateInZone(new Date(), tz);
}
