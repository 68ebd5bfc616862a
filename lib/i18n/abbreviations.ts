/** The abbreviations a new employee meets, each explained in the catalogues under `abbr`. */
export const ABBREVIATIONS = [
  'SKP',
  'RHK',
  'TMT',
  'CPNS',
  'PNS',
  'PPPK',
  'JPT',
  'Plt',
  'Plh',
  'NIP',
] as const;
export type Abbreviation = (typeof ABBREVIATIONS)[number];

const PATTERN = new RegExp(`(?<![\\p{L}\\d])(${ABBREVIATIONS.join('|')})(?![\\p{L}\\d])`, 'gu');

/** Splits `text` so that the first occurrence of each abbreviation becomes `wrap(it)`; the rest stays text. */
export function markAbbreviations<T>(
  text: string,
  wrap: (abbr: Abbreviation, at: number) => T,
): (string | T)[] {
  const seen = new Set<string>();
  const out: (string | T)[] = [];
  let at = 0;
  for (const m of text.matchAll(PATTERN)) {
    const word = m[0] as Abbreviation;
    if (seen.has(word)) continue;
    seen.add(word);
    out.push(text.slice(at, m.index), wrap(word, m.index));
    at = m.index + word.length;
  }
  out.push(text.slice(at));
  return out.filter((part) => part !== '');
}
