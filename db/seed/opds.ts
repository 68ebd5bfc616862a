import {
  ADMIN_STAFF,
  BIDANG_STAFF,
  bagian,
  dinas,
  FINANCE_STAFF,
  MANAGER_DEGREES,
  MANAGER_MASTERS,
  type OpdDef,
  type SubDef,
  sekretariat,
  subbagian,
} from './data';
import { DINAS } from './dinas';

const irban = (n: number, roman: string): SubDef => ({
  code: `irban${n}`,
  name: `Inspektorat Pembantu Wilayah ${roman}`,
  head: `Inspektur Pembantu Wilayah ${roman}`,
  headKind: 'administrator',
  weight: 3,
  optional: n === 3,
  staff: [
    'Auditor Ahli Pertama',
    'Auditor Ahli Pertama',
    'Auditor Ahli Muda',
    'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama',
  ],
});

/** The perangkat daerah of a kota, in the order the organisation chart lists them. */
export const OPDS: readonly OpdDef[] = [
  {
    code: 'setda',
    name: 'Sekretariat Daerah',
    head: 'Sekretaris Daerah',
    headKind: 'jpt_pratama',
    degrees: MANAGER_DEGREES,
    masters: MANAGER_MASTERS,
    specialists: ['Analis Kebijakan Ahli Pertama', 'Analis Kebijakan Ahli Muda'],
    subs: [
      bagian('pemerintahan', 'Pemerintahan'),
      bagian('hukum', 'Hukum', {
        staff: ['Perancang Peraturan Perundang-undangan Ahli Pertama', ...BIDANG_STAFF],
      }),
      bagian('organisasi', 'Organisasi'),
      bagian('umum', 'Umum', {
        weight: 3,
        staff: [...ADMIN_STAFF, ...FINANCE_STAFF],
        children: [
          subbagian('tu', 'Tata Usaha Pimpinan', ADMIN_STAFF),
          subbagian('rt', 'Rumah Tangga dan Perlengkapan', ADMIN_STAFF),
          subbagian('keu', 'Keuangan', FINANCE_STAFF),
        ],
      }),
      bagian('ekonomi', 'Perekonomian dan Sumber Daya Alam'),
      bagian('kesra', 'Kesejahteraan Rakyat'),
      bagian('pbj', 'Pengadaan Barang dan Jasa', {
        staff: ['Pengelola Pengadaan Barang/Jasa Ahli Pertama', ...BIDANG_STAFF],
      }),
    ],
  },
  {
    code: 'setwan',
    name: 'Sekretariat DPRD',
    head: 'Sekretaris DPRD',
    headKind: 'jpt_pratama',
    degrees: MANAGER_DEGREES,
    masters: MANAGER_MASTERS,
    specialists: ['Perancang Peraturan Perundang-undangan Ahli Pertama', 'Analis Kebijakan Ahli Pertama'],
    subs: [
      bagian('umum', 'Umum dan Keuangan', { weight: 3, staff: [...ADMIN_STAFF, ...FINANCE_STAFF] }),
      bagian('sidang', 'Persidangan dan Perundang-undangan'),
      bagian('anggaran', 'Fasilitasi Penganggaran dan Pengawasan', { optional: true }),
    ],
  },
  {
    code: 'inspektorat',
    name: 'Inspektorat Daerah',
    head: 'Inspektur',
    headKind: 'jpt_pratama',
    degrees: ['S.E.', 'S.Ak.', 'S.H.'],
    masters: ['M.Si.', 'M.Ak.', 'M.M.'],
    specialists: [],
    subs: [sekretariat('Sekretaris Inspektorat'), irban(1, 'I'), irban(2, 'II'), irban(3, 'III')],
  },
  dinas(
    'bappeda',
    'Badan Perencanaan Pembangunan Daerah',
    ['Perencana Ahli Pertama', 'Perencana Ahli Muda'],
    [
      ['pemerintahan', 'Perencanaan Pemerintahan dan Pembangunan Manusia'],
      ['ekonomi', 'Perencanaan Perekonomian dan Infrastruktur Kewilayahan'],
    ],
    [
      ['litbang', 'Penelitian dan Pengembangan'],
      ['evaluasi', 'Pengendalian, Evaluasi dan Pelaporan Pembangunan'],
    ],
  ),
  dinas(
    'bkpsdm',
    'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    ['Analis SDM Aparatur Ahli Pertama', 'Analis SDM Aparatur Ahli Muda', 'Pranata Komputer Ahli Pertama'],
    [
      ['pengadaan', 'Pengadaan, Pemberhentian dan Informasi Kepegawaian'],
      ['kinerja', 'Penilaian Kinerja Aparatur dan Penghargaan'],
    ],
    [
      ['mutasi', 'Mutasi dan Promosi'],
      ['bangkom', 'Pengembangan Kompetensi Aparatur'],
    ],
  ),
  dinas(
    'bpkd',
    'Badan Pengelolaan Keuangan Daerah',
    ['Analis Keuangan Pusat dan Daerah Ahli Pertama', 'Pengelola Keuangan'],
    [
      ['anggaran', 'Anggaran'],
      ['perbendaharaan', 'Perbendaharaan'],
    ],
    [
      ['akuntansi', 'Akuntansi dan Pelaporan'],
      ['aset', 'Pengelolaan Barang Milik Daerah'],
      ['pendapatan', 'Pendapatan'],
    ],
    { degrees: ['S.E.', 'S.Ak.', 'S.H.'], masters: ['M.Si.', 'M.Ak.', 'M.M.'] },
  ),
  dinas(
    'kesbangpol',
    'Badan Kesatuan Bangsa dan Politik',
    ['Analis Kebijakan Ahli Pertama'],
    [
      ['ideologi', 'Ideologi, Wawasan Kebangsaan dan Karakter Bangsa'],
      ['politik', 'Politik Dalam Negeri dan Organisasi Kemasyarakatan'],
    ],
    [['kewaspadaan', 'Kewaspadaan Nasional dan Penanganan Konflik']],
  ),
  dinas(
    'bpbd',
    'Badan Penanggulangan Bencana Daerah',
    ['Operator Layanan Operasional', 'Analis Kebijakan Ahli Pertama'],
    [
      ['pencegahan', 'Pencegahan dan Kesiapsiagaan'],
      ['kedaruratan', 'Kedaruratan dan Logistik'],
    ],
    [['rehabilitasi', 'Rehabilitasi dan Rekonstruksi']],
    { head: 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah' },
  ),
  ...DINAS,
];
