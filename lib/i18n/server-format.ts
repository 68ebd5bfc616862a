import 'server-only';
import { getLocale } from '@/lib/i18n/server';
import { formatsFor } from './format';

/** The formatting helpers for the request's language. */
export async function getFormats() {
  return formatsFor(await getLocale());
}
