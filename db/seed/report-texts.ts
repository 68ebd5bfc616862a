/**
 * Indonesian wording for the seeded daily reports (laporan kinerja harian). An activity is written from
 * the indicator it is reported against: a few curated rules for the common posts (guru, staf
 * administrasi, the demo bidang), otherwise the indicator is parsed ("Jumlah <objek> yang di<kata kerja>
 * <keterangan>") and turned into an active sentence ("Memverifikasi <objek> <keterangan>").
 *
 * Templates come in two kinds: `work` for a day that moves the output along without finishing a unit of it
 * (quantity 0), and `done` for a day that delivers it. Placeholders filled once per indicator: {Act}/{act}
 * the active verb, {noun} its nominalisation, {obj} the object, {rest} the rest of the indicator, {rhk}
 * the RHK as an object, {area}, {opd}, {atasan}. Filled per report: {sekolah}, {kelas}, {mapel}, {bulan},
 * {tw}, {smt}, {tahap}, {desa}, {kec}, {mitra}, {topik}, {q}.
 */

/** Passive form in the indicator → [active verb, nominalisation]. */
export const VERBS: Readonly<Record<string, readonly [string, string]>> = {
  disusun: ['menyusun', 'penyusunan'],
  diverifikasi: ['memverifikasi', 'verifikasi'],
  divalidasi: ['memvalidasi', 'validasi'],
  dilaksanakan: ['melaksanakan', 'pelaksanaan'],
  diproses: ['memproses', 'pemrosesan'],
  dibina: ['membina', 'pembinaan'],
  difasilitasi: ['memfasilitasi', 'fasilitasi'],
  ditindaklanjuti: ['menindaklanjuti', 'tindak lanjut'],
  ditetapkan: ['menyiapkan penetapan', 'penetapan'],
  didampingi: ['mendampingi', 'pendampingan'],
  diterbitkan: ['menerbitkan', 'penerbitan'],
  dilayani: ['melayani', 'pelayanan'],
  diterima: ['menerima', 'penerimaan'],
  ditangani: ['menangani', 'penanganan'],
  diselesaikan: ['menyelesaikan', 'penyelesaian'],
  dievaluasi: ['mengevaluasi', 'evaluasi'],
  dipublikasikan: ['memublikasikan', 'publikasi'],
  dipelihara: ['memelihara', 'pemeliharaan'],
  diunggah: ['mengunggah', 'pengunggahan'],
  diuji: ['menguji', 'pengujian'],
  disiapkan: ['menyiapkan', 'penyiapan'],
  dinilai: ['menilai', 'penilaian'],
  dimutakhirkan: ['memutakhirkan', 'pemutakhiran'],
  diawasi: ['mengawasi', 'pengawasan'],
  disurvei: ['menyurvei', 'survei'],
  disupervisi: ['menyupervisi', 'supervisi'],
  disampaikan: ['menyampaikan', 'penyampaian'],
  disahkan: ['menyiapkan pengesahan', 'pengesahan'],
  direviu: ['mereviu', 'reviu'],
  direhabilitasi: ['merehabilitasi', 'rehabilitasi'],
  dipantau: ['memantau', 'pemantauan'],
  dilaporkan: ['melaporkan', 'pelaporan'],
  dikoordinasikan: ['mengoordinasikan', 'koordinasi'],
  diinput: ['menginput', 'penginputan'],
  dibimbing: ['membimbing', 'pembimbingan'],
  diadministrasikan: ['mengadministrasikan', 'pengadministrasian'],
  divaksinasi: ['memvaksinasi', 'vaksinasi'],
  ditolong: ['menolong', 'pertolongan'],
  ditingkatkan: ['meningkatkan', 'peningkatan'],
  ditindak: ['menindak', 'penindakan'],
  ditimbang: ['menimbang', 'penimbangan'],
  diterapkan: ['menerapkan', 'penerapan'],
  ditera: ['menera', 'tera'],
  ditata: ['menata', 'penataan'],
  dideskripsikan: ['mendeskripsikan', 'pendeskripsian'],
  dilestarikan: ['melestarikan', 'pelestarian'],
  disertifikatkan: ['memfasilitasi sertifikasi', 'sertifikasi'],
  diselenggarakan: ['menyelenggarakan', 'penyelenggaraan'],
  direkonsiliasi: ['merekonsiliasi', 'rekonsiliasi'],
  direkapitulasi: ['merekapitulasi', 'rekapitulasi'],
  dipetakan: ['memetakan', 'pemetaan'],
  diperiksa: ['memeriksa', 'pemeriksaan'],
  diperbaiki: ['memperbaiki', 'perbaikan'],
  dipenuhi: ['memenuhi', 'pemenuhan'],
  dipasang: ['memasang', 'pemasangan'],
  diobati: ['mengobati', 'pengobatan'],
  diluncurkan: ['menyiapkan peluncuran', 'peluncuran'],
  dilimpahkan: ['melimpahkan', 'pelimpahan'],
  dikonsolidasikan: ['mengonsolidasikan', 'konsolidasi'],
  dikembangkan: ['mengembangkan', 'pengembangan'],
  dikelola: ['mengelola', 'pengelolaan'],
  dikalibrasi: ['mengalibrasi', 'kalibrasi'],
  dikaji: ['mengkaji', 'pengkajian'],
  diisi: ['mengisi', 'pengisian'],
  diintervensi: ['mengintervensi', 'intervensi'],
  diikuti: ['mengikuti', 'keikutsertaan dalam'],
  dihasilkan: ['menyusun', 'penyusunan'],
  diharmonisasi: ['mengharmonisasi', 'harmonisasi'],
  didokumentasikan: ['mendokumentasikan', 'pendokumentasian'],
  didistribusikan: ['mendistribusikan', 'pendistribusian'],
  didata: ['mendata', 'pendataan'],
  didaftarkan: ['mendaftarkan', 'pendaftaran'],
  diberikan: ['memberikan', 'pemberian'],
  dibentuk: ['membentuk', 'pembentukan'],
  dibangun: ['membangun', 'pembangunan'],
  dibahas: ['membahas', 'pembahasan'],
  diaudit: ['mengaudit', 'audit'],
  diasesmen: ['mengasesmen', 'asesmen'],
  diarsipkan: ['mengarsipkan', 'pengarsipan'],
  dianalisis: ['menganalisis', 'analisis'],
  diamankan: ['mengamankan', 'pengamanan'],
  dialihmediakan: ['mengalihmediakan', 'alih media'],
  diaktivasi: ['mengaktivasi', 'aktivasi'],
  diagendakan: ['mengagendakan', 'pengagendaan'],
};

/** Head noun of an indicator without a verb ("Jumlah laporan analisis data …") → [verb, nominalisation]. */
export const HEAD_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  laporan: ['menyusun', 'penyusunan'],
  dokumen: ['menyusun', 'penyusunan'],
  kajian: ['menyusun', 'penyusunan'],
  rekomendasi: ['menyusun', 'penyusunan'],
  naskah: ['menyusun', 'penyusunan'],
  rekapitulasi: ['menyusun', 'penyusunan'],
  rancangan: ['menyusun', 'penyusunan'],
  kegiatan: ['melaksanakan', 'pelaksanaan'],
  rapat: ['memfasilitasi', 'fasilitasi'],
  patroli: ['melaksanakan', 'pelaksanaan'],
  operasi: ['melaksanakan', 'pelaksanaan'],
  penertiban: ['melaksanakan', 'pelaksanaan'],
  penyelidikan: ['melaksanakan', 'pelaksanaan'],
  simulasi: ['melaksanakan', 'pelaksanaan'],
  sesi: ['melaksanakan', 'pelaksanaan'],
  supervisi: ['melaksanakan', 'pelaksanaan'],
  sinkronisasi: ['melaksanakan', 'pelaksanaan'],
  rekonsiliasi: ['melaksanakan', 'pelaksanaan'],
  pemeriksaan: ['melaksanakan', 'pelaksanaan'],
  event: ['menyelenggarakan', 'penyelenggaraan'],
  konten: ['menyusun dan mengunggah', 'penyusunan'],
  berita: ['menyusun', 'penyusunan'],
  unggahan: ['menyiapkan', 'penyiapan'],
  tindakan: ['melaksanakan', 'pelaksanaan'],
  perjanjian: ['memfasilitasi', 'fasilitasi'],
  agenda: ['mengelola', 'pengelolaan'],
};

/** Words of a document-like output: its work days read as drafting, discussing and revising. */
export const DOCUMENT_WORDS =
  /^(laporan|dokumen|kajian|rekomendasi|naskah|rancangan|policy brief|modul|bahan|daftar|rekapitulasi|LHP|LHA|LKPD|profil|model|karya|programa|SK|keputusan)\b/i;

/** "Terlaksananya X" and friends: the RHK's leading word → the verb that works towards it. */
export const RHK_VERBS: Readonly<Record<string, string>> = {
  terlaksana: 'melaksanakan',
  tersusun: 'menyusun',
  terkelola: 'mengelola',
  terfasilitasi: 'memfasilitasi',
  tersedia: 'menyiapkan',
  terverifikasi: 'memverifikasi',
  termutakhirkan: 'memutakhirkan',
  terselenggara: 'menyelenggarakan',
  terkoordinasi: 'mengoordinasikan',
  tersalurkan: 'menyalurkan',
  terpelihara: 'memelihara',
  terkendali: 'mengendalikan',
  terbina: 'membina',
  terdata: 'mendata',
  terlindungi: 'melindungi',
  tertangani: 'menangani',
  terwujud: 'mendukung terwujudnya',
  tercapai: 'memantau pencapaian',
  meningkat: 'mendukung peningkatan',
  menurun: 'mendukung penurunan',
};

export type RuleTemplates = { work: readonly string[]; done: readonly string[] };
export type ActivityRule = RuleTemplates & { match: RegExp; post?: RegExp };

/** Curated rules, first match wins; `post` narrows a rule to a jabatan (by the post's name). */
export const RULES: readonly ActivityRule[] = [
  // Guru.
  {
    match: /jam tatap muka/i,
    work: [
      'Melaksanakan pembelajaran {mapel} di kelas {kelas} dengan model pembelajaran berdiferensiasi',
      'Melaksanakan pembelajaran {mapel} di kelas {kelas} dan asesmen formatif di akhir pertemuan',
      'Melaksanakan pembelajaran {mapel} di kelas {kelas} menggunakan media pembelajaran interaktif',
    ],
    done: ['Melaksanakan pembelajaran {mapel} di kelas {kelas} sesuai jadwal pelajaran'],
  },
  {
    match: /modul ajar/i,
    work: [
      'Menyusun modul ajar {mapel} kelas {kelas} untuk topik {topik}',
      'Menyiapkan lembar kerja murid dan asesmen untuk modul ajar {mapel} kelas {kelas}',
      'Memperbaiki modul ajar {mapel} kelas {kelas} sesuai masukan kepala sekolah',
    ],
    done: ['Menyelesaikan modul ajar {mapel} kelas {kelas} topik {topik} dan mengajukannya untuk divalidasi'],
  },
  {
    match: /laporan hasil belajar|nilai rapor/i,
    work: [
      'Mengoreksi hasil asesmen sumatif {mapel} murid kelas {kelas}',
      'Mengolah nilai asesmen formatif dan sumatif {mapel} kelas {kelas}',
      'Menginput nilai {mapel} kelas {kelas} ke aplikasi rapor',
    ],
    done: ['Menyusun laporan hasil belajar murid kelas {kelas} semester {smt}'],
  },
  {
    match: /murid yang dibimbing|warga belajar yang dibimbing/i,
    work: [
      'Membimbing murid kelas {kelas} yang belum mencapai tujuan pembelajaran melalui kegiatan remedial',
      'Memberikan pengayaan {mapel} kepada murid kelas {kelas}',
      'Melaksanakan pembinaan karakter dan kedisiplinan murid kelas {kelas}',
      'Berkomunikasi dengan orang tua murid kelas {kelas} tentang perkembangan belajar anak',
    ],
    done: ['Membimbing {q} orang murid kelas {kelas} dalam kegiatan remedial {mapel}'],
  },
  {
    match: /komunitas belajar|pelatihan atau kegiatan/i,
    work: [
      'Mengikuti kegiatan komunitas belajar sekolah dengan tema {topik}',
      'Mempelajari modul pelatihan mandiri tentang pembelajaran berdiferensiasi',
      'Mengikuti pertemuan KKG gugus {nn} tentang penyusunan asesmen',
    ],
    done: ['Menyelesaikan pelatihan mandiri dan mengunggah aksi nyata tentang {topik}'],
  },
  {
    match: /karya inovasi|model pembelajaran yang dikembangkan/i,
    work: [
      'Mengembangkan media pembelajaran {mapel} berbasis kearifan lokal Pariaman',
      'Menyusun rancangan karya inovasi pembelajaran {mapel} kelas {kelas}',
      'Menguji coba media pembelajaran {mapel} di kelas {kelas}',
    ],
    done: ['Menyelesaikan karya inovasi pembelajaran {mapel} dan mempresentasikannya di komunitas belajar'],
  },
  {
    match: /murid perwalian/i,
    work: [
      'Mencatat perkembangan sikap dan kehadiran murid perwalian kelas {kelas}',
      'Melaksanakan konseling singkat dengan murid perwalian kelas {kelas}',
    ],
    done: ['Menyusun laporan perkembangan murid perwalian kelas {kelas} semester {smt}'],
  },
  {
    match: /kegiatan latihan/i,
    work: [
      'Membina latihan rutin Pramuka Penggalang di {area}',
      'Menyiapkan materi latihan Pramuka tentang {topik}',
    ],
    done: ['Membina latihan rutin Pramuka Penggalang di {area}'],
  },
  {
    match: /projek yang dikoordinasikan/i,
    work: [
      'Mengoordinasikan pelaksanaan Projek Penguatan Profil Pelajar Pancasila kelas {kelas}',
      'Menyusun modul projek bertema gaya hidup berkelanjutan bersama tim fasilitator',
    ],
    done: ['Menyelenggarakan gelar karya Projek Penguatan Profil Pelajar Pancasila di {area}'],
  },
  // The demo bidang (Pembinaan Sekolah Dasar) and its peers.
  {
    match: /(SD|SMP) negeri yang disupervisi|supervisi akademik/i,
    work: [
      'Melaksanakan supervisi ke {sekolah} dan menyusun catatan hasil supervisi',
      'Menyiapkan instrumen supervisi pembelajaran untuk kunjungan ke {sekolah}',
      'Mengolah hasil supervisi {sekolah} sebagai bahan umpan balik kepada kepala sekolah',
    ],
    done: ['Melaksanakan supervisi ke {sekolah} dan menyusun catatan hasil supervisi'],
  },
  {
    match: /sinkronisasi Dapodik/i,
    work: [
      'Mendampingi operator {sekolah} dalam sinkronisasi Dapodik semester {smt}',
      'Memvalidasi data peserta didik {sekolah} pada aplikasi Dapodik',
      'Memeriksa residu data Dapodik {sekolah} dan memberi catatan perbaikan kepada operator',
    ],
    done: ['Mendampingi sinkronisasi Dapodik {sekolah} hingga data tervalidasi'],
  },
  {
    match: /BOSP/i,
    work: [
      'Memverifikasi laporan penggunaan dana BOSP {sekolah} tahap {tahap}',
      'Mencocokkan bukti belanja BOSP {sekolah} dengan RKAS',
      'Merekap status pelaporan BOSP sekolah dasar tahap {tahap}',
    ],
    done: ['Menyelesaikan verifikasi laporan penggunaan dana BOSP {sekolah} tahap {tahap}'],
  },
  {
    match: /rekomendasi kebijakan/i,
    work: [
      'Menganalisis data Rapor Pendidikan sebagai bahan {rhk}',
      'Menyusun draf {rhk}',
      'Mengkaji regulasi terkait sebagai dasar {rhk}',
      'Membahas draf rekomendasi kebijakan bersama {atasan}',
    ],
    done: ['Menyampaikan {rhk} kepada {atasan}'],
  },
  {
    match: /lomba|juara/i,
    work: [
      'Menyiapkan teknis pelaksanaan seleksi lomba tingkat kota untuk murid SD',
      'Berkoordinasi dengan sekolah tentang pendaftaran peserta lomba tingkat provinsi',
      'Mendampingi murid {sekolah} dalam pembinaan persiapan olimpiade',
    ],
    done: ['Memfasilitasi pelaksanaan lomba akademik dan nonakademik tingkat kota'],
  },
  {
    match: /konten|unggahan|berita/i,
    work: [
      'Menyusun naskah berita kegiatan {area} untuk situs web {opd}',
      'Membuat desain infografis layanan {opd} untuk media sosial',
      'Mendokumentasikan kegiatan {area} sebagai bahan publikasi',
      'Menyunting foto dan video kegiatan {area} untuk media sosial',
    ],
    done: [
      'Mengunggah berita kegiatan {area} ke situs web {opd}',
      'Mengunggah {q} konten informasi {opd} ke situs web dan media sosial',
    ],
  },
  // Staf administrasi.
  {
    match: /surat masuk dan keluar/i,
    work: [
      'Mengagendakan dan mendistribusikan surat masuk {area}',
      'Mengetik dan mengagendakan surat keluar {area}',
      'Menindaklanjuti disposisi surat dari pimpinan',
    ],
    done: ['Mengagendakan {q} surat masuk dan keluar serta mendistribusikannya sesuai disposisi'],
  },
  {
    match: /berkas yang diarsipkan/i,
    work: [
      'Memilah dan menata berkas {area} sesuai klasifikasi arsip',
      'Menyusun daftar arsip aktif {area} bulan {bulan}',
      'Memindai dokumen penting {area} untuk arsip digital',
    ],
    done: ['Mengarsipkan {q} berkas {area} sesuai klasifikasi arsip'],
  },
  {
    match: /rekapitulasi kehadiran/i,
    work: [
      'Menarik dan memeriksa data presensi pegawai {area} dari mesin absensi',
      'Mencocokkan data presensi dengan surat izin dan surat tugas pegawai',
    ],
    done: ['Menyusun rekapitulasi kehadiran pegawai {area} bulan {bulan}'],
  },
  {
    match: /disiapkan administrasinya/i,
    work: [
      'Menyiapkan undangan, daftar hadir dan konsumsi rapat {area}',
      'Menyusun notulen rapat koordinasi {area}',
    ],
    done: ['Menyiapkan administrasi kegiatan rapat koordinasi {area} (undangan, daftar hadir, notulen)'],
  },
  {
    match: /perjalanan dinas/i,
    work: [
      'Menyiapkan dokumen perjalanan dinas pegawai {area}',
      'Memeriksa kelengkapan SPJ perjalanan dinas',
    ],
    done: ['Melayani {q} perjalanan dinas pegawai {area}'],
  },
  {
    match: /SPP dan SPM|SPJ|bukti setor|daftar gaji/i,
    work: [
      'Memeriksa kelengkapan dokumen pencairan {opd}',
      'Mencatat transaksi pada buku kas umum {opd}',
      'Berkoordinasi dengan BPKD terkait pencairan dana',
    ],
    done: ['{Act} {q} {obj}{rest}'],
  },
];

/** Things the managerial posts do for any of their indicators. */
export const MANAGERIAL_WORK: readonly string[] = [
  'Memimpin rapat koordinasi staf tentang {noun} {obj}',
  'Memantau progres {noun} {obj} dan memberi umpan balik kepada staf',
  'Mengikuti rapat koordinasi dengan {atasan} terkait {rhk}',
];
/** … and for a document-like output. */
export const MANAGERIAL_DOCUMENT_WORK: readonly string[] = [
  'Memeriksa dan memberi arahan atas draf {obj} yang disusun staf',
];

export const DOCUMENT_WORK: readonly string[] = [
  'Mengumpulkan dan mengolah data untuk {noun} {obj}{rest}',
  'Menelaah regulasi dan referensi untuk {noun} {obj}',
  'Menyusun kerangka {obj}{rest}',
  'Menyusun draf {obj}{rest}',
  'Memperbaiki draf {obj} sesuai masukan {atasan}',
  'Membahas draf {obj} bersama {atasan}',
  'Berkoordinasi dengan {mitra} terkait {noun} {obj}',
];
export const DOCUMENT_DONE: readonly string[] = [
  '{Act} {obj}{rest} dan menyampaikannya kepada {atasan}',
  'Menyelesaikan {noun} {obj}{rest}',
];
export const SERVICE_WORK: readonly string[] = [
  'Menyiapkan bahan dan perlengkapan untuk {noun} {obj}{rest}',
  'Mencatat dan merekap hasil {noun} {obj} bulan {bulan}',
  'Berkoordinasi dengan {mitra} terkait {noun} {obj}',
  'Memeriksa kelengkapan berkas untuk {noun} {obj}{rest}',
];
export const SERVICE_DONE: readonly string[] = ['{Act} {obj}{rest} pada {area}', '{Act} {q} {obj}{rest}'];
/** Indicators that measure an outcome ("Jumlah ASN yang mengikuti pelatihan", "Produksi padi"). */
export const OUTCOME_WORK: readonly string[] = [
  'Memantau dan merekap data {obj}',
  'Berkoordinasi dengan {mitra} terkait {obj}',
  'Menyiapkan bahan laporan perkembangan {obj} bulan {bulan}',
];
export const OUTCOME_DONE: readonly string[] = ['Memutakhirkan data capaian {obj} bulan {bulan}'];
/** Narrative indicators (%, nilai, ketepatan waktu): the work is told from the RHK. */
export const RHK_WORK: readonly string[] = [
  '{rhkAct}',
  'Menyiapkan bahan dalam rangka {rhkActLower}',
  'Berkoordinasi dengan {mitra} dalam rangka {rhkActLower}',
  'Memantau capaian target {rhk} bulan {bulan}',
];

export const MAPEL: readonly string[] = [
  'Bahasa Indonesia',
  'Matematika',
  'IPAS',
  'Pendidikan Pancasila',
  'Seni Budaya',
  'PJOK',
  'Bahasa Inggris',
  'Pendidikan Agama Islam',
  'Informatika',
  'Budaya Alam Minangkabau',
];
export const TOPIK: readonly string[] = [
  'pembelajaran berdiferensiasi',
  'asesmen formatif',
  'literasi dan numerasi',
  'disiplin positif',
  'pemanfaatan teknologi dalam pembelajaran',
  'pembelajaran sosial emosional',
  'Kurikulum Merdeka',
  'penguatan karakter',
];
/** Whom one coordinates with; Bappeda and Diskominfo only from outside those offices. */
export const MITRA: readonly string[] = [
  'Subbagian Perencanaan dan Keuangan',
  'Subbagian Umum dan Kepegawaian',
  'rekan satu tim',
  'tim teknis',
  'pengelola data',
];
export const MITRA_OUTSIDE: Readonly<Record<string, string>> = {
  Bappeda: 'Badan Perencanaan Pembangunan Daerah',
  Diskominfo: 'Dinas Komunikasi dan Informatika',
  BPKD: 'Badan Pengelolaan Keuangan Daerah',
};
export const SCHOOL_MITRA: readonly string[] = [
  'kepala sekolah',
  'rekan guru',
  'operator sekolah',
  'komite sekolah',
];
export const HEALTH_MITRA: readonly string[] = [
  'kepala puskesmas',
  'rekan satu tim',
  'petugas promosi kesehatan',
  'kader posyandu',
];
/** Desa and kelurahan of Kota Pariaman. */
export const DESA: readonly string[] = [
  'Kampung Pondok',
  'Jati Hilir',
  'Karan Aur',
  'Pasir',
  'Lohong',
  'Naras I',
  'Sungai Sirah',
  'Kampung Baru',
  'Pauh Timur',
  'Toboh Palabah',
  'Marunggi',
  'Kampung Apar',
  'Cubadak Air',
  'Sikapak Barat',
  'Taluak',
  'Air Santok',
  'Kurai Taji',
  'Padang Birik-Birik',
];
export const KECAMATAN: readonly string[] = [
  'Pariaman Tengah',
  'Pariaman Utara',
  'Pariaman Selatan',
  'Pariaman Timur',
];
export const BULAN: readonly string[] = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
export const TRIWULAN: readonly string[] = ['I', 'II', 'III', 'IV'];

/** What a supervisor writes when returning a report for correction. */
export const RETURN_COMMENTS: readonly string[] = [
  'Lampirkan bukti dukung berupa daftar hadir.',
  'Uraian kegiatan terlalu umum; sebutkan output yang dihasilkan hari ini.',
  'Mohon lampirkan foto kegiatan atau tautan dokumen hasil kerja.',
  'Jumlah output tidak sesuai dengan uraian kegiatan; mohon diperbaiki.',
  'Kegiatan ini lebih sesuai dilaporkan pada indikator lain; mohon pilih indikator yang tepat.',
  'Waktu pelaksanaan belum sesuai dengan surat tugas; mohon disesuaikan.',
  'Mohon lengkapi nama sekolah atau lokasi kegiatan pada uraian.',
  'Lampirkan notulen rapat sebagai bukti dukung.',
];
export const REJECT_COMMENTS: readonly string[] = [
  'Kegiatan yang sama sudah dilaporkan pada hari sebelumnya.',
  'Pada tanggal tersebut Saudara tercatat cuti; laporan tidak dapat diterima.',
  'Kegiatan tidak berkaitan dengan RHK pada SKP Saudara.',
];
