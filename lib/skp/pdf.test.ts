import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BERAKHLAK, type BerakhlakValue } from '@/lib/domain/berakhlak';
import id from '@/lib/i18n/id.json';
import { renderSkpPdf, type SkpPdfLabels } from './pdf';
import type { SkpDocument, SkpRhk } from './types';

const PDFTOTEXT = '/usr/bin/pdftotext';
const OPTIONS = { printedOn: '28 November 2026', placeAndDate: 'Pariaman, 28 November 2026' };

function sampleIndonesianLabels(): SkpPdfLabels {
  const berakhlak = Object.fromEntries(
    BERAKHLAK.map((v) => {
      const { name, g1, g2, g3 } = id.berakhlak[v];
      return [v, { name, guidelines: [g1, g2, g3] }];
    }),
  ) as SkpPdfLabels['berakhlak'];
  return {
    title: 'SASARAN KINERJA PEGAWAI',
    period: 'Periode Penilaian',
    periodStart: '1 Januari',
    periodEnd: '31 Desember',
    approach: 'Pendekatan',
    approaches: { kuantitatif: 'Kuantitatif', kualitatif: 'Kualitatif' },
    approval: 'Persetujuan',
    statuses: { draft: 'Draf', submitted: 'Diajukan', approved: 'Disetujui', returned: 'Dikembalikan' },
    revision: 'Revisi',
    approvedLate: 'terlambat',
    notApproved: 'BELUM DISETUJUI',
    printedOn: 'Dicetak',
    employee: 'Pegawai yang Dinilai',
    pejabatPenilai: 'Pejabat Penilai Kinerja',
    no: 'No',
    name: 'Nama',
    nip: 'NIP',
    niPppk: 'NI PPPK',
    pangkat: 'Pangkat/Gol.',
    golonganPppk: 'Golongan PPPK',
    jabatan: 'Jabatan',
    unit: 'Unit Kerja',
    hasilKerja: 'HASIL KERJA',
    utama: 'Utama',
    tambahan: 'Tambahan',
    parentRhk: 'Rencana Hasil Kerja Pimpinan yang Diintervensi',
    rhk: 'Rencana Hasil Kerja',
    aspek: 'Aspek',
    aspeks: { kuantitas: 'Kuantitas', kualitas: 'Kualitas', waktu: 'Waktu', biaya: 'Biaya' },
    indicator: 'Indikator Kinerja Individu',
    target: 'Target',
    perilakuKerja: 'PERILAKU KERJA',
    behaviour: 'Perilaku Kerja',
    expectation: 'Ekspektasi Khusus Pimpinan',
    berakhlak,
    decimalSeparator: ',',
  };
}

function rhk(no: number, kind: SkpRhk['kind'], text: string, parent: string | null): SkpRhk {
  return {
    id: no,
    kind,
    text,
    parent: parent ? { id: 100 + no, text: parent } : null,
    unitGoal: null,
    indicators: [],
  };
}

function sampleDocument(): SkpDocument {
  const rhks: SkpRhk[] = [
    {
      ...rhk(
        1,
        'utama',
        'Tersusunnya laporan realisasi anggaran triwulanan',
        'Terwujudnya tata kelola keuangan yang akuntabel',
      ),
      indicators: [
        {
          id: 1,
          aspek: 'kuantitas',
          text: 'Jumlah laporan realisasi anggaran yang disusun',
          targetValue: '4.00',
          targetUnit: 'Laporan',
        },
        {
          id: 2,
          aspek: 'waktu',
          text: 'Laporan disampaikan paling lambat tanggal 10 bulan berikutnya',
          targetValue: '12.00',
          targetUnit: 'Bulan',
        },
      ],
    },
    {
      ...rhk(
        2,
        'utama',
        'Terverifikasinya dokumen pertanggungjawaban belanja',
        'Meningkatnya kualitas pengelolaan belanja daerah',
      ),
      indicators: [
        {
          id: 3,
          aspek: 'kualitas',
          text: 'Persentase dokumen SPJ yang lengkap dan sah',
          targetValue: '97.50',
          targetUnit: '%',
        },
      ],
    },
    {
      ...rhk(3, 'tambahan', 'Terlaksananya pendampingan aplikasi keuangan daerah', null),
      indicators: [
        {
          id: 4,
          aspek: 'kuantitas',
          text: 'Jumlah OPD yang didampingi',
          targetValue: '6',
          targetUnit: 'OPD',
        },
      ],
    },
  ];
  return {
    id: 7,
    year: 2026,
    revision: 0,
    status: 'approved',
    approach: 'kuantitatif',
    approvedLate: false,
    submittedAt: '2026-01-12T02:00:00Z',
    decidedAt: '2026-01-20T03:00:00Z',
    returnComment: null,
    version: 3,
    agencyName: 'Pemerintah Kota Pariaman',
    employee: {
      id: 11,
      name: 'Rahmat Hidayat',
      nip: '199105252023211031',
      employeeKind: 'PPPK',
      pangkat: null,
      pppkGolongan: 9,
      position: 'Penata Kelola Keuangan Ahli Pertama',
      positionKind: 'fungsional',
      unit: 'Bidang Perbendaharaan, Badan Keuangan Daerah',
    },
    pejabatPenilai: {
      id: 3,
      name: 'Drs. Syafrizal Amir, M.Si.',
      nip: '197811052005011003',
      employeeKind: 'PNS',
      pangkat: 'IV/b',
      pppkGolongan: null,
      position: 'Kepala Bidang Perbendaharaan',
      positionKind: 'administrator',
      unit: 'Badan Keuangan Daerah',
    },
    rhks,
    expectations: [
      {
        value: 'akuntabel',
        text: 'Setiap laporan diserahkan lengkap dengan bukti pendukung yang dapat ditelusuri',
      },
      { value: 'kolaboratif', text: 'Aktif berkoordinasi dengan bendahara OPD' },
    ] satisfies { value: BerakhlakValue; text: string }[],
  };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'skp-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function pdfText(pdf: Buffer): string {
  if (!existsSync(PDFTOTEXT))
    throw new Error(`${PDFTOTEXT} is missing: install poppler-utils to run this test`);
  const file = path.join(workDir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const out = spawnSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`);
  return out.stdout;
}

/** SKP_PDF_SAMPLE_DIR=/tmp keeps the rendered files for a look at the layout. */
function keepSample(name: string, pdf: Buffer): void {
  const dir = process.env.SKP_PDF_SAMPLE_DIR;
  if (dir) writeFileSync(path.join(dir, `${name}.pdf`), pdf);
}

const pageCount = (text: string): number => text.split('\f').filter((page) => page.trim() !== '').length;

describe('renderSkpPdf', () => {
  it('renders the identity, results and behaviour of an SKP', async () => {
    const pdf = await renderSkpPdf(sampleDocument(), sampleIndonesianLabels(), OPTIONS);
    keepSample('skp-sample', pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text.replace(/\s/g, '')).toContain('199105252023211031');
    expect(text).toContain('19910525 2023 21 1 031');
    expect(text).toContain('197811052005011003'.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'));
    expect(text).toContain('Pembina Tingkat I (IV/b)');
    // The PPPK employee: their own number and golongan, not a PNS NIP and pangkat.
    expect(text).toMatch(/NI PPPK\s+19910525 2023 21 1 031/);
    expect(text).toMatch(/Golongan PPPK\s+IX\b/);
    expect(text).toContain('Tersusunnya laporan realisasi anggaran');
    expect(text).toContain('Berorientasi Pelayanan');
    expect(text).toContain('Drs. Syafrizal Amir, M.Si.');
    expect(text).toContain('97,5 %');
    expect(text).toContain('Pariaman, 28 November 2026');
    expect(text).not.toContain('BELUM DISETUJUI');
  });

  it('marks an SKP that is not approved yet', async () => {
    const pdf = await renderSkpPdf(
      { ...sampleDocument(), status: 'submitted' },
      sampleIndonesianLabels(),
      OPTIONS,
    );
    keepSample('skp-draft', pdf);
    expect(pdfText(pdf)).toContain('BELUM DISETUJUI');
  });

  it('continues long SKPs on further pages, numbered x / y', async () => {
    const rhks = Array.from({ length: 40 }, (_, i) => ({
      ...rhk(i + 1, i < 35 ? 'utama' : 'tambahan', `Hasil kerja nomor ${i + 1}`, `Sasaran atasan ${i + 1}`),
      indicators: [
        {
          id: i * 2,
          aspek: 'kuantitas' as const,
          text: `Indikator jumlah ${i + 1}`,
          targetValue: '10.00',
          targetUnit: 'Dokumen',
        },
        {
          id: i * 2 + 1,
          aspek: 'waktu' as const,
          text: `Indikator waktu ${i + 1}`,
          targetValue: '12.00',
          targetUnit: 'Bulan',
        },
      ],
    }));
    const pdf = await renderSkpPdf({ ...sampleDocument(), rhks }, sampleIndonesianLabels(), OPTIONS);
    keepSample('skp-long', pdf);
    const text = pdfText(pdf);
    const pages = pageCount(text);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Hasil kerja nomor 40');
    expect(text).toMatch(new RegExp(`\\b${pages} ?/ ?${pages}\\s*$`));
    // The column header is repeated at the top of every page the table runs onto.
    expect(text.split('Indikator Kinerja Individu').length - 1).toBeGreaterThan(1);
  });

  it('splits an RHK with more indicators than a page holds, repeating the RHK', async () => {
    const indicators = Array.from({ length: 45 }, (_, i) => ({
      id: i,
      aspek: 'kuantitas' as const,
      text: `Indikator ke-${i + 1}`,
      targetValue: '1.00',
      targetUnit: 'Dokumen',
    }));
    const rhks = [{ ...rhk(1, 'utama', 'Hasil kerja yang sangat rinci', 'Sasaran atasan'), indicators }];
    const pdf = await renderSkpPdf({ ...sampleDocument(), rhks }, sampleIndonesianLabels(), OPTIONS);
    keepSample('skp-split', pdf);
    const text = pdfText(pdf);
    expect(pageCount(text)).toBeGreaterThan(1);
    expect(text).toContain('Indikator ke-45');
    expect(text.split('Hasil kerja yang sangat rinci').length - 1).toBeGreaterThan(1);
  });
});
