type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * "Triwulan III 2026", "Tahunan 2026": a period as the documents and every page name it, in the reader's
 * language (`t` is the root translator).
 */
export function periodLabel(t: Translate, p: { year: number; kind: string; seq: number }): string {
  const kind = p.kind === 'annual' || p.kind === 'monthly' ? p.kind : 'quarterly';
  return t(`calendar.period.${kind}`, { n: p.seq, year: p.year });
}
