import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { PeriodRef } from './types';

/** "Triwulan III 2026", "Tahunan 2026": the period as the documents name it. */
export async function periodLabel(p: PeriodRef) {
  const t = await getTranslations('appraisal');
  return p.kind === 'annual'
    ? t('periodAnnual', { year: p.year })
    : t(p.kind === 'monthly' ? 'periodMonthly' : 'periodQuarterly', { n: p.seq, year: p.year });
}
