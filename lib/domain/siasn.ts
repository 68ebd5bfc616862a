import type { Predikat } from './appraisal';
import { pangkatByCode, pppkGolonganLabel } from './pangkat';
import type { Rating } from './ratings';

/**
 * How our appraisal results are written for SIASN's SKP results (`skp22`): one module, so a change in
 * BKN's reference tables is one edit. Codes follow SIASN's references: Rating Hasil/Perilaku Kerja
 * 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi; the quadrant (predikat) 1 = Sangat Baik … 5 = Sangat Kurang.
 * The names are SIASN's field names and spellings, not UI text: they stay the same in every language.
 */

export const SIASN_RATING: Record<Rating, { code: number; text: string }> = {
  di_atas: { code: 1, text: 'DIATAS EKSPEKTASI' },
  sesuai: { code: 2, text: 'SESUAI EKSPEKTASI' },
  di_bawah: { code: 3, text: 'DIBAWAH EKSPEKTASI' },
};

export const SIASN_KUADRAN: Record<Predikat, { code: number; text: string }> = {
  sangat_baik: { code: 1, text: 'SANGAT BAIK' },
  baik: { code: 2, text: 'BAIK' },
  butuh_perbaikan: { code: 3, text: 'BUTUH PERBAIKAN' },
  kurang: { code: 4, text: 'KURANG/MISCONDUCT' },
  sangat_kurang: { code: 5, text: 'SANGAT KURANG' },
};

/** Only results handed to the employee count: delivered (objection window running), accepted, or final. */
export const EXPORTED_STATUSES = ['delivered', 'accepted', 'final'] as const;

/** The columns of the export, in order: SIASN's names first, then what helps a person check a row. */
export const SIASN_COLUMNS = [
  'nipBaru',
  'nama',
  'tahun',
  'periodeMulai',
  'periodeSelesai',
  'hasilKinerjaNilai',
  'hasilKinerja',
  'perilakuKerjaNilai',
  'perilakuKerja',
  'kuadranKinerjaNilai',
  'kuadranKinerja',
  'penilaiNipNrp',
  'penilaiNama',
  'penilaiGolongan',
  'penilaiJabatan',
  'penilaiUnorNama',
  'statusPenilai',
  'jabatanNama',
  'unorNama',
  'statusPenilaian',
] as const;

export type SiasnColumn = (typeof SIASN_COLUMNS)[number];

/** A person's golongan as SIASN writes it: "III/c" for a PNS, the roman golongan for a PPPK. */
export function siasnGolongan(p: {
  kind: string;
  pangkat: string | null;
  pppkGolongan: number | null;
}): string | null {
  if (p.kind === 'PPPK') return p.pppkGolongan === null ? null : (pppkGolonganLabel(p.pppkGolongan) ?? null);
  return p.pangkat ? (pangkatByCode(p.pangkat)?.code ?? p.pangkat) : null;
}

/** "2026-07-01" → 7: SIASN takes a periodic result's first and last month as numbers. */
export const monthOf = (isoDate: string) => Number(isoDate.slice(5, 7));

export type SiasnSource = {
  nip: string;
  name: string;
  year: number;
  startsOn: string;
  endsOn: string;
  ratingHasil: Rating;
  ratingPerilaku: Rating;
  predikat: Predikat;
  status: string;
  position: string;
  unit: string;
  penilai: {
    nip: string;
    name: string;
    kind: string;
    pangkat: string | null;
    pppkGolongan: number | null;
    position: string;
    unit: string;
  };
};

/** One employee's result for a period as a SIASN row, cells in the order of SIASN_COLUMNS. */
export function siasnRow(s: SiasnSource): Record<SiasnColumn, string | number | null> {
  return {
    nipBaru: s.nip,
    nama: s.name,
    tahun: s.year,
    periodeMulai: monthOf(s.startsOn),
    periodeSelesai: monthOf(s.endsOn),
    hasilKinerjaNilai: SIASN_RATING[s.ratingHasil].code,
    hasilKinerja: SIASN_RATING[s.ratingHasil].text,
    perilakuKerjaNilai: SIASN_RATING[s.ratingPerilaku].code,
    perilakuKerja: SIASN_RATING[s.ratingPerilaku].text,
    kuadranKinerjaNilai: SIASN_KUADRAN[s.predikat].code,
    kuadranKinerja: SIASN_KUADRAN[s.predikat].text,
    penilaiNipNrp: s.penilai.nip,
    penilaiNama: s.penilai.name,
    penilaiGolongan: siasnGolongan(s.penilai),
    penilaiJabatan: s.penilai.position,
    penilaiUnorNama: s.penilai.unit,
    statusPenilai: 'ASN',
    jabatanNama: s.position,
    unorNama: s.unit,
    statusPenilaian: s.status,
  };
}
