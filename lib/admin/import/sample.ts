/*
 * Files in SIASN's "Export Data ASN" layout (every column BKN writes, values quoted, NIPs with a leading
 * `'`, empty fields as `null`) and the agency's supervision file: for the template downloads, the
 * benchmark and the tests. Pure, no I/O.
 */

export const SIASN_HEADERS = [
  'PNS ID',
  'NIP BARU',
  'NIP LAMA',
  'NAMA',
  'GELAR DEPAN',
  'GELAR BELAKANG',
  'TANGGAL LAHIR',
  'JENIS KELAMIN',
  'JENIS PEGAWAI ID',
  'JENIS PEGAWAI NAMA',
  'KEDUDUKAN HUKUM ID',
  'KEDUDUKAN HUKUM NAMA',
  'STATUS CPNS PNS',
  'TMT CPNS',
  'TMT PNS',
  'GOL AKHIR ID',
  'GOL AKHIR NAMA',
  'TMT GOLONGAN',
  'MK TAHUN',
  'MK BULAN',
  'JENIS JABATAN ID',
  'JENIS JABATAN NAMA',
  'JABATAN ID',
  'JABATAN NAMA',
  'TMT JABATAN',
  'UNOR ID',
  'UNOR NAMA',
  'INSTANSI INDUK ID',
  'INSTANSI INDUK NAMA',
  'INSTANSI KERJA ID',
  'INSTANSI KERJA NAMA',
  'SATUAN KERJA INDUK ID',
  'SATUAN KERJA INDUK NAMA',
  'LOKASI KERJA',
] as const;

export const SUPERVISION_HEADERS = ['NIP', 'NIP ATASAN', 'TMT', 'JENIS'] as const;

export type SamplePerson = {
  nip: string;
  name: string;
  front?: string;
  back?: string;
  golongan: string;
  jenisJabatan: 'Struktural' | 'Fungsional Tertentu' | 'Fungsional Umum';
  jabatan: string;
  unorId: string;
  unorName: string;
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid PNS NIP for person `i` (distinct birth dates from 1970, TMT CPNS February 2021). */
export function sampleNip(i: number, seq = 901): string {
  const d = new Date(Date.UTC(1970, 0, 1 + i));
  const birth = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  return `${birth}202102${(i % 2) + 1}${pad(seq, 3)}`;
}

const dmy = (iso: string) => iso.split('-').reverse().join('-');

/** One person as a row of the export, in SIASN_HEADERS order. */
export function siasnRow(p: SamplePerson): string[] {
  const birth = `${p.nip.slice(0, 4)}-${p.nip.slice(4, 6)}-${p.nip.slice(6, 8)}`;
  const tmt = `${p.nip.slice(8, 12)}-${p.nip.slice(12, 14)}-01`;
  const jenisId = { Struktural: '1', 'Fungsional Tertentu': '2', 'Fungsional Umum': '4' }[p.jenisJabatan];
  return [
    `A8ACA7${p.nip.slice(-8)}`,
    `'${p.nip}`,
    'null',
    p.name,
    p.front ?? 'null',
    p.back ?? 'null',
    dmy(birth),
    p.nip.charAt(14) === '2' ? 'F' : 'M',
    '3',
    'PNS Daerah Kab/Kota',
    '01',
    'Aktif',
    'P',
    dmy(tmt),
    dmy(tmt),
    'null',
    p.golongan,
    dmy(tmt),
    '5',
    '0',
    jenisId,
    p.jenisJabatan,
    'null',
    p.jabatan,
    dmy(tmt),
    p.unorId,
    p.unorName,
    'A5EB03E2',
    'Pemerintah Kota Pariaman',
    'A5EB03E2',
    'Pemerintah Kota Pariaman',
    'null',
    'null',
    'Kota Pariaman',
  ];
}

const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;

/** CSV as BKN's export writes it: comma-separated, every value quoted, CRLF line ends. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n');
}

/** `n` staff of one UNOR, all under `supervisorNip` (definitive from `from`). */
export function sampleFiles(
  n: number,
  unit: { unorId: string; unorName: string },
  supervisorNip: string,
  from: string,
  firstIndex = 0,
) {
  const people: SamplePerson[] = Array.from({ length: n }, (_, k) => ({
    nip: sampleNip(firstIndex + k),
    name: `Pegawai Impor ${firstIndex + k + 1}`,
    back: 'S.Pd.',
    golongan: ['III/a', 'III/b', 'III/c', 'II/c'][k % 4] as string,
    jenisJabatan: k % 3 === 0 ? 'Fungsional Tertentu' : 'Fungsional Umum',
    jabatan: k % 3 === 0 ? 'Guru Ahli Pertama' : 'Pengadministrasi Perkantoran',
    ...unit,
  }));
  return {
    people,
    peopleCsv: toCsv(SIASN_HEADERS, people.map(siasnRow)),
    supervisionCsv: toCsv(
      SUPERVISION_HEADERS,
      people.map((p) => [p.nip, supervisorNip, dmy(from), 'Definitif']),
    ),
  };
}
