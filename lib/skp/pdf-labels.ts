import 'server-only';
import { BERAKHLAK, type BerakhlakValue } from '@/lib/domain/berakhlak';
import { ASPEK, type Aspek, SKP_STATUSES, type SkpStatus } from '@/lib/domain/skp';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import type { SkpPdfLabels } from './pdf';

/** The PDF's fixed texts, from the message catalogues in the viewer's language. */
export async function skpPdfLabels(): Promise<SkpPdfLabels> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const p = (k: string) => t(`skp.pdfLabels.${k}` as 'skp.pdfLabels.periodLabel');
  return {
    title: t('skp.printTitle'),
    period: p('periodLabel'),
    periodStart: p('periodStart'),
    periodEnd: p('periodEnd'),
    approach: t('skp.approach'),
    approaches: { kuantitatif: t('skp.approaches.kuantitatif'), kualitatif: t('skp.approaches.kualitatif') },
    approval: t('skp.approvalSection'),
    statuses: Object.fromEntries(SKP_STATUSES.map((s) => [s, t(`skp.status.${s}`)])) as Record<
      SkpStatus,
      string
    >,
    revision: t('skp.revision', { n: '' }).trim(),
    approvedLate: p('lateShort'),
    notApproved: t('skp.notApproved'),
    printedOn: p('printedOn'),
    employee: p('employeeTitle'),
    pejabatPenilai: p('penilaiTitle'),
    no: t('skp.no'),
    name: t('skp.name'),
    nip: t('skp.nip'),
    niPppk: p('niPppk'),
    pangkat: t('skp.pangkat'),
    golonganPppk: t('skp.golonganPppk'),
    jabatan: t('skp.position'),
    unit: t('skp.unit'),
    hasilKerja: p('hasilKerja'),
    utama: t('skp.kind.utama'),
    tambahan: t('skp.kind.tambahan'),
    parentRhk: p('parentColumn'),
    rhk: p('rhkColumn'),
    aspek: t('skp.aspekLabel'),
    aspeks: Object.fromEntries(ASPEK.map((a) => [a, t(`skp.aspek.${a}`)])) as Record<Aspek, string>,
    indicator: p('indicatorColumn'),
    target: t('skp.target'),
    perilakuKerja: p('perilakuKerja'),
    behaviour: p('behaviourColumn'),
    expectation: p('expectationColumn'),
    berakhlak: Object.fromEntries(
      BERAKHLAK.map((v) => [
        v,
        {
          name: t(`berakhlak.${v}.name`),
          guidelines: [t(`berakhlak.${v}.g1`), t(`berakhlak.${v}.g2`), t(`berakhlak.${v}.g3`)],
        },
      ]),
    ) as Record<BerakhlakValue, { name: string; guidelines: [string, string, string] }>,
    decimalSeparator: locale === 'id' ? ',' : '.',
  };
}
