/** The seven BerAKHLAK core values, in their official order. Names and guidelines live in the catalogues. */
export const BERAKHLAK = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;

export type BerakhlakValue = (typeof BERAKHLAK)[number];

export const isBerakhlakValue = (v: string): v is BerakhlakValue =>
  (BERAKHLAK as readonly string[]).includes(v);
