import { markAbbreviations } from '@/lib/i18n/abbreviations';
import { getTranslations } from '@/lib/i18n/server';

/** Text whose abbreviations (SKP, RHK, TMT, Plt/Plh, JPT, PPPK…) carry their full form in <abbr title>. */
export async function Abbr({ children }: { children: string }) {
  const t = await getTranslations('abbr');
  return markAbbreviations(children, (word, at) => (
    <abbr key={at} title={t(word)} className="cursor-help">
      {word}
    </abbr>
  ));
}
