/**
 * The official three-level scale used for Rating Hasil Kerja, Rating Perilaku Kerja and each BerAKHLAK value
 * in 360° feedback: Di Bawah / Sesuai / Di Atas Ekspektasi. Labels live in the catalogues (`ratings.*`).
 */
export const RATINGS = ['di_bawah', 'sesuai', 'di_atas'] as const;

export type Rating = (typeof RATINGS)[number];

export const isRating = (v: string): v is Rating => (RATINGS as readonly string[]).includes(v);

/** 1 (Di Bawah) … 3 (Di Atas), for means and gaps; never shown as a score on its own. */
export const ratingLevel = (r: Rating): 1 | 2 | 3 => (r === 'di_bawah' ? 1 : r === 'sesuai' ? 2 : 3);
