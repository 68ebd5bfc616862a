import { bidang, dinas, kecamatan, type OpdDef, puskesmas, schools, sekretariat } from './data';

/** The dinas, Satpol PP and the four kecamatan, in the order of the organisation chart. */
export const DINAS: readonly OpdDef[] = [
  {
    ...dinas('disdikbud', 'Dinas Pendidikan dan Kebudayaan', ['Analis Kebijakan Ahli Pertama'], []),
    degrees: ['S.Pd.'],
    masters: ['M.Pd.', 'M.Si.'],
    subs: [
      sekretariat('Sekretaris Dinas'),
      // The demo Kepala Bidang's only definitive subordinates are the three demo staff.
      bidang('sd', 'Pembinaan Sekolah Dasar', { weight: 0 }),
      bidang('smp', 'Pembinaan Sekolah Menengah Pertama', {
        staff: [
          'Analis Kebijakan Ahli Pertama',
          'Penata Layanan Operasional',
          'Pengadministrasi Perkantoran',
        ],
      }),
      bidang('kebudayaan', 'Kebudayaan', {
        vacant: true,
        minStaff: 2,
        staff: ['Pamong Budaya Ahli Pertama', 'Pamong Budaya Ahli Pertama', 'Penata Layanan Operasional'],
      }),
      bidang('paud', 'Pendidikan Anak Usia Dini dan Pendidikan Nonformal', {
        staff: ['Pamong Belajar Ahli Pertama', 'Pamong Belajar Ahli Pertama', 'Penata Layanan Operasional'],
      }),
    ],
    scaled: schools,
  },
  dinas(
    'dinkes',
    'Dinas Kesehatan',
    ['Administrator Kesehatan Ahli Pertama', 'Epidemiolog Kesehatan Ahli Pertama'],
    [
      ['kesmas', 'Kesehatan Masyarakat'],
      ['p2p', 'Pencegahan dan Pengendalian Penyakit'],
      ['yankes', 'Pelayanan dan Sumber Daya Kesehatan'],
    ],
    [],
    { degrees: ['dr. ', 'S.K.M.'], masters: ['M.Kes.', 'M.K.M.'], scaled: puskesmas },
  ),
  dinas(
    'pupr',
    'Dinas Pekerjaan Umum dan Penataan Ruang',
    ['Teknik Jalan dan Jembatan Ahli Pertama', 'Penata Ruang Ahli Pertama'],
    [
      ['binamarga', 'Bina Marga'],
      ['sda', 'Sumber Daya Air'],
    ],
    [
      ['ciptakarya', 'Cipta Karya'],
      ['tataruang', 'Penataan Ruang dan Bina Konstruksi'],
    ],
    { degrees: ['S.T.'], masters: ['M.T.', 'M.Si.'] },
  ),
  dinas(
    'perkimlh',
    'Dinas Perumahan, Kawasan Permukiman dan Lingkungan Hidup',
    ['Pengendali Dampak Lingkungan Ahli Pertama'],
    [
      ['perkim', 'Perumahan dan Kawasan Permukiman'],
      ['sampah', 'Pengelolaan Sampah dan Pertamanan'],
    ],
    [['pencemaran', 'Pengendalian Pencemaran dan Kerusakan Lingkungan']],
  ),
  dinas(
    'dinsosp3a',
    'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak',
    ['Pekerja Sosial Ahli Pertama'],
    [
      ['rehsos', 'Rehabilitasi dan Perlindungan Jaminan Sosial'],
      ['p3a', 'Pemberdayaan Perempuan dan Perlindungan Anak'],
    ],
    [['dayasos', 'Pemberdayaan Sosial dan Penanganan Fakir Miskin']],
  ),
  dinas(
    'disdukcapil',
    'Dinas Kependudukan dan Pencatatan Sipil',
    ['Administrator Database Kependudukan Ahli Pertama'],
    [
      ['dafduk', 'Pelayanan Pendaftaran Penduduk'],
      ['capil', 'Pelayanan Pencatatan Sipil'],
    ],
    [['piak', 'Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data']],
  ),
  dinas(
    'diskominfo',
    'Dinas Komunikasi dan Informatika',
    ['Pranata Komputer Ahli Pertama', 'Pranata Komputer Ahli Muda', 'Pranata Humas Ahli Pertama'],
    [
      ['ikp', 'Informasi dan Komunikasi Publik'],
      ['aptika', 'Aplikasi Informatika'],
    ],
    [['sandistat', 'Persandian dan Statistik']],
    { degrees: ['S.Kom.', 'S.T.', 'S.Sos.'] },
  ),
  dinas(
    'dishub',
    'Dinas Perhubungan',
    ['Penguji Kendaraan Bermotor Terampil'],
    [
      ['lla', 'Lalu Lintas dan Angkutan'],
      ['sarpras', 'Sarana dan Prasarana'],
    ],
    [['dalops', 'Pengendalian dan Operasional']],
  ),
  dinas(
    'disparpora',
    'Dinas Pariwisata, Pemuda dan Olahraga',
    ['Analis Kebijakan Ahli Pertama'],
    [
      ['destinasi', 'Destinasi Pariwisata'],
      ['pora', 'Kepemudaan dan Olahraga'],
    ],
    [['pemasaran', 'Pemasaran Pariwisata dan Ekonomi Kreatif']],
  ),
  dinas(
    'dkp',
    'Dinas Kelautan dan Perikanan',
    ['Analis Pasar Hasil Perikanan Ahli Pertama'],
    [
      ['tangkap', 'Perikanan Tangkap'],
      ['budidaya', 'Perikanan Budidaya'],
    ],
    [['pengolahan', 'Pengolahan dan Pemasaran Hasil Perikanan']],
    { degrees: ['S.Pi.', 'S.P.', 'S.E.'] },
  ),
  dinas(
    'distankp',
    'Dinas Pertanian dan Ketahanan Pangan',
    ['Penyuluh Pertanian Ahli Pertama'],
    [
      ['tph', 'Tanaman Pangan dan Hortikultura'],
      ['ketapang', 'Ketahanan Pangan'],
    ],
    [
      ['peternakan', 'Peternakan dan Kesehatan Hewan'],
      ['penyuluhan', 'Penyuluhan'],
    ],
    { degrees: ['S.P.', 'S.Pt.'] },
  ),
  dinas(
    'dpmptsp',
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    ['Penata Layanan Operasional', 'Analis Kebijakan Ahli Pertama'],
    [
      ['perizinan', 'Pelayanan Perizinan dan Non Perizinan'],
      ['penanaman', 'Penanaman Modal'],
    ],
    [['pengaduan', 'Pengaduan, Kebijakan dan Pelaporan Layanan']],
  ),
  dinas(
    'disdagkop',
    'Dinas Perdagangan, Koperasi dan Usaha Kecil dan Menengah',
    ['Analis Kebijakan Ahli Pertama'],
    [
      ['perdagangan', 'Perdagangan'],
      ['koperasi', 'Koperasi dan Usaha Mikro'],
    ],
    [['metrologi', 'Metrologi Legal dan Pasar']],
  ),
  {
    ...dinas(
      'satpolpp',
      'Satuan Polisi Pamong Praja dan Pemadam Kebakaran',
      ['Polisi Pamong Praja Terampil'],
      [],
    ),
    subs: [
      sekretariat('Sekretaris'),
      bidang('gakda', 'Penegakan Peraturan Daerah', {
        weight: 4,
        staff: [
          'Polisi Pamong Praja Terampil',
          'Polisi Pamong Praja Terampil',
          'Operator Layanan Operasional',
        ],
      }),
      bidang('damkar', 'Pemadam Kebakaran dan Penyelamatan', {
        weight: 4,
        staff: ['Pemadam Kebakaran Terampil', 'Pemadam Kebakaran Terampil', 'Operator Layanan Operasional'],
      }),
      bidang('tibum', 'Ketertiban Umum dan Ketenteraman Masyarakat', { optional: true, weight: 3 }),
      bidang('linmas', 'Perlindungan Masyarakat', { optional: true }),
    ],
  },
  kecamatan('Pariaman Tengah'),
  kecamatan('Pariaman Utara'),
  kecamatan('Pariaman Selatan'),
  kecamatan('Pariaman Timur'),
];
