type Translate = (key: string, values?: Record<string, string | number>) => string;

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "Triwulan III 2026", "Tahunan 2026" — the period of a round, in the reader's language. */
export function periodLabel(t: Translate, p: { year: number; kind: string; seq: number }): string {
  return t(`feedback.period.${p.kind}`, { seq: ROMAN[p.seq] ?? String(p.seq), year: p.year });
}
