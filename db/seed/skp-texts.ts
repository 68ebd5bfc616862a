import type { BerakhlakValue } from '../../lib/domain/berakhlak';
import type { Aspek } from '../../lib/domain/skp';

/**
 * Indonesian wording for the seeded SKPs: Perjanjian Kinerja goals, RHK and their indicators by jabatan
 * and unit. Placeholders: {opd} the OPD's name, {area} the unit as it is named in a document
 * ("Bidang Kesehatan Masyarakat", "Sekretariat Dinas Kesehatan", "SD Negeri 01 Pariaman"), {topic} the
 * unit's field of work in lower case ("kesehatan masyarakat"), {kota}, {year}, {nextYear}.
 */

/** A fixed target, or a range the seed draws a whole number from. */
export type Target = number | readonly [number, number];
export type IndicatorTemplate = readonly [aspek: Aspek, text: string, target: Target, unit: string];
export type RhkTemplate = { text: string; indicators: readonly IndicatorTemplate[] };
export type GoalTemplate = { goal: string; rhk: RhkTemplate };
export type UnitProfile = {
  topic?: string;
  /** RHK for the unit's head, instead of the generic ones for the post. */
  head?: readonly RhkTemplate[];
  /** Extra RHK for staff of this unit, by jabatan group (the post's name without its level). */
  staff?: Readonly<Record<string, readonly RhkTemplate[]>>;
};

const q = (text: string, target: Target, unit: string): IndicatorTemplate => [
  'kuantitas',
  text,
  target,
  unit,
];
const k = (text: string, target: Target, unit: string): IndicatorTemplate => ['kualitas', text, target, unit];
const w = (text: string, target: Target, unit: string): IndicatorTemplate => ['waktu', text, target, unit];
const b = (text: string, target: Target, unit: string): IndicatorTemplate => ['biaya', text, target, unit];
const r = (text: string, ...indicators: IndicatorTemplate[]): RhkTemplate => ({ text, indicators });
const g = (goal: string, rhk: RhkTemplate): GoalTemplate => ({ goal, rhk });

const YEAR_ON_TIME = w('Ketepatan waktu penyelesaian sesuai jadwal', 12, 'Bulan');

/** Perjanjian Kinerja per OPD code; the JPT's RHK derive from these one to one. */
export const OPD_GOALS: Readonly<Record<string, readonly GoalTemplate[]>> = {
  // The Sekda's goals are the RPJMD's governance goals for the whole agency.
  setda: [
    g(
      'Meningkatnya kualitas tata kelola pemerintahan daerah',
      r(
        'Meningkatnya kualitas tata kelola pemerintahan Kota Pariaman',
        k('Nilai SAKIP Pemerintah Kota Pariaman', 72, 'Nilai'),
        k('Indeks Reformasi Birokrasi Pemerintah Kota Pariaman', 75, 'Nilai'),
        q('Jumlah unit kerja yang meraih predikat Zona Integritas WBK', 3, 'Unit Kerja'),
      ),
    ),
    g(
      'Meningkatnya akuntabilitas pengelolaan keuangan daerah',
      r(
        'Terwujudnya pengelolaan keuangan daerah yang akuntabel',
        k('Persentase rekomendasi BPK atas LKPD yang ditindaklanjuti', 90, '%'),
        w('Ketepatan waktu penyampaian LKPD unaudited kepada BPK', 3, 'Bulan'),
      ),
    ),
    g(
      'Meningkatnya kualitas pelayanan publik',
      r(
        'Meningkatnya kualitas pelayanan publik di lingkungan Pemerintah Kota Pariaman',
        k('Indeks Kepuasan Masyarakat terhadap layanan publik', 85, 'Nilai'),
        q('Jumlah unit layanan dengan predikat kepatuhan pelayanan publik zona hijau', 20, 'Unit Layanan'),
      ),
    ),
    g(
      'Meningkatnya efektivitas perumusan dan koordinasi kebijakan daerah',
      r(
        'Terkoordinasinya perumusan kebijakan dan pelaksanaan tugas perangkat daerah',
        q('Jumlah rancangan peraturan daerah yang difasilitasi hingga ditetapkan', 8, 'Perda'),
        k('Persentase kebijakan daerah yang dilaksanakan sesuai jadwal', 90, '%'),
      ),
    ),
  ],
  setwan: [
    g(
      'Meningkatnya kualitas fasilitasi fungsi legislasi DPRD',
      r(
        'Terfasilitasinya pembentukan peraturan daerah oleh DPRD Kota Pariaman',
        q('Jumlah rancangan peraturan daerah yang difasilitasi pembahasannya', 10, 'Ranperda'),
        k('Persentase Propemperda yang ditetapkan', 80, '%'),
      ),
    ),
    g(
      'Meningkatnya kualitas fasilitasi fungsi anggaran dan pengawasan DPRD',
      r(
        'Terfasilitasinya pelaksanaan fungsi anggaran dan pengawasan DPRD',
        q('Jumlah rapat pembahasan anggaran dan pengawasan yang difasilitasi', 40, 'Rapat'),
        w('Ketepatan waktu persetujuan bersama rancangan APBD', 12, 'Bulan'),
      ),
    ),
    g(
      'Meningkatnya kualitas pelayanan administrasi kepada anggota DPRD',
      r(
        'Meningkatnya kualitas pelayanan kesekretariatan bagi anggota DPRD',
        k('Indeks kepuasan anggota DPRD terhadap layanan Sekretariat DPRD', 85, 'Nilai'),
        b('Persentase realisasi anggaran Sekretariat DPRD', 95, '%'),
      ),
    ),
  ],
  inspektorat: [
    g(
      'Meningkatnya kualitas pengawasan internal pemerintah daerah',
      r(
        'Meningkatnya kapabilitas Aparat Pengawasan Intern Pemerintah (APIP)',
        k('Level kapabilitas APIP', 3, 'Level'),
        q('Jumlah laporan hasil pemeriksaan reguler yang diterbitkan', 30, 'LHP'),
      ),
    ),
    g(
      'Meningkatnya tindak lanjut hasil pemeriksaan',
      r(
        'Meningkatnya penyelesaian tindak lanjut hasil pemeriksaan',
        k('Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti', 90, '%'),
      ),
    ),
    g(
      'Meningkatnya maturitas Sistem Pengendalian Intern Pemerintah',
      r(
        'Meningkatnya maturitas penyelenggaraan SPIP Pemerintah Kota Pariaman',
        k('Skor maturitas SPIP', 3.5, 'Level'),
        q('Jumlah perangkat daerah yang didampingi dalam penilaian risiko', 25, 'OPD'),
      ),
    ),
    g(
      'Menurunnya potensi korupsi di lingkungan pemerintah daerah',
      r(
        'Terlaksananya upaya pencegahan korupsi di lingkungan Pemerintah Kota Pariaman',
        k('Skor Monitoring Center for Prevention (MCP)', 85, 'Nilai'),
        q('Jumlah perangkat daerah yang didampingi pengisian LHKPN dan gratifikasi', 20, 'OPD'),
      ),
    ),
  ],
  bappeda: [
    g(
      'Meningkatnya kualitas dokumen perencanaan pembangunan daerah',
      r(
        'Tersusunnya dokumen perencanaan pembangunan daerah yang berkualitas',
        q('Jumlah dokumen perencanaan daerah (RKPD, KUA-PPAS) yang ditetapkan tepat waktu', 3, 'Dokumen'),
        k('Persentase konsistensi program RKPD dengan RPJMD', 95, '%'),
      ),
    ),
    g(
      'Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah',
      r(
        'Terlaksananya pengendalian dan evaluasi pembangunan daerah',
        q('Jumlah laporan evaluasi pelaksanaan RKPD', 4, 'Laporan'),
        k('Persentase capaian indikator kinerja RPJMD', 85, '%'),
      ),
    ),
    g(
      'Meningkatnya pemanfaatan hasil penelitian dan inovasi daerah',
      r(
        'Meningkatnya inovasi daerah yang diterapkan',
        q('Jumlah inovasi daerah yang dilaporkan dalam Indeks Inovasi Daerah', 40, 'Inovasi'),
        k('Nilai Indeks Inovasi Daerah', 60, 'Nilai'),
      ),
    ),
  ],
  bkpsdm: [
    g(
      'Meningkatnya kualitas manajemen ASN berbasis sistem merit',
      r(
        'Meningkatnya penerapan sistem merit dalam manajemen ASN Kota Pariaman',
        k('Indeks Sistem Merit', 325, 'Nilai'),
        q('Jumlah jabatan pimpinan tinggi yang diisi melalui seleksi terbuka', 5, 'Jabatan'),
      ),
    ),
    g(
      'Meningkatnya kompetensi aparatur sipil negara',
      r(
        'Meningkatnya kompetensi ASN di lingkungan Pemerintah Kota Pariaman',
        k('Persentase ASN yang memenuhi 20 jam pelajaran pengembangan kompetensi', 80, '%'),
        k('Indeks Profesionalitas ASN', 75, 'Nilai'),
      ),
    ),
    g(
      'Meningkatnya kualitas pengelolaan kinerja ASN',
      r(
        'Terlaksananya manajemen kinerja ASN yang objektif dan tepat waktu',
        k('Persentase ASN yang SKP-nya disetujui paling lambat 31 Januari', 95, '%'),
        q('Jumlah laporan evaluasi kinerja ASN', 4, 'Laporan'),
      ),
    ),
    g(
      'Meningkatnya kualitas layanan administrasi kepegawaian',
      r(
        'Meningkatnya kualitas layanan administrasi kepegawaian',
        k('Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu', 100, '%'),
        k('Indeks kepuasan ASN terhadap layanan kepegawaian', 85, 'Nilai'),
      ),
    ),
  ],
  bpkd: [
    g(
      'Meningkatnya akuntabilitas pengelolaan keuangan daerah',
      r(
        'Terwujudnya opini Wajar Tanpa Pengecualian atas Laporan Keuangan Pemerintah Daerah',
        q('Jumlah LKPD yang memperoleh opini WTP', 1, 'Laporan'),
        w('Ketepatan waktu penyampaian LKPD kepada BPK', 3, 'Bulan'),
      ),
    ),
    g(
      'Meningkatnya pendapatan asli daerah',
      r(
        'Meningkatnya realisasi pendapatan asli daerah Kota Pariaman',
        k('Persentase realisasi terhadap target PAD', 100, '%'),
        k('Persentase pertumbuhan PAD', 5, '%'),
      ),
    ),
    g(
      'Meningkatnya kualitas pengelolaan barang milik daerah',
      r(
        'Terwujudnya tertib administrasi barang milik daerah',
        k('Persentase aset tanah pemerintah daerah yang bersertifikat', 85, '%'),
        q('Jumlah laporan rekonsiliasi barang milik daerah', 2, 'Laporan'),
      ),
    ),
    g(
      'Meningkatnya kualitas perencanaan dan pelaksanaan anggaran daerah',
      r(
        'Tersusunnya APBD yang tepat waktu dan berkualitas',
        q('Jumlah dokumen APBD dan Perubahan APBD yang ditetapkan tepat waktu', 2, 'Dokumen'),
        b('Persentase realisasi belanja daerah', 92, '%'),
      ),
    ),
  ],
  kesbangpol: [
    g(
      'Meningkatnya ketahanan ideologi dan wawasan kebangsaan masyarakat',
      r(
        'Meningkatnya pemahaman wawasan kebangsaan masyarakat Kota Pariaman',
        q('Jumlah peserta pendidikan wawasan kebangsaan', 400, 'Orang'),
        k('Persentase peningkatan pemahaman peserta berdasarkan pre-test dan post-test', 20, '%'),
      ),
    ),
    g(
      'Terpeliharanya stabilitas politik dan keamanan daerah',
      r(
        'Terjaganya kondusivitas politik dan keamanan daerah',
        k('Persentase potensi konflik sosial yang tertangani', 100, '%'),
        q('Jumlah rapat Forum Koordinasi Pimpinan Daerah yang difasilitasi', 12, 'Rapat'),
      ),
    ),
    g(
      'Meningkatnya peran organisasi kemasyarakatan dan partai politik',
      r(
        'Meningkatnya kapasitas organisasi kemasyarakatan dan partai politik',
        q('Jumlah organisasi kemasyarakatan yang terdaftar dan dibina', 60, 'Ormas'),
        k('Persentase partai politik yang menyampaikan LPJ bantuan keuangan tepat waktu', 100, '%'),
      ),
    ),
  ],
  bpbd: [
    g(
      'Meningkatnya kesiapsiagaan masyarakat menghadapi bencana',
      r(
        'Meningkatnya kesiapsiagaan masyarakat terhadap bencana gempa bumi dan tsunami',
        q('Jumlah Desa/Kelurahan Tangguh Bencana yang dibentuk', 5, 'Desa/Kelurahan'),
        q('Jumlah simulasi evakuasi tsunami yang dilaksanakan', 4, 'Kegiatan'),
      ),
    ),
    g(
      'Meningkatnya kecepatan penanganan darurat bencana',
      r(
        'Terlaksananya penanganan darurat bencana secara cepat dan tepat',
        k('Persentase kejadian bencana yang tertangani pada masa tanggap darurat', 100, '%'),
        w('Waktu tanggap Tim Reaksi Cepat sejak laporan diterima', 30, 'Menit'),
      ),
    ),
    g(
      'Pulihnya kondisi wilayah terdampak bencana',
      r(
        'Terlaksananya rehabilitasi dan rekonstruksi pascabencana',
        k('Persentase sarana prasarana terdampak bencana yang direhabilitasi', 80, '%'),
      ),
    ),
  ],
  disdikbud: [
    g(
      'Meningkatnya akses dan mutu pendidikan dasar',
      r(
        'Meningkatnya akses dan mutu pendidikan dasar di Kota Pariaman',
        k('Angka Partisipasi Murni SD/MI', 99, '%'),
        k('Angka Partisipasi Murni SMP/MTs', 85, '%'),
        k('Persentase satuan pendidikan dasar yang terakreditasi minimal B', 95, '%'),
      ),
    ),
    g(
      'Meningkatnya akses dan mutu pendidikan anak usia dini dan nonformal',
      r(
        'Meningkatnya partisipasi pendidikan anak usia dini dan pendidikan nonformal',
        k('Angka Partisipasi Kasar PAUD', 80, '%'),
        q('Jumlah warga belajar pendidikan kesetaraan yang lulus', 120, 'Orang'),
      ),
    ),
    g(
      'Terlestarikannya nilai-nilai budaya daerah',
      r(
        'Terlestarikannya cagar budaya dan nilai budaya Minangkabau di Kota Pariaman',
        q('Jumlah cagar budaya yang ditetapkan dan dilestarikan', 6, 'Objek'),
        q('Jumlah event budaya yang diselenggarakan, termasuk Festival Tabuik', 4, 'Event'),
      ),
    ),
    g(
      'Meningkatnya kualitas tata kelola pendidikan',
      r(
        'Meningkatnya akuntabilitas tata kelola Dinas Pendidikan dan Kebudayaan',
        k('Nilai SAKIP Dinas Pendidikan dan Kebudayaan', 75, 'Nilai'),
        b('Persentase realisasi anggaran Dinas Pendidikan dan Kebudayaan', 95, '%'),
      ),
    ),
  ],
  dinkes: [
    g(
      'Meningkatnya derajat kesehatan masyarakat',
      r(
        'Meningkatnya derajat kesehatan masyarakat Kota Pariaman',
        k('Angka kematian ibu per 100.000 kelahiran hidup', 80, 'Per 100.000 KH'),
        k('Prevalensi stunting pada balita', 14, '%'),
      ),
    ),
    g(
      'Meningkatnya mutu dan akses pelayanan kesehatan',
      r(
        'Meningkatnya mutu pelayanan kesehatan dasar di puskesmas',
        q('Jumlah puskesmas yang terakreditasi paripurna', 4, 'Puskesmas'),
        k('Persentase capaian SPM bidang kesehatan', 100, '%'),
      ),
    ),
    g(
      'Menurunnya angka kesakitan penyakit menular dan tidak menular',
      r(
        'Terkendalinya penyakit menular dan tidak menular',
        k('Cakupan imunisasi dasar lengkap', 95, '%'),
        k('Persentase penderita hipertensi yang mendapat pelayanan sesuai standar', 100, '%'),
      ),
    ),
    g(
      'Meningkatnya cakupan jaminan kesehatan masyarakat',
      r(
        'Tercapainya cakupan kesehatan semesta (UHC) di Kota Pariaman',
        k('Persentase penduduk yang terdaftar sebagai peserta JKN', 98, '%'),
      ),
    ),
  ],
  pupr: [
    g(
      'Meningkatnya kualitas infrastruktur jalan dan jembatan',
      r(
        'Meningkatnya kemantapan jalan kota',
        k('Persentase panjang jalan kota dalam kondisi mantap', 85, '%'),
        q('Panjang jalan kota yang ditingkatkan', 8, 'Km'),
      ),
    ),
    g(
      'Meningkatnya pengelolaan sumber daya air dan pengendalian banjir',
      r(
        'Berkurangnya kawasan rawan genangan dan banjir',
        k('Persentase saluran drainase dalam kondisi baik', 75, '%'),
        q('Panjang saluran drainase yang dibangun dan direhabilitasi', 3500, 'Meter'),
      ),
    ),
    g(
      'Meningkatnya kesesuaian pemanfaatan ruang',
      r(
        'Meningkatnya kesesuaian pemanfaatan ruang dengan RTRW',
        k('Persentase kesesuaian pemanfaatan ruang terhadap RTRW', 90, '%'),
        q('Jumlah persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang yang diterbitkan', 150, 'Persetujuan'),
      ),
    ),
    g(
      'Meningkatnya akses air minum dan sanitasi layak',
      r(
        'Meningkatnya cakupan layanan air minum dan sanitasi layak',
        k('Persentase rumah tangga dengan akses air minum layak', 95, '%'),
        k('Persentase rumah tangga dengan akses sanitasi layak', 90, '%'),
      ),
    ),
  ],
  perkimlh: [
    g(
      'Meningkatnya kualitas kawasan permukiman',
      r(
        'Berkurangnya luas kawasan permukiman kumuh',
        q('Luas kawasan kumuh yang ditangani', 5, 'Ha'),
        q('Jumlah rumah tidak layak huni yang diperbaiki', 100, 'Unit'),
      ),
    ),
    g(
      'Meningkatnya kualitas lingkungan hidup',
      r(
        'Meningkatnya Indeks Kualitas Lingkungan Hidup Kota Pariaman',
        k('Indeks Kualitas Lingkungan Hidup', 70, 'Nilai'),
      ),
    ),
    g(
      'Meningkatnya cakupan pengelolaan sampah',
      r(
        'Meningkatnya cakupan penanganan dan pengurangan sampah',
        k('Persentase sampah yang tertangani', 85, '%'),
        q('Jumlah bank sampah yang aktif', 25, 'Unit'),
      ),
    ),
  ],
  dinsosp3a: [
    g(
      'Meningkatnya kesejahteraan sosial penyandang masalah kesejahteraan sosial',
      r(
        'Meningkatnya pelayanan dan rehabilitasi sosial bagi PPKS',
        k('Persentase PPKS yang memperoleh bantuan sosial', 90, '%'),
        q('Jumlah penyandang disabilitas terlantar yang direhabilitasi', 60, 'Orang'),
      ),
    ),
    g(
      'Meningkatnya pemberdayaan perempuan dan perlindungan anak',
      r(
        'Meningkatnya perlindungan perempuan dan anak dari kekerasan',
        k('Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani', 100, '%'),
        k('Nilai evaluasi Kota Layak Anak', 700, 'Nilai'),
      ),
    ),
    g(
      'Menurunnya angka kemiskinan',
      r(
        'Terlaksananya pemutakhiran data dan pemberdayaan fakir miskin',
        q('Jumlah keluarga dalam data sosial ekonomi yang diverifikasi dan divalidasi', 2000, 'KK'),
        q('Jumlah keluarga penerima manfaat pemberdayaan ekonomi', 150, 'KK'),
      ),
    ),
  ],
  disdukcapil: [
    g(
      'Meningkatnya kepemilikan dokumen kependudukan',
      r(
        'Meningkatnya cakupan kepemilikan dokumen kependudukan',
        k('Persentase penduduk wajib KTP yang memiliki KTP elektronik', 99, '%'),
        k('Persentase anak yang memiliki akta kelahiran', 98, '%'),
      ),
    ),
    g(
      'Meningkatnya kualitas pelayanan administrasi kependudukan',
      r(
        'Meningkatnya kualitas pelayanan administrasi kependudukan',
        k('Indeks Kepuasan Masyarakat terhadap layanan administrasi kependudukan', 88, 'Nilai'),
        w('Waktu penyelesaian layanan dokumen kependudukan', 1, 'Hari'),
      ),
    ),
    g(
      'Meningkatnya pemanfaatan data kependudukan',
      r(
        'Meningkatnya pemanfaatan data kependudukan oleh perangkat daerah dan lembaga',
        q('Jumlah perjanjian kerja sama pemanfaatan data kependudukan', 10, 'PKS'),
        q('Jumlah penduduk yang mengaktivasi Identitas Kependudukan Digital', 8000, 'Orang'),
      ),
    ),
  ],
  diskominfo: [
    g(
      'Meningkatnya penerapan Sistem Pemerintahan Berbasis Elektronik',
      r(
        'Meningkatnya indeks SPBE Pemerintah Kota Pariaman',
        k('Indeks SPBE', 3.2, 'Nilai'),
        q('Jumlah aplikasi layanan yang terintegrasi', 15, 'Aplikasi'),
      ),
    ),
    g(
      'Meningkatnya keterbukaan informasi publik',
      r(
        'Meningkatnya keterbukaan dan penyebaran informasi publik',
        k('Nilai keterbukaan informasi publik dari Komisi Informasi', 85, 'Nilai'),
        q('Jumlah konten informasi publik yang dipublikasikan', 600, 'Konten'),
      ),
    ),
    g(
      'Meningkatnya keamanan informasi dan kualitas data statistik sektoral',
      r(
        'Terjaminnya keamanan informasi dan tersedianya data statistik sektoral',
        k('Persentase insiden keamanan informasi yang tertangani', 100, '%'),
        k('Persentase perangkat daerah yang menyampaikan data ke portal Satu Data', 90, '%'),
      ),
    ),
  ],
  dishub: [
    g(
      'Meningkatnya keselamatan dan kelancaran lalu lintas',
      r(
        'Meningkatnya keselamatan dan kelancaran lalu lintas di Kota Pariaman',
        k('Persentase penurunan angka kecelakaan lalu lintas', 5, '%'),
        q('Jumlah rambu dan marka jalan yang dipasang', 120, 'Unit'),
      ),
    ),
    g(
      'Meningkatnya kelaikan kendaraan angkutan umum',
      r(
        'Meningkatnya kelaikan jalan kendaraan wajib uji',
        q('Jumlah kendaraan wajib uji yang diuji berkala', 3000, 'Kendaraan'),
        k('Persentase kendaraan wajib uji yang lulus uji berkala', 90, '%'),
      ),
    ),
    g(
      'Meningkatnya pengelolaan perparkiran',
      r(
        'Meningkatnya penerimaan retribusi parkir',
        k('Persentase realisasi target retribusi parkir', 100, '%'),
      ),
    ),
  ],
  disparpora: [
    g(
      'Meningkatnya kunjungan wisatawan',
      r(
        'Meningkatnya kunjungan wisatawan ke Kota Pariaman',
        q('Jumlah kunjungan wisatawan', 1200000, 'Orang'),
        q('Jumlah event pariwisata berskala nasional', 3, 'Event'),
      ),
    ),
    g(
      'Meningkatnya peran pemuda dan prestasi olahraga',
      r(
        'Meningkatnya prestasi olahraga dan partisipasi pemuda',
        q('Jumlah medali yang diraih pada Pekan Olahraga Provinsi', 20, 'Medali'),
        q('Jumlah organisasi kepemudaan yang dibina', 25, 'Organisasi'),
      ),
    ),
    g(
      'Berkembangnya ekonomi kreatif',
      r(
        'Berkembangnya pelaku ekonomi kreatif di Kota Pariaman',
        q('Jumlah pelaku ekonomi kreatif yang difasilitasi', 80, 'Pelaku'),
      ),
    ),
  ],
  dkp: [
    g(
      'Meningkatnya produksi perikanan',
      r(
        'Meningkatnya produksi perikanan tangkap dan budidaya',
        q('Produksi perikanan tangkap', 6500, 'Ton'),
        q('Produksi perikanan budidaya', 450, 'Ton'),
      ),
    ),
    g(
      'Meningkatnya kesejahteraan nelayan dan pembudidaya ikan',
      r(
        'Meningkatnya kesejahteraan nelayan Kota Pariaman',
        k('Nilai Tukar Nelayan', 105, 'Nilai'),
        q('Jumlah nelayan yang terlindungi asuransi nelayan', 500, 'Orang'),
      ),
    ),
    g(
      'Meningkatnya konsumsi ikan masyarakat',
      r('Meningkatnya angka konsumsi ikan masyarakat', k('Angka konsumsi ikan', 55, 'Kg/Kapita/Tahun')),
    ),
  ],
  distankp: [
    g(
      'Meningkatnya produksi dan produktivitas pertanian',
      r(
        'Meningkatnya produksi padi dan hortikultura',
        q('Produksi padi', 18000, 'Ton'),
        k('Produktivitas padi', 5.6, 'Ton/Ha'),
      ),
    ),
    g(
      'Meningkatnya ketahanan pangan masyarakat',
      r(
        'Meningkatnya ketersediaan dan keamanan pangan',
        k('Skor Pola Pangan Harapan', 88, 'Nilai'),
        q('Jumlah sampel pangan segar yang diuji keamanannya', 120, 'Sampel'),
      ),
    ),
    g(
      'Meningkatnya populasi ternak dan kesehatan hewan',
      r(
        'Meningkatnya populasi dan kesehatan ternak',
        k('Persentase ternak yang divaksinasi', 85, '%'),
        q('Jumlah kelahiran ternak hasil inseminasi buatan', 400, 'Ekor'),
      ),
    ),
  ],
  dpmptsp: [
    g(
      'Meningkatnya kualitas pelayanan perizinan',
      r(
        'Meningkatnya kualitas pelayanan perizinan dan nonperizinan',
        k('Indeks Kepuasan Masyarakat terhadap layanan perizinan', 88, 'Nilai'),
        k('Persentase izin yang terbit sesuai standar waktu layanan', 95, '%'),
      ),
    ),
    g(
      'Meningkatnya realisasi investasi',
      r(
        'Meningkatnya realisasi penanaman modal di Kota Pariaman',
        q('Nilai realisasi investasi', 350, 'Miliar Rupiah'),
        q('Jumlah pelaku usaha yang memperoleh Nomor Induk Berusaha', 1500, 'Pelaku Usaha'),
      ),
    ),
    g(
      'Meningkatnya penanganan pengaduan layanan',
      r(
        'Tertanganinya pengaduan masyarakat atas layanan perizinan',
        k('Persentase pengaduan yang diselesaikan', 100, '%'),
      ),
    ),
  ],
  disdagkop: [
    g(
      'Meningkatnya kinerja sektor perdagangan',
      r(
        'Terjaganya stabilitas harga dan ketersediaan bahan pokok',
        k('Persentase fluktuasi harga bahan pokok', 5, '%'),
        q('Jumlah operasi pasar murah yang dilaksanakan', 12, 'Kegiatan'),
      ),
    ),
    g(
      'Meningkatnya daya saing koperasi dan usaha mikro',
      r(
        'Meningkatnya koperasi aktif dan usaha mikro yang naik kelas',
        k('Persentase koperasi aktif', 70, '%'),
        q('Jumlah usaha mikro yang dibina', 300, 'Unit Usaha'),
      ),
    ),
    g(
      'Meningkatnya tertib ukur dan pengelolaan pasar',
      r(
        'Meningkatnya tertib ukur dan kualitas pengelolaan pasar rakyat',
        q('Jumlah alat ukur, takar, timbang dan perlengkapannya yang ditera ulang', 2500, 'Unit'),
        k('Persentase realisasi retribusi pasar', 100, '%'),
      ),
    ),
  ],
  satpolpp: [
    g(
      'Meningkatnya ketaatan terhadap peraturan daerah',
      r(
        'Meningkatnya penegakan peraturan daerah dan peraturan wali kota',
        k('Persentase pelanggaran perda yang ditindaklanjuti', 100, '%'),
        q('Jumlah operasi penegakan perda', 48, 'Operasi'),
      ),
    ),
    g(
      'Terwujudnya ketenteraman dan ketertiban umum',
      r(
        'Terwujudnya ketenteraman dan ketertiban umum di Kota Pariaman',
        k('Persentase gangguan ketenteraman dan ketertiban umum yang tertangani', 100, '%'),
        q('Jumlah patroli ketertiban yang dilaksanakan', 365, 'Kali'),
      ),
    ),
    g(
      'Meningkatnya kecepatan penanganan kebakaran',
      r(
        'Meningkatnya kecepatan respons penanganan kebakaran',
        w('Waktu tanggap penanganan kebakaran', 15, 'Menit'),
        k('Persentase kejadian kebakaran yang tertangani sesuai standar', 100, '%'),
      ),
    ),
  ],
  // Every kecamatan; the Camat is an administrator, so his RHK support the Sekda's instead.
  kecamatan: [
    g(
      'Meningkatnya kualitas penyelenggaraan pemerintahan di {opd}',
      r(
        'Meningkatnya kualitas penyelenggaraan pemerintahan di {opd}',
        k('Nilai evaluasi kinerja kecamatan', 80, 'Nilai'),
      ),
    ),
    g(
      'Meningkatnya kualitas pelayanan publik di {opd}',
      r('Meningkatnya kualitas pelayanan publik di {opd}', k('Indeks Kepuasan Masyarakat', 85, 'Nilai')),
    ),
    g(
      'Meningkatnya keberdayaan masyarakat desa dan kelurahan',
      r(
        'Meningkatnya keberdayaan masyarakat desa dan kelurahan',
        q('Jumlah lembaga kemasyarakatan yang aktif', 20, 'Lembaga'),
      ),
    ),
    g(
      'Terpeliharanya ketenteraman dan ketertiban umum di {opd}',
      r(
        'Terpeliharanya ketenteraman dan ketertiban umum di {opd}',
        k('Persentase gangguan ketenteraman dan ketertiban umum yang tertangani', 100, '%'),
      ),
    ),
  ],
};

/**
 * Words (never shown) that help match subordinates' RHK to a JPT's goal-derived RHK for the cascade,
 * per OPD code and in the order of OPD_GOALS; where a goal has none, its own words are used.
 */
export const GOAL_HINTS: Readonly<Record<string, readonly string[]>> = {
  setda: [
    'reformasi birokrasi sakip kelembagaan organisasi zona integritas evaluasi tata laksana spip',
    'keuangan anggaran hibah pengadaan tender barang jasa aset bumd rumah tangga perlengkapan',
    'pelayanan layanan paten kepuasan masyarakat kecamatan desa kelurahan pengaduan protokol',
    'peraturan perda hukum sengketa produk kebijakan koordinasi pemerintahan wilayah kewilayahan kerja sama perekonomian inflasi kesejahteraan keagamaan kemiskinan',
  ],
  bkpsdm: [
    'merit mutasi promosi seleksi talenta jabatan pengadaan formasi',
    'kompetensi pelatihan pengembangan belajar uji',
    'kinerja skp penilaian predikat disiplin penghargaan tpp',
    'layanan pensiun pangkat kepegawaian siasn data administrasi',
  ],
  disdikbud: [
    'sd smp sekolah murid guru pendidik bosp dapodik pembelajaran literasi numerasi prestasi supervisi',
    'paud pkbm kesetaraan warga belajar lembaga nonformal keaksaraan',
    'budaya kebudayaan cagar festival tabuik sanggar seni objek pemajuan',
    'perencanaan keuangan laporan kinerja kepegawaian arsip anggaran administrasi zona integritas sakip',
  ],
  dinkes: [
    'stunting gizi ibu anak balita kematian phbs stbm antenatal persalinan',
    'puskesmas akreditasi mutu pelayanan fasilitas fasyankes obat tenaga kesehatan dasar',
    'imunisasi penyakit tbc dbd hipertensi diabetes surveilans epidemiologi',
    'jkn jaminan kepesertaan uhc klaim',
  ],
};

/** Every Renstra has a governance goal; OPDs whose list above stops at three get this one as the fourth. */
export const GOVERNANCE_GOAL: GoalTemplate = g(
  'Meningkatnya akuntabilitas kinerja {opd}',
  r(
    'Meningkatnya akuntabilitas kinerja dan tata kelola {opd}',
    k('Nilai SAKIP {opd}', 75, 'Nilai'),
    b('Persentase realisasi anggaran {opd}', 95, '%'),
  ),
);

/** For any goal about governance: the work of a Sekretariat. */
export const GOVERNANCE_HINT =
  'perencanaan keuangan laporan kinerja kepegawaian arsip anggaran administrasi zona integritas sakip umum';

const IRBAN: UnitProfile = {
  topic: 'pengawasan internal',
  head: [
    r(
      'Terlaksananya pemeriksaan reguler pada perangkat daerah di wilayah binaan',
      q('Jumlah laporan hasil pemeriksaan reguler', [6, 12], 'LHP'),
      k('Persentase temuan yang disertai rekomendasi yang dapat ditindaklanjuti', 100, '%'),
      w('Ketepatan waktu penerbitan LHP', 12, 'Bulan'),
    ),
    r(
      'Terlaksananya reviu dan evaluasi akuntabilitas kinerja perangkat daerah',
      q('Jumlah laporan hasil evaluasi SAKIP perangkat daerah', [6, 12], 'Laporan'),
      k('Persentase rekomendasi evaluasi yang diterima perangkat daerah', 90, '%'),
    ),
    r(
      'Meningkatnya penyelesaian tindak lanjut hasil pemeriksaan di wilayah binaan',
      k('Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti', 90, '%'),
      q('Jumlah laporan pemantauan tindak lanjut', 2, 'Laporan'),
    ),
    r(
      'Terlaksananya pendampingan penerapan SPIP dan manajemen risiko',
      q('Jumlah perangkat daerah yang didampingi', [4, 8], 'OPD'),
      k('Persentase perangkat daerah binaan dengan register risiko yang lengkap', 100, '%'),
    ),
  ],
};

/** Units whose field or head RHK need their own wording, by unit code (irban1..3 share one). */
export const UNIT_PROFILES: Readonly<Record<string, UnitProfile>> = {
  'setda.pemerintahan': {
    topic: 'administrasi pemerintahan',
    head: [
      r(
        'Terfasilitasinya penyelenggaraan urusan pemerintahan umum dan otonomi daerah',
        q('Jumlah dokumen LPPD dan LKPJ yang disusun', 2, 'Dokumen'),
        w('Ketepatan waktu penyampaian LPPD kepada Menteri Dalam Negeri', 3, 'Bulan'),
      ),
      r(
        'Terlaksananya fasilitasi kerja sama daerah',
        q('Jumlah naskah kerja sama daerah yang difasilitasi', [4, 8], 'Naskah'),
        k('Persentase kerja sama yang dievaluasi pelaksanaannya', 100, '%'),
      ),
      r(
        'Terfasilitasinya pembinaan kewilayahan dan penataan batas wilayah',
        q('Jumlah laporan pembinaan kewilayahan', 4, 'Laporan'),
      ),
    ],
  },
  'setda.hukum': {
    topic: 'produk hukum daerah',
    head: [
      r(
        'Tersusunnya produk hukum daerah yang berkualitas',
        q('Jumlah peraturan daerah dan peraturan wali kota yang ditetapkan', [15, 30], 'Produk Hukum'),
        k('Persentase rancangan perda yang lolos fasilitasi gubernur tanpa catatan substansial', 90, '%'),
      ),
      r(
        'Terlaksananya bantuan hukum dan penyelesaian sengketa hukum pemerintah daerah',
        k('Persentase perkara yang didampingi hingga berkekuatan hukum tetap', 100, '%'),
        q('Jumlah perkara yang didampingi', [3, 8], 'Perkara'),
      ),
      r(
        'Terlaksananya penyebarluasan produk hukum daerah melalui JDIH',
        q('Jumlah produk hukum yang dipublikasikan di JDIH', [50, 120], 'Produk Hukum'),
      ),
    ],
  },
  'setda.organisasi': {
    topic: 'kelembagaan dan tata laksana',
    head: [
      r(
        'Tersusunnya penataan kelembagaan perangkat daerah yang tepat fungsi',
        q('Jumlah rancangan kebijakan kelembagaan dan analisis jabatan yang disusun', [3, 6], 'Dokumen'),
      ),
      r(
        'Terlaksananya evaluasi reformasi birokrasi dan SAKIP perangkat daerah',
        q('Jumlah perangkat daerah yang dievaluasi', [20, 30], 'OPD'),
        k('Indeks Reformasi Birokrasi', 75, 'Nilai'),
      ),
      r(
        'Terlaksananya pembinaan pelayanan publik perangkat daerah',
        q('Jumlah unit layanan yang disurvei kepuasan masyarakatnya', [15, 30], 'Unit Layanan'),
        k('Indeks Kepuasan Masyarakat', 85, 'Nilai'),
      ),
    ],
  },
  'setda.umum': {
    topic: 'urusan umum dan rumah tangga',
    head: [
      r(
        'Terlaksananya pelayanan administrasi dan keprotokolan pimpinan daerah',
        q('Jumlah kegiatan pimpinan yang difasilitasi', [300, 500], 'Kegiatan'),
        k('Persentase agenda pimpinan yang terlaksana sesuai jadwal', 95, '%'),
      ),
      r(
        'Terkelolanya rumah tangga dan perlengkapan Sekretariat Daerah',
        k('Persentase sarana dan prasarana kantor dalam kondisi baik', 90, '%'),
        q('Jumlah laporan barang milik daerah', 2, 'Laporan'),
      ),
      r(
        'Terkelolanya keuangan Sekretariat Daerah secara akuntabel',
        q('Jumlah laporan keuangan Sekretariat Daerah', 13, 'Laporan'),
        b('Persentase realisasi anggaran Sekretariat Daerah', 95, '%'),
      ),
    ],
  },
  'setda.ekonomi': {
    topic: 'perekonomian dan sumber daya alam',
    head: [
      r(
        'Terkoordinasinya kebijakan pengendalian inflasi dan perekonomian daerah',
        q('Jumlah rapat koordinasi Tim Pengendalian Inflasi Daerah', 12, 'Rapat'),
        k('Laju inflasi daerah', 3, '%'),
      ),
      r(
        'Terlaksananya pembinaan dan evaluasi kinerja BUMD',
        q('Jumlah laporan evaluasi kinerja BUMD', 2, 'Laporan'),
      ),
      r(
        'Terfasilitasinya kebijakan pengelolaan sumber daya alam',
        q('Jumlah rekomendasi kebijakan pengelolaan sumber daya alam', 2, 'Rekomendasi'),
      ),
    ],
  },
  'setda.kesra': {
    topic: 'kesejahteraan rakyat',
    head: [
      r(
        'Terfasilitasinya kegiatan keagamaan dan sosial kemasyarakatan',
        q('Jumlah kegiatan keagamaan yang difasilitasi', [10, 24], 'Kegiatan'),
      ),
      r(
        'Tersalurkannya hibah dan bantuan sosial secara tepat sasaran',
        q('Jumlah lembaga penerima hibah yang diverifikasi', [30, 80], 'Lembaga'),
        k('Persentase laporan pertanggungjawaban hibah yang diterima tepat waktu', 100, '%'),
      ),
      r(
        'Terkoordinasinya program penanggulangan kemiskinan daerah',
        q('Jumlah rapat Tim Koordinasi Penanggulangan Kemiskinan Daerah', 4, 'Rapat'),
      ),
    ],
  },
  'setda.pbj': {
    topic: 'pengadaan barang dan jasa',
    head: [
      r(
        'Terlaksananya pengadaan barang/jasa pemerintah daerah yang efektif dan akuntabel',
        q('Jumlah paket tender yang diselesaikan', [40, 80], 'Paket'),
        k('Persentase tender yang selesai tanpa sanggah banding', 95, '%'),
        w('Rata-rata waktu proses tender', 30, 'Hari'),
      ),
      r(
        'Meningkatnya penggunaan produk dalam negeri melalui katalog elektronik',
        k('Persentase belanja produk dalam negeri', 40, '%'),
      ),
      r(
        'Terlaksananya pembinaan sumber daya manusia pengadaan',
        q('Jumlah pelaku pengadaan yang dibina', [30, 60], 'Orang'),
      ),
    ],
  },
  'setwan.umum': { topic: 'administrasi umum dan keuangan' },
  'setwan.sidang': { topic: 'persidangan dan pembentukan peraturan daerah' },
  'setwan.anggaran': { topic: 'fasilitasi penganggaran dan pengawasan DPRD' },
  'inspektorat.irban': IRBAN,
  'bappeda.litbang': { topic: 'penelitian, pengembangan dan inovasi daerah' },
  'bappeda.evaluasi': { topic: 'pengendalian dan evaluasi pembangunan daerah' },
  'bkpsdm.pengadaan': {
    topic: 'pengadaan dan pemberhentian pegawai',
    head: [
      r(
        'Terlaksananya pengadaan ASN sesuai kebutuhan formasi',
        q('Jumlah dokumen usulan kebutuhan ASN yang disusun', 1, 'Dokumen'),
        k('Persentase formasi yang terisi', 90, '%'),
      ),
      r(
        'Terlaksananya layanan pemberhentian dan pensiun ASN tepat waktu',
        k('Persentase SK pensiun yang terbit sebelum TMT pensiun', 100, '%'),
        q('Jumlah usulan pensiun yang diproses', [40, 100], 'Usulan'),
      ),
      r(
        'Tersedianya data kepegawaian yang akurat di SIASN',
        k('Persentase data ASN yang termutakhirkan di SIASN', 100, '%'),
      ),
    ],
  },
  'bkpsdm.kinerja': {
    topic: 'penilaian kinerja aparatur',
    head: [
      r(
        'Terlaksananya penilaian kinerja ASN di lingkungan Pemerintah Kota Pariaman',
        k('Persentase ASN yang SKP-nya disetujui paling lambat 31 Januari', 95, '%'),
        q('Jumlah laporan rekapitulasi predikat kinerja ASN', 4, 'Laporan'),
      ),
      r(
        'Terlaksananya pemberian penghargaan dan tanda kehormatan bagi ASN',
        q('Jumlah usulan Satyalancana Karya Satya yang diproses', [50, 150], 'Usulan'),
      ),
      r(
        'Meningkatnya kepatuhan disiplin ASN',
        k('Persentase kasus disiplin yang diselesaikan', 100, '%'),
        q('Jumlah laporan evaluasi disiplin pegawai', 4, 'Laporan'),
      ),
      r(
        'Terkelolanya tambahan penghasilan pegawai berbasis kinerja',
        q('Jumlah rekapitulasi TPP berbasis kinerja', 12, 'Laporan'),
        w('Ketepatan waktu penyampaian rekapitulasi TPP ke BPKD', 12, 'Bulan'),
      ),
    ],
    staff: {
      'Analis SDM Aparatur': [
        r(
          'Terlaksananya verifikasi dan rekapitulasi SKP pegawai Pemerintah Kota Pariaman',
          q('Jumlah SKP yang diverifikasi', [800, 2000], 'SKP'),
          k('Persentase data penilaian kinerja yang valid', 98, '%'),
          w('Ketepatan waktu rekapitulasi predikat kinerja', 4, 'Triwulan'),
        ),
        r(
          'Terlaksananya pendampingan penggunaan aplikasi kinerja bagi pengelola kinerja perangkat daerah',
          q('Jumlah sesi pendampingan yang dilaksanakan', [12, 24], 'Sesi'),
          k('Persentase perangkat daerah yang menyampaikan rekap kinerja tepat waktu', 95, '%'),
        ),
      ],
    },
  },
  'bkpsdm.mutasi': {
    topic: 'mutasi dan promosi pegawai',
    head: [
      r(
        'Terlaksananya mutasi dan promosi ASN berbasis sistem merit',
        q('Jumlah keputusan mutasi dan promosi yang diterbitkan', [50, 150], 'SK'),
        k('Persentase promosi yang melalui uji kompetensi', 100, '%'),
      ),
      r(
        'Terlaksananya layanan kenaikan pangkat ASN tepat waktu',
        k('Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu', 100, '%'),
        q('Jumlah usulan kenaikan pangkat yang diproses', [200, 400], 'Usulan'),
      ),
      r(
        'Tersusunnya pemetaan talenta ASN',
        q('Jumlah profil talenta ASN yang dipetakan', [100, 300], 'Orang'),
      ),
    ],
  },
  'bkpsdm.bangkom': {
    topic: 'pengembangan kompetensi aparatur',
    head: [
      r(
        'Meningkatnya kompetensi ASN melalui pelatihan',
        q('Jumlah ASN yang mengikuti pelatihan', [300, 600], 'Orang'),
        k('Persentase ASN yang memenuhi 20 jam pelajaran', 80, '%'),
      ),
      r(
        'Terlaksananya uji dan pemetaan kompetensi ASN',
        q('Jumlah ASN yang mengikuti uji kompetensi', [100, 250], 'Orang'),
      ),
      r(
        'Terfasilitasinya tugas belajar dan izin belajar ASN',
        q('Jumlah izin belajar yang diproses', [20, 50], 'Izin'),
      ),
    ],
  },
  'bpkd.anggaran': {
    topic: 'penganggaran daerah',
    head: [
      r(
        'Tersusunnya APBD dan Perubahan APBD tepat waktu',
        q('Jumlah dokumen APBD dan Perubahan APBD', 2, 'Dokumen'),
        w('Ketepatan waktu penetapan APBD', 12, 'Bulan'),
      ),
      r(
        'Terlaksananya verifikasi RKA dan DPA perangkat daerah',
        q('Jumlah DPA perangkat daerah yang diverifikasi', [30, 40], 'DPA'),
        k('Persentase DPA yang disahkan tanpa perbaikan berulang', 90, '%'),
      ),
      r('Tersusunnya Kebijakan Umum Anggaran dan PPAS', q('Jumlah dokumen KUA-PPAS', 2, 'Dokumen')),
    ],
  },
  'bpkd.perbendaharaan': {
    topic: 'perbendaharaan daerah',
    head: [
      r(
        'Terlaksananya penerbitan SP2D tepat waktu',
        q('Jumlah SP2D yang diterbitkan', [8000, 12000], 'SP2D'),
        w('Waktu penerbitan SP2D sejak SPM diterima', 2, 'Hari'),
      ),
      r('Terkelolanya kas daerah secara optimal', q('Jumlah laporan posisi kas harian', 240, 'Laporan')),
      r('Terlaksananya pembayaran gaji ASN tepat waktu', q('Jumlah daftar gaji yang diproses', 14, 'Daftar')),
    ],
  },
  'bpkd.akuntansi': {
    topic: 'akuntansi dan pelaporan keuangan daerah',
    head: [
      r(
        'Tersusunnya Laporan Keuangan Pemerintah Daerah tepat waktu',
        q('Jumlah LKPD yang disusun', 2, 'Laporan'),
        w('Ketepatan waktu penyampaian LKPD unaudited', 3, 'Bulan'),
      ),
      r(
        'Terlaksananya pembinaan akuntansi perangkat daerah',
        q('Jumlah perangkat daerah yang dibina', [30, 40], 'OPD'),
      ),
      r(
        'Tertindaklanjutinya temuan BPK atas laporan keuangan',
        k('Persentase rekomendasi BPK yang ditindaklanjuti', 90, '%'),
      ),
    ],
  },
  'bpkd.aset': {
    topic: 'pengelolaan barang milik daerah',
    head: [
      r(
        'Terwujudnya tertib administrasi barang milik daerah',
        k('Persentase barang milik daerah yang tercatat dalam aplikasi BMD', 100, '%'),
        q('Jumlah laporan barang milik daerah semesteran dan tahunan', 2, 'Laporan'),
      ),
      r(
        'Meningkatnya pengamanan aset tanah pemerintah daerah',
        q('Jumlah bidang tanah yang disertifikatkan', [10, 30], 'Bidang'),
      ),
      r(
        'Terlaksananya pemanfaatan dan penghapusan barang milik daerah',
        q('Jumlah usulan penghapusan yang diproses', [3, 8], 'Usulan'),
      ),
    ],
  },
  'bpkd.pendapatan': {
    topic: 'pendapatan daerah',
    head: [
      r(
        'Meningkatnya penerimaan pajak daerah',
        k('Persentase realisasi target pajak daerah', 100, '%'),
        q('Jumlah wajib pajak baru yang didaftarkan', [100, 300], 'Wajib Pajak'),
      ),
      r(
        'Meningkatnya penerimaan PBB-P2',
        k('Persentase realisasi penerimaan PBB-P2', 90, '%'),
        q('Jumlah SPPT PBB-P2 yang didistribusikan', [25000, 30000], 'SPPT'),
      ),
      r(
        'Terlaksananya penagihan tunggakan pajak daerah',
        q('Jumlah surat teguran yang diterbitkan', [200, 500], 'Surat'),
      ),
    ],
  },
  'kesbangpol.ideologi': { topic: 'ideologi dan wawasan kebangsaan' },
  'kesbangpol.politik': { topic: 'politik dalam negeri dan organisasi kemasyarakatan' },
  'kesbangpol.kewaspadaan': { topic: 'kewaspadaan nasional dan penanganan konflik' },
  'bpbd.pencegahan': { topic: 'pencegahan dan kesiapsiagaan bencana' },
  'bpbd.kedaruratan': { topic: 'kedaruratan dan logistik kebencanaan' },
  'bpbd.rehabilitasi': { topic: 'rehabilitasi dan rekonstruksi pascabencana' },
  'disdikbud.sd': {
    topic: 'pembinaan sekolah dasar',
    head: [
      r(
        'Meningkatnya mutu layanan pendidikan sekolah dasar di Kota Pariaman',
        k('Persentase SD yang memenuhi standar pelayanan minimal pendidikan', 90, '%'),
        k('Rata-rata capaian literasi dan numerasi murid SD pada Rapor Pendidikan', 70, 'Nilai'),
      ),
      r(
        'Terlaksananya pembinaan, supervisi dan pendataan sekolah dasar negeri',
        q('Jumlah SD negeri yang disupervisi', [20, 55], 'Sekolah'),
        k('Persentase SD dengan data Dapodik yang valid', 100, '%'),
        q('Jumlah laporan hasil supervisi', 2, 'Laporan'),
      ),
      r(
        'Tersalurkannya dana BOSP sekolah dasar tepat waktu dan tepat sasaran',
        k('Persentase SD yang menyampaikan laporan penggunaan BOSP tepat waktu', 100, '%'),
        w('Ketepatan waktu penyaluran BOSP per tahap', 12, 'Bulan'),
      ),
      r(
        'Meningkatnya prestasi murid SD pada lomba dan olimpiade tingkat provinsi dan nasional',
        q('Jumlah murid SD yang meraih juara tingkat provinsi atau nasional', [5, 10], 'Orang'),
        q('Jumlah lomba akademik dan nonakademik yang difasilitasi', 4, 'Lomba'),
      ),
    ],
    staff: {
      'Analis Kebijakan': [
        r(
          'Tersusunnya rekomendasi kebijakan peningkatan mutu pembelajaran sekolah dasar',
          q('Jumlah rekomendasi kebijakan yang disampaikan kepada Kepala Bidang', 4, 'Rekomendasi'),
          k('Persentase rekomendasi yang ditindaklanjuti pimpinan', 75, '%'),
          w('Ketepatan waktu penyampaian rekomendasi', 4, 'Triwulan'),
        ),
      ],
      'Pranata Komputer': [
        r(
          'Termutakhirkannya data pokok pendidikan (Dapodik) sekolah dasar',
          q('Jumlah SD yang didampingi sinkronisasi Dapodik', [20, 55], 'Sekolah'),
          k('Persentase data peserta didik SD yang valid', 99, '%'),
          w('Frekuensi pemutakhiran data', 2, 'Semester'),
        ),
      ],
      'Penata Layanan Operasional': [
        r(
          'Terverifikasinya laporan penggunaan dana BOSP sekolah dasar',
          q('Jumlah laporan BOSP sekolah yang diverifikasi', [40, 110], 'Laporan'),
          w('Waktu verifikasi setiap laporan', 3, 'Hari'),
        ),
      ],
    },
  },
  'disdikbud.smp': {
    topic: 'pembinaan sekolah menengah pertama',
    head: [
      r(
        'Meningkatnya mutu layanan pendidikan sekolah menengah pertama di Kota Pariaman',
        k('Persentase SMP dengan capaian literasi dan numerasi minimal baik', 80, '%'),
        k('Angka Partisipasi Murni SMP', 85, '%'),
      ),
      r(
        'Terlaksananya pembinaan dan supervisi SMP negeri',
        q('Jumlah SMP negeri yang disupervisi', 7, 'Sekolah'),
        q('Jumlah laporan hasil supervisi', 2, 'Laporan'),
      ),
      r(
        'Terlaksananya penerimaan murid baru jenjang SMP secara objektif dan transparan',
        k('Persentase lulusan SD yang melanjutkan ke SMP', 98, '%'),
        q('Jumlah laporan pelaksanaan penerimaan murid baru', 1, 'Laporan'),
      ),
    ],
  },
  'disdikbud.kebudayaan': { topic: 'pelestarian kebudayaan' },
  'disdikbud.paud': {
    topic: 'pendidikan anak usia dini dan pendidikan nonformal',
    head: [
      r(
        'Meningkatnya partisipasi anak usia dini dalam layanan PAUD',
        k('Angka Partisipasi Kasar PAUD', 80, '%'),
        q('Jumlah lembaga PAUD yang dibina', [30, 60], 'Lembaga'),
      ),
      r(
        'Terlaksananya layanan pendidikan kesetaraan dan keaksaraan',
        q('Jumlah warga belajar pendidikan kesetaraan', [100, 200], 'Orang'),
        k('Persentase warga belajar yang lulus ujian kesetaraan', 90, '%'),
      ),
      r('Meningkatnya mutu lembaga PAUD dan PKBM', k('Persentase lembaga PAUD yang terakreditasi', 75, '%')),
    ],
  },
  'dinkes.kesmas': {
    topic: 'kesehatan masyarakat',
    head: [
      r(
        'Menurunnya prevalensi stunting di Kota Pariaman',
        k('Prevalensi stunting pada balita', 14, '%'),
        q('Jumlah balita stunting yang mendapat intervensi gizi', [100, 300], 'Balita'),
      ),
      r(
        'Meningkatnya cakupan pelayanan kesehatan ibu dan anak',
        k('Persentase ibu hamil yang mendapat pelayanan antenatal sesuai standar', 100, '%'),
        k('Persentase persalinan di fasilitas pelayanan kesehatan', 100, '%'),
      ),
      r(
        'Meningkatnya perilaku hidup bersih dan sehat masyarakat',
        k('Persentase rumah tangga ber-PHBS', 75, '%'),
        q('Jumlah desa/kelurahan yang menerapkan STBM', [20, 40], 'Desa/Kelurahan'),
      ),
    ],
  },
  'dinkes.p2p': {
    topic: 'pencegahan dan pengendalian penyakit',
    head: [
      r(
        'Meningkatnya cakupan imunisasi rutin',
        k('Cakupan imunisasi dasar lengkap', 95, '%'),
        k('Persentase desa/kelurahan UCI', 100, '%'),
      ),
      r(
        'Terkendalinya penyakit menular TBC, DBD dan HIV',
        k('Persentase pasien TBC yang diobati hingga sembuh', 90, '%'),
        k('Angka bebas jentik', 95, '%'),
      ),
      r(
        'Meningkatnya pelayanan penyakit tidak menular sesuai standar',
        k('Persentase penderita hipertensi yang mendapat pelayanan sesuai standar', 100, '%'),
        k('Persentase penderita diabetes melitus yang mendapat pelayanan sesuai standar', 100, '%'),
      ),
    ],
  },
  'dinkes.yankes': {
    topic: 'pelayanan dan sumber daya kesehatan',
    head: [
      r(
        'Meningkatnya mutu fasilitas pelayanan kesehatan',
        q('Jumlah puskesmas yang terakreditasi', 7, 'Puskesmas'),
        q('Jumlah fasilitas pelayanan kesehatan swasta yang dibina', [10, 25], 'Fasyankes'),
      ),
      r(
        'Tercapainya kepesertaan JKN bagi seluruh penduduk',
        k('Persentase penduduk yang menjadi peserta JKN aktif', 98, '%'),
      ),
      r(
        'Terpenuhinya ketersediaan obat dan perbekalan kesehatan',
        k('Persentase ketersediaan obat esensial di puskesmas', 95, '%'),
      ),
      r(
        'Terpenuhinya tenaga kesehatan di puskesmas sesuai standar',
        k('Persentase puskesmas dengan sembilan jenis tenaga kesehatan', 100, '%'),
      ),
    ],
  },
  'pupr.sda': { topic: 'sumber daya air dan drainase' },
  'pupr.tataruang': { topic: 'penataan ruang dan bina konstruksi' },
  'perkimlh.sampah': { topic: 'pengelolaan sampah dan pertamanan' },
  'perkimlh.pencemaran': { topic: 'pengendalian pencemaran lingkungan' },
  'dinsosp3a.rehsos': { topic: 'rehabilitasi dan perlindungan jaminan sosial' },
  'dinsosp3a.p3a': { topic: 'pemberdayaan perempuan dan perlindungan anak' },
  'dinsosp3a.dayasos': { topic: 'pemberdayaan sosial dan penanganan fakir miskin' },
  'disdukcapil.dafduk': {
    topic: 'pendaftaran penduduk',
    head: [
      r(
        'Meningkatnya cakupan kepemilikan KTP elektronik dan Kartu Identitas Anak',
        k('Persentase penduduk wajib KTP yang memiliki KTP elektronik', 99, '%'),
        k('Persentase anak yang memiliki Kartu Identitas Anak', 60, '%'),
      ),
      r(
        'Terlaksananya pelayanan pindah datang penduduk tepat waktu',
        q('Jumlah layanan pindah datang yang diselesaikan', [1000, 2500], 'Layanan'),
        w('Waktu penyelesaian layanan pindah datang', 1, 'Hari'),
      ),
      r(
        'Terlaksananya pelayanan jemput bola perekaman KTP elektronik',
        q('Jumlah kegiatan jemput bola', [12, 24], 'Kegiatan'),
      ),
    ],
  },
  'disdukcapil.capil': {
    topic: 'pencatatan sipil',
    head: [
      r(
        'Meningkatnya cakupan kepemilikan akta pencatatan sipil',
        k('Persentase anak usia 0–18 tahun yang memiliki akta kelahiran', 98, '%'),
        q('Jumlah akta pencatatan sipil yang diterbitkan', [3000, 6000], 'Akta'),
      ),
      r(
        'Terlaksananya pelayanan akta kematian terintegrasi dengan kelurahan',
        q('Jumlah akta kematian yang diterbitkan', [300, 700], 'Akta'),
        w('Waktu penerbitan akta kematian', 1, 'Hari'),
      ),
      r(
        'Terlaksananya pelayanan pencatatan perkawinan dan perceraian',
        k('Persentase peristiwa perkawinan non-muslim yang tercatat', 100, '%'),
      ),
    ],
  },
  'disdukcapil.piak': {
    topic: 'pengelolaan informasi administrasi kependudukan',
    head: [
      r(
        'Terkelolanya sistem informasi administrasi kependudukan',
        k('Persentase ketersediaan layanan SIAK', 99, '%'),
        q('Jumlah laporan pemeliharaan sistem', 12, 'Laporan'),
      ),
      r(
        'Meningkatnya pemanfaatan data kependudukan oleh lembaga pengguna',
        q('Jumlah lembaga pengguna data kependudukan', [8, 15], 'Lembaga'),
      ),
      r(
        'Tersusunnya profil perkembangan kependudukan Kota Pariaman',
        q('Jumlah dokumen profil kependudukan', 2, 'Dokumen'),
      ),
    ],
  },
  'diskominfo.ikp': {
    topic: 'informasi dan komunikasi publik',
    head: [
      r(
        'Meningkatnya penyebaran informasi publik pemerintah daerah',
        q('Jumlah konten informasi publik yang dipublikasikan', [300, 600], 'Konten'),
        k('Nilai keterbukaan informasi publik', 85, 'Nilai'),
      ),
      r(
        'Terkelolanya layanan PPID Kota Pariaman',
        k('Persentase permohonan informasi yang dilayani tepat waktu', 100, '%'),
      ),
      r(
        'Terkelolanya pengaduan masyarakat melalui SP4N-LAPOR!',
        k('Persentase aduan yang ditindaklanjuti', 100, '%'),
        w('Rata-rata waktu tindak lanjut aduan', 5, 'Hari'),
      ),
    ],
  },
  'diskominfo.aptika': {
    topic: 'aplikasi informatika',
    head: [
      r(
        'Meningkatnya integrasi aplikasi Sistem Pemerintahan Berbasis Elektronik',
        q('Jumlah aplikasi yang terintegrasi', [5, 12], 'Aplikasi'),
        k('Persentase ketersediaan layanan pusat data', 99, '%'),
      ),
      r(
        'Terkelolanya jaringan intra pemerintah daerah',
        q('Jumlah titik jaringan perangkat daerah yang terhubung', [40, 80], 'Titik'),
      ),
      r(
        'Terlaksananya pengembangan layanan digital Kota Pariaman',
        q('Jumlah layanan digital baru yang diluncurkan', [2, 4], 'Layanan'),
      ),
    ],
  },
  'diskominfo.sandistat': { topic: 'persandian dan statistik sektoral' },
  'dishub.lla': { topic: 'lalu lintas dan angkutan' },
  'dishub.sarpras': { topic: 'sarana dan prasarana perhubungan' },
  'dishub.dalops': { topic: 'pengendalian dan operasional perhubungan' },
  'disdagkop.metrologi': { topic: 'metrologi legal dan pengelolaan pasar' },
  'distankp.penyuluhan': { topic: 'penyuluhan pertanian' },
  'dpmptsp.perizinan': { topic: 'pelayanan perizinan dan nonperizinan' },
  'dpmptsp.pengaduan': { topic: 'pengaduan dan pelaporan layanan perizinan' },
  'satpolpp.gakda': {
    topic: 'penegakan peraturan daerah',
    head: [
      r(
        'Meningkatnya penegakan peraturan daerah di Kota Pariaman',
        k('Persentase pelanggaran perda yang diselesaikan', 100, '%'),
        q('Jumlah operasi penegakan perda', [24, 48], 'Operasi'),
      ),
      r(
        'Terlaksananya penyidikan pelanggaran perda oleh PPNS',
        q('Jumlah perkara tindak pidana ringan yang dilimpahkan ke pengadilan', [5, 15], 'Perkara'),
      ),
      r(
        'Terlaksananya sosialisasi peraturan daerah kepada masyarakat',
        q('Jumlah kegiatan sosialisasi perda', [6, 12], 'Kegiatan'),
      ),
    ],
  },
  'satpolpp.damkar': {
    topic: 'pemadam kebakaran dan penyelamatan',
    head: [
      r(
        'Meningkatnya kecepatan penanganan kebakaran',
        w('Waktu tanggap penanganan kebakaran', 15, 'Menit'),
        k('Persentase kejadian kebakaran yang tertangani', 100, '%'),
      ),
      r(
        'Terpeliharanya kesiapan sarana dan prasarana pemadam kebakaran',
        k('Persentase armada pemadam dalam kondisi siap operasi', 100, '%'),
      ),
      r(
        'Meningkatnya kesadaran masyarakat dalam pencegahan kebakaran',
        q('Jumlah kegiatan sosialisasi pencegahan kebakaran', [12, 24], 'Kegiatan'),
      ),
    ],
  },
  'satpolpp.tibum': { topic: 'ketertiban umum dan ketenteraman masyarakat' },
  'satpolpp.linmas': { topic: 'perlindungan masyarakat' },
};

/** Managerial RHK by kind of post; the unit's own profile wins where it has head RHK. */
export const HEAD_TEMPLATES = {
  sekretaris: [
    r(
      'Terkoordinasinya penyusunan perencanaan dan pelaporan kinerja {opd}',
      q('Jumlah dokumen perencanaan dan pelaporan kinerja (Renja, RKA, LKjIP) yang disusun', 5, 'Dokumen'),
      k('Nilai evaluasi SAKIP {opd}', 75, 'Nilai'),
      w('Ketepatan waktu penyampaian dokumen perencanaan dan pelaporan', 12, 'Bulan'),
    ),
    r(
      'Terwujudnya pengelolaan keuangan {opd} yang tertib dan akuntabel',
      q('Jumlah laporan keuangan yang disusun', 13, 'Laporan'),
      k('Persentase temuan pemeriksaan keuangan yang ditindaklanjuti', 100, '%'),
      b('Persentase realisasi anggaran {opd}', 95, '%'),
    ),
    r(
      'Terlaksananya pelayanan administrasi umum dan kepegawaian {opd}',
      k('Persentase layanan administrasi kepegawaian yang diproses tepat waktu', 100, '%'),
      q('Jumlah laporan pengelolaan barang milik daerah', 2, 'Laporan'),
    ),
    r(
      'Terlaksananya pembangunan Zona Integritas di {opd}',
      q('Jumlah area perubahan Zona Integritas yang dipenuhi bukti dukungnya', 6, 'Area'),
      k('Nilai penilaian mandiri pembangunan Zona Integritas', 75, 'Nilai'),
    ),
  ],
  kabid: [
    r(
      'Terlaksananya program dan kegiatan {area} sesuai rencana kerja tahun {year}',
      k('Persentase kegiatan {area} yang terlaksana sesuai jadwal', 100, '%'),
      b('Persentase realisasi anggaran kegiatan {area}', 95, '%'),
      q('Jumlah laporan capaian kinerja {area}', 4, 'Laporan'),
    ),
    r(
      'Tersusunnya kebijakan teknis di bidang {topic}',
      q('Jumlah rancangan kebijakan teknis {topic} yang disusun', [2, 4], 'Dokumen'),
      k('Persentase rancangan kebijakan yang ditetapkan pimpinan', 100, '%'),
    ),
    r(
      'Tercapainya target kinerja {area} tahun {year}',
      k('Persentase capaian indikator kinerja {area}', 100, '%'),
      q('Jumlah rekomendasi perbaikan hasil evaluasi yang ditindaklanjuti', 4, 'Rekomendasi'),
    ),
    r(
      'Terlaksananya pembinaan, monitoring dan evaluasi kegiatan {topic}',
      q('Jumlah kegiatan monitoring dan evaluasi {topic}', [4, 12], 'Kegiatan'),
      q('Jumlah laporan hasil monitoring dan evaluasi', 4, 'Laporan'),
      w('Ketepatan waktu penyampaian laporan evaluasi', 12, 'Bulan'),
    ),
    r(
      'Tersedianya data dan informasi {topic} yang akurat dan mutakhir',
      k('Persentase data {topic} yang dimutakhirkan', 100, '%'),
      q('Jumlah dokumen profil data {topic}', 1, 'Dokumen'),
    ),
  ],
  camat: [
    r(
      'Terselenggaranya koordinasi penyelenggaraan pemerintahan di {opd}',
      q('Jumlah rapat koordinasi dengan desa/kelurahan dan unsur Forkopimcam', 12, 'Rapat'),
      k(
        'Persentase desa/kelurahan yang menyampaikan laporan penyelenggaraan pemerintahan tepat waktu',
        100,
        '%',
      ),
    ),
    r(
      'Meningkatnya kualitas Pelayanan Administrasi Terpadu Kecamatan (PATEN) di {opd}',
      k('Indeks Kepuasan Masyarakat terhadap layanan PATEN', 85, 'Nilai'),
      q('Jumlah layanan administrasi yang diselesaikan', [1000, 2000], 'Layanan'),
    ),
    r(
      'Terlaksananya pembinaan dan pengawasan pemerintahan desa di {opd}',
      q('Jumlah desa yang dievaluasi pengelolaan dana desanya', [8, 16], 'Desa'),
      w('Ketepatan waktu penyampaian laporan evaluasi', 2, 'Semester'),
    ),
    r(
      'Terlaksananya pemberdayaan masyarakat dan musrenbang kecamatan di {opd}',
      q('Jumlah usulan musrenbang kecamatan yang diverifikasi', [40, 80], 'Usulan'),
    ),
  ],
  kepsek: [
    r(
      'Meningkatnya mutu pembelajaran di {area}',
      k('Rata-rata capaian literasi dan numerasi murid pada Rapor Pendidikan', 75, 'Nilai'),
      q('Jumlah supervisi akademik guru yang dilaksanakan', [12, 24], 'Kali'),
    ),
    r(
      'Terkelolanya dana BOSP {area} secara akuntabel',
      q('Jumlah laporan penggunaan dana BOSP', 2, 'Laporan'),
      b('Persentase realisasi dana BOSP', 100, '%'),
      w('Ketepatan waktu penyampaian laporan BOSP', 2, 'Semester'),
    ),
    r(
      'Terlaksananya penerimaan murid baru di {area}',
      q('Jumlah murid baru yang diterima', [28, 96], 'Orang'),
      k('Persentase daya tampung yang terisi', 95, '%'),
    ),
    r(
      'Meningkatnya kompetensi pendidik dan tenaga kependidikan di {area}',
      q('Jumlah guru yang mengikuti pengembangan keprofesian berkelanjutan', [6, 20], 'Orang'),
      k('Persentase guru yang aktif dalam komunitas belajar', 80, '%'),
    ),
  ],
  kapus: [
    r(
      'Meningkatnya cakupan pelayanan kesehatan dasar di wilayah kerja {area}',
      k('Persentase capaian SPM kesehatan di wilayah kerja', 100, '%'),
      q('Jumlah kunjungan pasien rawat jalan', [12000, 25000], 'Kunjungan'),
    ),
    r(
      'Tercapainya cakupan imunisasi dasar lengkap di wilayah kerja {area}',
      k('Cakupan imunisasi dasar lengkap', 95, '%'),
    ),
    r(
      'Menurunnya prevalensi stunting di wilayah kerja {area}',
      k('Prevalensi stunting pada balita', 14, '%'),
      q('Jumlah posyandu yang aktif melaksanakan penimbangan bulanan', [15, 30], 'Posyandu'),
    ),
    r(
      'Terlaksananya manajemen mutu dan keselamatan pasien di {area}',
      q('Jumlah dokumen mutu dan keselamatan pasien yang ditetapkan', 12, 'Dokumen'),
      k('Indeks kepuasan pasien', 85, 'Nilai'),
    ),
  ],
} as const satisfies Record<string, readonly RhkTemplate[]>;

/** Kepala Subbagian and Kepala Seksi, by the last part of the unit code. */
export const SUBUNIT_HEAD_TEMPLATES: Readonly<Record<string, readonly RhkTemplate[]>> = {
  umpeg: [
    r(
      'Terlaksananya administrasi kepegawaian {opd}',
      q('Jumlah usulan layanan kepegawaian yang diproses', [40, 120], 'Usulan'),
      k('Persentase data kepegawaian di SIASN yang mutakhir', 100, '%'),
    ),
    r(
      'Terkelolanya persuratan dan kearsipan {opd}',
      q('Jumlah surat masuk dan keluar yang diadministrasikan', [800, 2000], 'Surat'),
      k('Persentase arsip aktif yang tertata sesuai klasifikasi', 90, '%'),
    ),
    r(
      'Terpenuhinya kebutuhan sarana dan prasarana kantor {opd}',
      q('Jumlah laporan inventarisasi barang milik daerah', 2, 'Laporan'),
      k('Persentase sarana kantor dalam kondisi baik', 90, '%'),
    ),
    r(
      'Terkoordinasinya penilaian kinerja pegawai {opd}',
      k('Persentase pegawai yang SKP-nya disetujui tepat waktu', 100, '%'),
      q('Jumlah rekapitulasi penilaian kinerja pegawai', 4, 'Laporan'),
    ),
  ],
  renkeu: [
    r(
      'Tersusunnya dokumen perencanaan dan anggaran {opd}',
      q('Jumlah dokumen perencanaan dan penganggaran (Renja, RKA, DPA) yang disusun', 4, 'Dokumen'),
      w('Ketepatan waktu penyampaian dokumen ke Bappeda dan BPKD', 12, 'Bulan'),
    ),
    r(
      'Tersusunnya laporan keuangan {opd} tepat waktu',
      q('Jumlah laporan keuangan bulanan, semesteran dan tahunan', 14, 'Laporan'),
      w('Ketepatan waktu penyampaian laporan keuangan ke BPKD', 12, 'Bulan'),
    ),
    r(
      'Tersusunnya laporan kinerja {opd}',
      q('Jumlah dokumen LKjIP dan laporan capaian kinerja triwulanan', 5, 'Dokumen'),
      k('Nilai evaluasi SAKIP', 75, 'Nilai'),
    ),
    r(
      'Terlaksananya penatausahaan keuangan {opd} secara tertib',
      q('Jumlah SPM yang diverifikasi', [300, 700], 'SPM'),
      k('Persentase SPJ yang lengkap dan sah', 100, '%'),
    ),
  ],
  tu: [
    r(
      'Terlaksananya pelayanan tata usaha pimpinan daerah',
      q('Jumlah naskah dinas pimpinan yang diproses', [1500, 3000], 'Naskah'),
      w('Waktu pemrosesan setiap naskah dinas', 1, 'Hari'),
    ),
    r(
      'Terkelolanya agenda dan keprotokolan pimpinan daerah',
      q('Jumlah agenda pimpinan yang dikelola', [300, 500], 'Agenda'),
      k('Persentase agenda yang terlaksana tanpa perubahan mendadak', 90, '%'),
    ),
    r(
      'Terlaksananya administrasi perjalanan dinas pimpinan daerah',
      q('Jumlah perjalanan dinas yang diadministrasikan', [60, 150], 'Perjalanan'),
    ),
  ],
  rt: [
    r(
      'Terpenuhinya kebutuhan rumah tangga rumah dinas dan kantor pimpinan daerah',
      k('Persentase permintaan kebutuhan rumah tangga yang terpenuhi', 100, '%'),
    ),
    r(
      'Terpeliharanya kendaraan dinas dan perlengkapan Sekretariat Daerah',
      q('Jumlah kendaraan dinas yang dipelihara', [20, 40], 'Unit'),
      k('Persentase kendaraan dinas dalam kondisi siap pakai', 95, '%'),
    ),
    r(
      'Terkelolanya persediaan barang Sekretariat Daerah',
      q('Jumlah laporan persediaan barang', 4, 'Laporan'),
    ),
  ],
  keu: [
    r(
      'Terlaksananya penatausahaan keuangan Sekretariat Daerah',
      q('Jumlah SPM yang diterbitkan', [600, 1200], 'SPM'),
      k('Persentase SPM yang terbit tanpa pengembalian', 95, '%'),
    ),
    r(
      'Tersusunnya laporan keuangan Sekretariat Daerah tepat waktu',
      q('Jumlah laporan keuangan yang disusun', 13, 'Laporan'),
      w('Ketepatan waktu penyampaian laporan keuangan', 12, 'Bulan'),
    ),
    r(
      'Terlaksananya verifikasi SPJ bagian-bagian Sekretariat Daerah',
      q('Jumlah SPJ yang diverifikasi', [500, 1000], 'SPJ'),
    ),
  ],
  pem: [
    r(
      'Terlaksananya fasilitasi penyelenggaraan pemerintahan desa dan kelurahan di {opd}',
      q('Jumlah laporan penyelenggaraan pemerintahan desa yang direkapitulasi', 12, 'Laporan'),
    ),
    r(
      'Terlaksananya evaluasi pengelolaan dana desa di {opd}',
      q('Jumlah desa yang dievaluasi', [5, 15], 'Desa'),
      w('Ketepatan waktu penyampaian laporan evaluasi', 2, 'Semester'),
    ),
    r(
      'Terlaksananya pelayanan administrasi pemerintahan tingkat kecamatan',
      q('Jumlah berkas pelayanan yang diproses', [300, 800], 'Berkas'),
      w('Waktu penyelesaian setiap berkas', 1, 'Hari'),
    ),
  ],
  pmd: [
    r(
      'Terlaksananya musyawarah perencanaan pembangunan di {opd}',
      q('Jumlah usulan musrenbang yang diverifikasi', [40, 100], 'Usulan'),
    ),
    r(
      'Terlaksananya pembinaan lembaga kemasyarakatan dan PKK',
      q('Jumlah lembaga kemasyarakatan yang dibina', [10, 25], 'Lembaga'),
    ),
    r(
      'Terfasilitasinya pemberdayaan ekonomi masyarakat desa',
      q('Jumlah BUMDes yang difasilitasi', [3, 10], 'BUMDes'),
    ),
  ],
  trantib: [
    r(
      'Terjaganya ketenteraman dan ketertiban umum di {opd}',
      k('Persentase gangguan ketenteraman dan ketertiban yang tertangani', 100, '%'),
      q('Jumlah patroli wilayah', [48, 96], 'Kali'),
    ),
    r('Terlaksananya koordinasi Forkopimcam', q('Jumlah rapat koordinasi Forkopimcam', 12, 'Rapat')),
    r(
      'Terlaksananya penegakan peraturan daerah di wilayah kecamatan',
      q('Jumlah penertiban yang dilaksanakan bersama Satpol PP', [6, 12], 'Kegiatan'),
    ),
  ],
};

/** Non-managerial RHK by jabatan group: the post's name without "Ahli Pertama", "Ahli Muda", "Terampil". */
export const STAFF_TEMPLATES: Readonly<Record<string, readonly RhkTemplate[]>> = {
  Guru: [
    r(
      'Terlaksananya pembelajaran yang berpusat pada murid di {area}',
      q('Jumlah jam tatap muka pembelajaran per minggu', 24, 'Jam'),
      k('Persentase murid yang mencapai kriteria ketercapaian tujuan pembelajaran', 85, '%'),
      YEAR_ON_TIME,
    ),
    r(
      'Tersusunnya perangkat pembelajaran sesuai Kurikulum Merdeka',
      q('Jumlah modul ajar yang disusun', [8, 16], 'Modul'),
      k('Persentase modul ajar yang divalidasi kepala sekolah', 100, '%'),
    ),
    r(
      'Terlaksananya asesmen dan evaluasi hasil belajar murid',
      q('Jumlah laporan hasil belajar murid', 2, 'Laporan'),
      w('Ketepatan waktu penyerahan nilai rapor', 2, 'Semester'),
    ),
    r(
      'Terlaksananya bimbingan dan pembinaan karakter murid',
      q('Jumlah murid yang dibimbing', [20, 32], 'Orang'),
      k('Persentase murid tanpa catatan pelanggaran tata tertib', 95, '%'),
    ),
    r(
      'Terlaksananya pengembangan keprofesian berkelanjutan',
      q('Jumlah pelatihan atau kegiatan komunitas belajar yang diikuti', [2, 4], 'Kegiatan'),
      q('Jumlah karya inovasi pembelajaran yang dihasilkan', 1, 'Karya'),
    ),
  ],
  'Analis Kebijakan': [
    r(
      'Tersusunnya kajian kebijakan di bidang {topic}',
      q('Jumlah kajian kebijakan {topic} yang disusun', [2, 4], 'Kajian'),
      k('Persentase kajian yang diterima pimpinan tanpa perbaikan', 90, '%'),
      w('Ketepatan waktu penyampaian kajian', 12, 'Bulan'),
    ),
    r(
      'Tersusunnya rekomendasi kebijakan {topic}',
      q('Jumlah rekomendasi kebijakan yang disampaikan kepada pimpinan', [3, 6], 'Rekomendasi'),
      k('Persentase rekomendasi yang ditindaklanjuti', 75, '%'),
    ),
    r(
      'Terlaksananya analisis data dan informasi {topic}',
      q('Jumlah laporan analisis data {topic}', 4, 'Laporan'),
      k('Persentase laporan analisis yang dimanfaatkan dalam rapat pimpinan', 80, '%'),
      w('Ketepatan waktu penyampaian laporan analisis', 4, 'Triwulan'),
    ),
    r(
      'Terlaksananya monitoring dan evaluasi implementasi kebijakan {topic}',
      q('Jumlah laporan monitoring dan evaluasi implementasi kebijakan', [2, 4], 'Laporan'),
      w('Ketepatan waktu penyampaian laporan', 4, 'Triwulan'),
    ),
    r(
      'Tersusunnya ringkasan kebijakan (policy brief) {topic}',
      q('Jumlah policy brief yang disusun', 2, 'Dokumen'),
      k('Persentase policy brief yang dibahas dalam forum pimpinan', 50, '%'),
    ),
  ],
  'Pranata Komputer': [
    r(
      'Terkelolanya sistem informasi dan aplikasi {area}',
      q('Jumlah aplikasi yang dipelihara dan dimutakhirkan', [2, 5], 'Aplikasi'),
      k('Persentase ketersediaan layanan aplikasi', 98, '%'),
    ),
    r(
      'Terlaksananya pengelolaan dan pemutakhiran basis data {topic}',
      q('Jumlah basis data yang dimutakhirkan', [2, 4], 'Basis Data'),
      k('Persentase data yang valid dan lengkap', 95, '%'),
      w('Frekuensi pemutakhiran data', 12, 'Bulan'),
    ),
    r(
      'Terlaksananya dukungan teknis infrastruktur teknologi informasi {area}',
      q('Jumlah permintaan dukungan TI yang ditangani', [60, 150], 'Tiket'),
      w('Rata-rata waktu penyelesaian gangguan', 1, 'Hari'),
    ),
    r(
      'Tersusunnya dokumentasi dan laporan pengelolaan sistem informasi',
      q('Jumlah laporan pengelolaan sistem informasi', 4, 'Laporan'),
    ),
    r(
      'Terkelolanya konten dan keamanan situs web {opd}',
      q('Jumlah konten yang diunggah', [48, 120], 'Konten'),
      k('Persentase insiden keamanan situs yang tertangani', 100, '%'),
    ),
  ],
  Perencana: [
    r(
      'Tersusunnya dokumen perencanaan {opd} tahun {nextYear}',
      q('Jumlah dokumen perencanaan (Renja dan RKA) yang disusun', 2, 'Dokumen'),
      k('Persentase keselarasan program Renja dengan Renstra', 100, '%'),
      w('Ketepatan waktu penyampaian Renja ke Bappeda', 12, 'Bulan'),
    ),
    r(
      'Tersusunnya laporan evaluasi capaian kinerja {opd}',
      q('Jumlah laporan evaluasi Renja triwulanan', 4, 'Laporan'),
      w('Ketepatan waktu penyampaian laporan evaluasi', 4, 'Triwulan'),
    ),
    r(
      'Terlaksananya pemantauan capaian program dan kegiatan {area}',
      q('Jumlah laporan pemantauan capaian program dan kegiatan', 4, 'Laporan'),
      k('Persentase program yang terpantau capaiannya', 100, '%'),
    ),
    r(
      'Terlaksananya verifikasi usulan program dan kegiatan hasil musrenbang',
      q('Jumlah usulan musrenbang yang diverifikasi', [40, 120], 'Usulan'),
    ),
  ],
  'Analis SDM Aparatur': [
    r(
      'Terlaksananya analisis jabatan dan analisis beban kerja {area}',
      q('Jumlah jabatan yang dianalisis', [10, 30], 'Jabatan'),
      k('Persentase dokumen analisis jabatan yang disahkan', 100, '%'),
    ),
    r(
      'Terlaksananya pengelolaan data kepegawaian di SIASN',
      q('Jumlah data pegawai yang dimutakhirkan', [100, 400], 'Data'),
      k('Persentase data pegawai yang valid', 98, '%'),
    ),
    r(
      'Tersusunnya analisis kebutuhan pengembangan kompetensi pegawai',
      q('Jumlah laporan analisis kebutuhan pengembangan kompetensi', 2, 'Laporan'),
    ),
    r(
      'Terlaksananya verifikasi usulan layanan kepegawaian',
      q('Jumlah usulan kenaikan pangkat, pensiun dan cuti yang diverifikasi', [100, 300], 'Usulan'),
      w('Waktu verifikasi setiap usulan', 3, 'Hari'),
    ),
    r(
      'Terlaksananya pemantauan dan evaluasi kinerja pegawai {opd}',
      q('Jumlah laporan rekapitulasi penilaian kinerja pegawai', 4, 'Laporan'),
    ),
  ],
  Auditor: [
    r(
      'Terlaksananya audit kinerja perangkat daerah',
      q('Jumlah laporan hasil audit kinerja', [4, 8], 'LHA'),
      k('Persentase temuan yang disertai rekomendasi yang dapat ditindaklanjuti', 100, '%'),
    ),
    r(
      'Terlaksananya reviu laporan keuangan dan laporan kinerja perangkat daerah',
      q('Jumlah laporan hasil reviu', [4, 10], 'Laporan'),
      w('Waktu penyelesaian setiap reviu', 30, 'Hari'),
    ),
    r(
      'Terlaksananya pemantauan tindak lanjut hasil pemeriksaan',
      q('Jumlah laporan pemantauan tindak lanjut', 2, 'Laporan'),
      k('Persentase rekomendasi yang dipantau penyelesaiannya', 100, '%'),
    ),
    r(
      'Terlaksananya evaluasi SAKIP dan penerapan SPIP perangkat daerah',
      q('Jumlah perangkat daerah yang dievaluasi', [5, 10], 'OPD'),
    ),
    r(
      'Terlaksananya audit pengadaan barang dan jasa',
      q('Jumlah paket pengadaan yang diaudit', [10, 20], 'Paket'),
    ),
  ],
  'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah': [
    r(
      'Terlaksananya pengawasan penyelenggaraan urusan pemerintahan daerah',
      q('Jumlah laporan hasil pengawasan', [4, 8], 'Laporan'),
      k('Persentase rekomendasi pengawasan yang diterima auditi', 90, '%'),
    ),
    r(
      'Terlaksananya pemeriksaan dengan tujuan tertentu atas pengaduan masyarakat',
      q('Jumlah pengaduan yang ditangani', [4, 10], 'Pengaduan'),
      w('Waktu penyelesaian setiap pemeriksaan', 30, 'Hari'),
    ),
    r(
      'Terlaksananya evaluasi penyelenggaraan pemerintahan desa',
      q('Jumlah desa yang dievaluasi', [5, 12], 'Desa'),
    ),
  ],
  Arsiparis: [
    r(
      'Terkelolanya arsip dinamis {area}',
      q('Jumlah berkas arsip yang ditata dan dideskripsikan', [200, 400], 'Berkas'),
      k('Persentase arsip yang tertata sesuai klasifikasi', 95, '%'),
    ),
    r(
      'Tersusunnya daftar arsip dan jadwal retensi arsip {opd}',
      q('Jumlah daftar arsip yang disusun', 4, 'Daftar'),
    ),
    r(
      'Terlaksananya penyusutan arsip inaktif {opd}',
      q('Jumlah berkas arsip inaktif yang dinilai untuk penyusutan', [100, 300], 'Berkas'),
    ),
    r(
      'Terlaksananya alih media arsip vital {opd}',
      q('Jumlah arsip yang dialihmediakan', [150, 500], 'Berkas'),
      k('Persentase hasil alih media yang terbaca dan terindeks', 100, '%'),
    ),
  ],
  'Administrator Kesehatan': [
    r(
      'Tersusunnya perencanaan program kesehatan {area}',
      q('Jumlah dokumen perencanaan program kesehatan', 2, 'Dokumen'),
      w('Ketepatan waktu penyusunan dokumen', 12, 'Bulan'),
    ),
    r(
      'Terlaksananya pengelolaan data dan Sistem Informasi Kesehatan {area}',
      q('Jumlah laporan Sistem Informasi Kesehatan bulanan', 12, 'Laporan'),
      k('Persentase kelengkapan laporan', 100, '%'),
    ),
    r(
      'Terlaksananya monitoring dan evaluasi program {topic}',
      q('Jumlah laporan monitoring dan evaluasi program', 4, 'Laporan'),
    ),
    r(
      'Terlaksananya verifikasi administrasi klaim pelayanan kesehatan',
      q('Jumlah berkas klaim yang diverifikasi', [200, 600], 'Berkas'),
      w('Waktu verifikasi setiap berkas', 3, 'Hari'),
    ),
  ],
  'Epidemiolog Kesehatan': [
    r(
      'Terlaksananya surveilans epidemiologi penyakit menular',
      q('Jumlah laporan surveilans mingguan (SKDR)', 52, 'Laporan'),
      k('Persentase ketepatan laporan SKDR', 90, '%'),
    ),
    r(
      'Terlaksananya penyelidikan epidemiologi kejadian luar biasa',
      q('Jumlah penyelidikan epidemiologi yang dilaksanakan', [3, 8], 'Kegiatan'),
      w('Waktu respons sejak laporan kasus diterima', 24, 'Jam'),
    ),
    r(
      'Tersusunnya kajian situasi epidemiologi {kota}',
      q('Jumlah kajian epidemiologi yang disusun', 2, 'Kajian'),
    ),
    r(
      'Terlaksananya pemantauan penyakit yang dapat dicegah dengan imunisasi',
      q('Jumlah laporan pemantauan', 12, 'Laporan'),
    ),
  ],
  Perawat: [
    r(
      'Terlaksananya asuhan keperawatan kepada pasien di {area}',
      q('Jumlah pasien yang diberikan asuhan keperawatan', [600, 1500], 'Pasien'),
      k('Persentase dokumentasi asuhan keperawatan yang lengkap', 100, '%'),
    ),
    r(
      'Terlaksananya perawatan kesehatan masyarakat di wilayah kerja {area}',
      q('Jumlah keluarga rawan yang dibina', [20, 60], 'Keluarga'),
    ),
    r(
      'Terlaksananya pelayanan kegawatdaruratan dan tindakan keperawatan',
      q('Jumlah tindakan keperawatan yang dilaksanakan', [300, 800], 'Tindakan'),
      w('Waktu tanggap pelayanan gawat darurat', 5, 'Menit'),
    ),
    r(
      'Terlaksananya penyuluhan kesehatan kepada pasien dan keluarga',
      q('Jumlah sesi penyuluhan kesehatan', [12, 24], 'Kali'),
    ),
  ],
  Bidan: [
    r(
      'Terlaksananya pelayanan antenatal terpadu bagi ibu hamil',
      q('Jumlah ibu hamil yang mendapat pelayanan antenatal sesuai standar', [80, 200], 'Orang'),
      k('Persentase ibu hamil dengan enam kali kunjungan antenatal', 95, '%'),
    ),
    r(
      'Terlaksananya pertolongan persalinan di fasilitas pelayanan kesehatan',
      q('Jumlah persalinan yang ditolong', [30, 80], 'Persalinan'),
      k('Persentase persalinan tanpa komplikasi yang tidak tertangani', 100, '%'),
    ),
    r(
      'Terlaksananya pelayanan keluarga berencana',
      q('Jumlah akseptor KB yang dilayani', [100, 250], 'Akseptor'),
    ),
    r(
      'Terlaksananya pemantauan tumbuh kembang balita di posyandu',
      q('Jumlah kegiatan posyandu yang didampingi', [24, 48], 'Kegiatan'),
      k('Persentase balita yang ditimbang setiap bulan', 90, '%'),
    ),
  ],
  Dokter: [
    r(
      'Terlaksananya pelayanan medis rawat jalan di {area}',
      q('Jumlah pasien yang dilayani', [2500, 5000], 'Pasien'),
      k('Persentase rekam medis yang lengkap', 100, '%'),
    ),
    r(
      'Terlaksananya pelayanan kegawatdaruratan medis',
      q('Jumlah kasus gawat darurat yang ditangani', [100, 300], 'Kasus'),
      w('Waktu tanggap pelayanan gawat darurat', 5, 'Menit'),
    ),
    r(
      'Terlaksananya pengendalian penyakit tidak menular melalui Posbindu',
      q('Jumlah kegiatan Posbindu PTM yang dilaksanakan', 12, 'Kegiatan'),
    ),
    r(
      'Terlaksananya rujukan pasien sesuai indikasi medis',
      k('Persentase rujukan kasus non-spesialistik', 2, '%'),
    ),
  ],
  Apoteker: [
    r(
      'Terlaksananya pelayanan kefarmasian di {area}',
      q('Jumlah resep yang dilayani', [8000, 15000], 'Resep'),
      k('Persentase resep yang sesuai formularium', 95, '%'),
    ),
    r(
      'Terkelolanya obat dan bahan medis habis pakai',
      q('Jumlah laporan pemakaian dan lembar permintaan obat', 12, 'Laporan'),
      k('Persentase ketersediaan obat esensial', 95, '%'),
    ),
    r(
      'Terlaksananya pelayanan informasi obat dan konseling',
      q('Jumlah pasien yang mendapat konseling obat', [200, 500], 'Pasien'),
    ),
  ],
  'Pranata Laboratorium Kesehatan': [
    r(
      'Terlaksananya pemeriksaan laboratorium klinik di {area}',
      q('Jumlah sampel yang diperiksa', [1500, 4000], 'Sampel'),
      k('Persentase hasil pemeriksaan yang tervalidasi', 100, '%'),
      w('Waktu penyelesaian hasil pemeriksaan', 2, 'Jam'),
    ),
    r(
      'Terlaksananya pemantapan mutu internal laboratorium',
      q('Jumlah kegiatan pemantapan mutu internal', 12, 'Kegiatan'),
    ),
    r(
      'Terpeliharanya peralatan laboratorium {area}',
      q('Jumlah alat laboratorium yang dikalibrasi dan dipelihara', [5, 15], 'Alat'),
    ),
  ],
  'Penyuluh Pertanian': [
    r(
      'Terlaksananya penyuluhan pertanian kepada kelompok tani binaan',
      q('Jumlah kelompok tani yang dibina', [8, 15], 'Kelompok'),
      q('Jumlah kunjungan penyuluhan', [48, 96], 'Kunjungan'),
    ),
    r('Tersusunnya programa penyuluhan pertanian', q('Jumlah dokumen programa penyuluhan', 1, 'Dokumen')),
    r(
      'Terlaksananya demonstrasi plot teknologi budidaya padi',
      q('Jumlah demplot yang dilaksanakan', [1, 3], 'Demplot'),
    ),
    r(
      'Tersusunnya RDKK pupuk bersubsidi kelompok tani binaan',
      q('Jumlah RDKK yang diverifikasi', [8, 15], 'RDKK'),
      w('Ketepatan waktu penyampaian RDKK', 1, 'Bulan'),
    ),
  ],
  'Pamong Budaya': [
    r(
      'Terlaksananya pendataan objek pemajuan kebudayaan di {kota}',
      q('Jumlah objek pemajuan kebudayaan yang didata', [10, 25], 'Objek'),
    ),
    r(
      'Terlaksananya kajian pelestarian cagar budaya',
      q('Jumlah cagar budaya yang dikaji untuk penetapan', [2, 5], 'Objek'),
    ),
    r(
      'Terlaksananya pembinaan sanggar seni dan komunitas budaya',
      q('Jumlah sanggar seni yang dibina', [8, 20], 'Sanggar'),
    ),
    r(
      'Terselenggaranya Festival Budaya Tabuik',
      q('Jumlah kegiatan pendukung festival yang dikoordinasikan', [3, 6], 'Kegiatan'),
      k('Persentase rangkaian acara yang terlaksana sesuai jadwal', 100, '%'),
    ),
  ],
  'Pamong Belajar': [
    r(
      'Terlaksananya pembelajaran pendidikan kesetaraan Paket A, B dan C',
      q('Jumlah warga belajar yang dibimbing', [20, 40], 'Orang'),
      k('Persentase warga belajar yang lulus ujian kesetaraan', 90, '%'),
    ),
    r(
      'Tersusunnya model pembelajaran pendidikan nonformal',
      q('Jumlah model pembelajaran yang dikembangkan', 1, 'Model'),
    ),
    r('Terlaksananya pembinaan lembaga PAUD dan PKBM', q('Jumlah lembaga yang dibina', [5, 12], 'Lembaga')),
  ],
  'Pengelola Pengadaan Barang/Jasa': [
    r(
      'Terlaksananya pemilihan penyedia barang/jasa',
      q('Jumlah paket tender yang diproses', [10, 25], 'Paket'),
      k('Persentase paket tender yang berhasil', 95, '%'),
      w('Rata-rata waktu proses tender', 30, 'Hari'),
    ),
    r(
      'Terlaksananya reviu dokumen persiapan pengadaan',
      q('Jumlah dokumen persiapan pengadaan yang direviu', [15, 30], 'Dokumen'),
    ),
    r(
      'Terfasilitasinya transaksi katalog elektronik perangkat daerah',
      q('Jumlah transaksi e-purchasing yang difasilitasi', [30, 80], 'Transaksi'),
    ),
  ],
  'Perancang Peraturan Perundang-undangan': [
    r(
      'Tersusunnya rancangan peraturan daerah dan peraturan wali kota',
      q('Jumlah rancangan produk hukum yang disusun', [6, 15], 'Rancangan'),
      k('Persentase rancangan yang ditetapkan tanpa koreksi substansial', 90, '%'),
    ),
    r(
      'Terlaksananya harmonisasi rancangan produk hukum daerah',
      q('Jumlah rancangan yang diharmonisasi', [10, 25], 'Rancangan'),
    ),
    r(
      'Tersusunnya naskah akademik rancangan peraturan daerah',
      q('Jumlah naskah akademik', [1, 2], 'Naskah'),
    ),
    r(
      'Terkelolanya Jaringan Dokumentasi dan Informasi Hukum (JDIH)',
      q('Jumlah produk hukum yang diunggah ke JDIH', [40, 100], 'Produk Hukum'),
    ),
  ],
  'Analis Keuangan Pusat dan Daerah': [
    r(
      'Tersusunnya analisis realisasi anggaran {opd}',
      q('Jumlah laporan analisis realisasi anggaran', 4, 'Laporan'),
      w('Ketepatan waktu penyampaian laporan analisis', 4, 'Triwulan'),
    ),
    r(
      'Terlaksananya verifikasi dokumen pertanggungjawaban keuangan',
      q('Jumlah SPJ yang diverifikasi', [300, 800], 'SPJ'),
      k('Persentase SPJ yang sesuai ketentuan', 100, '%'),
    ),
    r(
      'Tersusunnya laporan keuangan berbasis akrual {opd}',
      q('Jumlah laporan keuangan yang disusun', [3, 5], 'Laporan'),
    ),
    r('Terlaksananya rekonsiliasi aset dan keuangan', q('Jumlah rekonsiliasi yang dilaksanakan', 4, 'Kali')),
  ],
  'Pranata Humas': [
    r(
      'Terlaksananya publikasi kegiatan pemerintah daerah melalui media',
      q('Jumlah berita dan konten publikasi', [100, 250], 'Konten'),
      k('Persentase konten yang terbit sesuai jadwal', 95, '%'),
    ),
    r(
      'Terkelolanya media sosial resmi Pemerintah Kota Pariaman',
      q('Jumlah unggahan media sosial', [200, 400], 'Unggahan'),
      k('Tingkat keterlibatan warganet pada media sosial', 5, '%'),
    ),
    r(
      'Terlaksananya peliputan dan dokumentasi kegiatan pimpinan daerah',
      q('Jumlah kegiatan yang didokumentasikan', [80, 200], 'Kegiatan'),
    ),
  ],
  Statistisi: [
    r(
      'Tersusunnya data statistik sektoral Kota Pariaman',
      q('Jumlah set data yang dipublikasikan di portal Satu Data', [30, 80], 'Set Data'),
      k('Persentase data yang memenuhi prinsip Satu Data Indonesia', 90, '%'),
    ),
    r(
      'Tersusunnya publikasi statistik sektoral',
      q('Jumlah publikasi statistik yang disusun', [1, 3], 'Publikasi'),
    ),
    r(
      'Terlaksananya pembinaan statistik sektoral perangkat daerah',
      q('Jumlah perangkat daerah yang dibina', [10, 25], 'OPD'),
    ),
  ],
  'Administrator Database Kependudukan': [
    r(
      'Terkelolanya basis data kependudukan Kota Pariaman',
      q('Jumlah data kependudukan yang dikonsolidasikan', [2000, 6000], 'Data'),
      k('Persentase data ganda yang terselesaikan', 100, '%'),
    ),
    r(
      'Terpeliharanya jaringan komunikasi data SIAK',
      k('Persentase ketersediaan jaringan SIAK', 99, '%'),
      q('Jumlah laporan pemeliharaan jaringan', 12, 'Laporan'),
    ),
    r(
      'Terlaksananya pelayanan pemanfaatan data kependudukan',
      q('Jumlah permintaan akses data yang dilayani', [10, 30], 'Permintaan'),
    ),
    r(
      'Terlaksananya aktivasi Identitas Kependudukan Digital',
      q('Jumlah Identitas Kependudukan Digital yang diaktivasi', [1000, 3000], 'Orang'),
    ),
  ],
  'Teknik Jalan dan Jembatan': [
    r(
      'Terlaksananya pengawasan pekerjaan peningkatan jalan kota',
      q('Jumlah paket pekerjaan jalan yang diawasi', [3, 8], 'Paket'),
      k('Persentase pekerjaan yang sesuai spesifikasi teknis', 100, '%'),
    ),
    r(
      'Tersusunnya perencanaan teknis jalan dan jembatan',
      q('Jumlah dokumen perencanaan teknis yang direviu', [2, 5], 'Dokumen'),
    ),
    r(
      'Terlaksananya survei kondisi jalan dan jembatan',
      q('Panjang ruas jalan yang disurvei', [40, 80], 'Km'),
    ),
  ],
  'Penata Ruang': [
    r(
      'Tersusunnya rencana detail tata ruang {kota}',
      q('Jumlah dokumen rencana detail tata ruang yang disusun', 1, 'Dokumen'),
    ),
    r(
      'Terlaksananya penilaian kesesuaian kegiatan pemanfaatan ruang',
      q('Jumlah permohonan KKPR yang dinilai', [50, 150], 'Permohonan'),
      w('Waktu penilaian setiap permohonan', 5, 'Hari'),
    ),
    r('Terlaksananya pengendalian pemanfaatan ruang', q('Jumlah lokasi yang diawasi', [12, 30], 'Lokasi')),
  ],
  'Pengendali Dampak Lingkungan': [
    r(
      'Terlaksananya pemantauan kualitas air dan udara',
      q('Jumlah titik sampel yang dipantau', [12, 30], 'Titik'),
      k('Persentase hasil uji yang dilaporkan lengkap', 100, '%'),
    ),
    r(
      'Terlaksananya penilaian dokumen lingkungan hidup',
      q('Jumlah dokumen UKL-UPL dan AMDAL yang dinilai', [15, 40], 'Dokumen'),
      w('Waktu penilaian setiap dokumen', 10, 'Hari'),
    ),
    r(
      'Terlaksananya pengawasan ketaatan usaha terhadap persetujuan lingkungan',
      q('Jumlah usaha/kegiatan yang diawasi', [10, 25], 'Usaha'),
    ),
    r(
      'Tertanganinya pengaduan pencemaran lingkungan',
      k('Persentase pengaduan yang ditindaklanjuti', 100, '%'),
    ),
  ],
  'Pekerja Sosial': [
    r(
      'Terlaksananya asesmen dan rehabilitasi sosial PPKS',
      q('Jumlah PPKS yang diasesmen', [40, 100], 'Orang'),
      k('Persentase PPKS yang mendapat intervensi', 90, '%'),
    ),
    r(
      'Terlaksananya pendampingan anak berhadapan dengan hukum dan korban kekerasan',
      q('Jumlah kasus yang didampingi', [10, 30], 'Kasus'),
    ),
    r(
      'Terlaksananya verifikasi dan validasi data penerima bantuan sosial',
      q('Jumlah keluarga yang diverifikasi', [300, 800], 'KK'),
      w('Ketepatan waktu penyampaian hasil verifikasi', 4, 'Triwulan'),
    ),
  ],
  'Analis Pasar Hasil Perikanan': [
    r(
      'Tersusunnya analisis harga dan pasar hasil perikanan',
      q('Jumlah laporan analisis pasar', 12, 'Laporan'),
      w('Ketepatan waktu penyampaian laporan', 12, 'Bulan'),
    ),
    r(
      'Terlaksananya pendampingan pemasaran produk olahan hasil perikanan',
      q('Jumlah UMKM perikanan yang didampingi', [10, 25], 'UMKM'),
    ),
    r('Terlaksananya kampanye gemar makan ikan', q('Jumlah kegiatan kampanye Gemarikan', [3, 6], 'Kegiatan')),
  ],
  'Penggerak Swadaya Masyarakat': [
    r(
      'Terlaksananya fasilitasi pemberdayaan masyarakat di {opd}',
      q('Jumlah kelompok masyarakat yang difasilitasi', [6, 15], 'Kelompok'),
    ),
    r(
      'Terlaksananya pendampingan penyusunan Rencana Kerja Pemerintah Desa',
      q('Jumlah desa yang didampingi', [4, 12], 'Desa'),
      w('Ketepatan waktu penetapan RKP Desa', 1, 'Bulan'),
    ),
    r(
      'Terlaksananya fasilitasi lembaga kemasyarakatan desa dan kelurahan',
      q('Jumlah lembaga kemasyarakatan yang dibina', [8, 20], 'Lembaga'),
    ),
  ],
  'Penguji Kendaraan Bermotor': [
    r(
      'Terlaksananya pengujian berkala kendaraan bermotor',
      q('Jumlah kendaraan yang diuji', [800, 1500], 'Kendaraan'),
      k('Persentase hasil uji yang sesuai standar', 100, '%'),
      w('Waktu pengujian setiap kendaraan', 30, 'Menit'),
    ),
    r('Terpeliharanya alat uji kendaraan bermotor', q('Jumlah alat uji yang dipelihara', [5, 10], 'Alat')),
    r(
      'Terlaksananya pemeriksaan kendaraan di jalan (ramp check)',
      q('Jumlah kegiatan ramp check', [6, 12], 'Kegiatan'),
    ),
  ],
  'Polisi Pamong Praja': [
    r(
      'Terlaksananya patroli ketenteraman dan ketertiban umum',
      q('Jumlah patroli yang dilaksanakan', [120, 250], 'Kali'),
      k('Persentase gangguan ketertiban yang tertangani', 100, '%'),
    ),
    r(
      'Terlaksananya penegakan peraturan daerah',
      q('Jumlah pelanggaran perda yang ditindak', [20, 60], 'Kasus'),
    ),
    r(
      'Terlaksananya pengamanan kegiatan pemerintah daerah',
      q('Jumlah kegiatan yang diamankan', [30, 80], 'Kegiatan'),
    ),
    r(
      'Terlaksananya penertiban pedagang kaki lima di kawasan Pantai Gandoriah',
      q('Jumlah kegiatan penertiban', [12, 36], 'Kali'),
    ),
  ],
  'Pemadam Kebakaran': [
    r(
      'Terlaksananya pemadaman kebakaran dan penyelamatan',
      q('Jumlah kejadian kebakaran yang ditangani', [15, 40], 'Kejadian'),
      w('Waktu tanggap menuju lokasi kejadian', 15, 'Menit'),
    ),
    r(
      'Terlaksananya pemeriksaan dan pemeliharaan sarana pemadam kebakaran',
      q('Jumlah pemeriksaan armada dan peralatan', 52, 'Kali'),
    ),
    r(
      'Terlaksananya sosialisasi pencegahan kebakaran kepada masyarakat',
      q('Jumlah kegiatan sosialisasi', [6, 12], 'Kegiatan'),
    ),
    r(
      'Terlaksananya penyelamatan non-kebakaran',
      q('Jumlah kejadian penyelamatan yang ditangani', [10, 30], 'Kejadian'),
    ),
  ],
  'Pengadministrasi Perkantoran': [
    r(
      'Terkelolanya administrasi persuratan {area}',
      q('Jumlah surat masuk dan keluar yang diagendakan', [500, 1500], 'Surat'),
      k('Persentase surat yang terdistribusi pada hari yang sama', 95, '%'),
    ),
    r('Terlaksananya pengarsipan dokumen {area}', q('Jumlah berkas yang diarsipkan', [200, 500], 'Berkas')),
    r(
      'Terlaksananya penyiapan administrasi rapat dan kegiatan {area}',
      q('Jumlah kegiatan yang disiapkan administrasinya', [20, 60], 'Kegiatan'),
    ),
    r(
      'Tersusunnya rekapitulasi kehadiran pegawai {area}',
      q('Jumlah laporan rekapitulasi kehadiran', 12, 'Laporan'),
      w('Ketepatan waktu penyampaian rekapitulasi kehadiran', 12, 'Bulan'),
    ),
  ],
  'Operator Layanan Operasional': [
    r(
      'Terlaksananya layanan operasional kantor {area}',
      q('Jumlah layanan operasional yang dilaksanakan', [200, 400], 'Layanan'),
    ),
    r(
      'Terlaksananya pengemudian dan perawatan kendaraan dinas',
      q('Jumlah perjalanan dinas yang dilayani', [100, 250], 'Perjalanan'),
      k('Persentase kendaraan dinas dalam kondisi siap pakai', 100, '%'),
    ),
    r(
      'Terpeliharanya kebersihan dan kesiapan ruang kerja {area}',
      q('Jumlah ruang yang dipelihara', [6, 15], 'Ruang'),
    ),
    r(
      'Terlaksananya penginputan data layanan ke aplikasi',
      q('Jumlah data yang diinput', [500, 1500], 'Data'),
      k('Persentase data yang diinput tanpa kesalahan', 98, '%'),
    ),
  ],
  'Pengelola Layanan Operasional': [
    r(
      'Terkelolanya data dan informasi layanan {area}',
      q('Jumlah laporan pengelolaan data layanan', 12, 'Laporan'),
    ),
    r(
      'Terlaksananya pengelolaan barang persediaan {area}',
      q('Jumlah laporan stok opname persediaan', 4, 'Laporan'),
      k('Persentase kesesuaian catatan dengan fisik persediaan', 100, '%'),
    ),
    r(
      'Terlaksananya pelayanan informasi dan pengaduan {area}',
      q('Jumlah permintaan informasi yang dilayani', [100, 300], 'Permintaan'),
      w('Waktu respons setiap permintaan', 1, 'Hari'),
    ),
    r(
      'Terlaksananya penyiapan bahan kegiatan {topic}',
      q('Jumlah bahan kegiatan yang disiapkan', [12, 30], 'Bahan'),
    ),
  ],
  'Pengelola Keuangan': [
    r(
      'Terlaksananya penatausahaan keuangan {opd}',
      q('Jumlah SPP dan SPM yang diproses', [200, 600], 'Dokumen'),
      k('Persentase dokumen yang lengkap dan benar', 100, '%'),
      w('Waktu pemrosesan setiap SPP', 2, 'Hari'),
    ),
    r(
      'Tersusunnya laporan pertanggungjawaban bendahara {opd}',
      q('Jumlah laporan pertanggungjawaban bendahara yang disusun', 12, 'Laporan'),
      w('Ketepatan waktu penyampaian laporan paling lambat tanggal 10 bulan berikutnya', 12, 'Bulan'),
    ),
    r(
      'Terlaksananya pembayaran gaji dan tunjangan pegawai {opd}',
      q('Jumlah daftar gaji dan TPP yang diproses', 26, 'Daftar'),
    ),
    r(
      'Terlaksananya penyetoran dan pelaporan pajak atas belanja {opd}',
      q('Jumlah bukti setor pajak yang direkonsiliasi', [100, 300], 'Bukti Setor'),
    ),
  ],
  'Penata Layanan Operasional': [
    r(
      'Tersusunnya bahan kebijakan teknis {topic}',
      q('Jumlah bahan kebijakan teknis yang disusun', [3, 6], 'Dokumen'),
      k('Persentase bahan yang diterima pimpinan tanpa perbaikan', 90, '%'),
    ),
    r(
      'Tersusunnya bahan koordinasi dan fasilitasi {topic}',
      q('Jumlah bahan rapat koordinasi yang disiapkan', [6, 12], 'Dokumen'),
    ),
    r(
      'Tersusunnya laporan pelaksanaan kegiatan {area}',
      q('Jumlah laporan pelaksanaan kegiatan', [4, 12], 'Laporan'),
      w('Ketepatan waktu penyampaian laporan', 12, 'Bulan'),
    ),
    r(
      'Terlaksananya verifikasi dan pengolahan data {topic}',
      q('Jumlah data yang diverifikasi', [100, 300], 'Data'),
      k('Persentase data yang valid', 98, '%'),
    ),
  ],
};

/** Fallback for a post without its own list. */
export const GENERIC_STAFF: readonly RhkTemplate[] = STAFF_TEMPLATES['Penata Layanan Operasional'] ?? [];

export const TAMBAHAN: readonly RhkTemplate[] = [
  r(
    'Terlaksananya tugas sebagai anggota Tim Pembangunan Zona Integritas {opd}',
    q('Jumlah laporan kegiatan tim yang disusun', 4, 'Laporan'),
  ),
  r(
    'Terlaksananya tugas sebagai panitia peringatan Hari Jadi Kota Pariaman',
    q('Jumlah kegiatan kepanitiaan yang dilaksanakan', [2, 4], 'Kegiatan'),
  ),
  r(
    'Terlaksananya tugas sebagai admin situs web dan media sosial {opd}',
    q('Jumlah konten yang diunggah', [24, 60], 'Konten'),
  ),
  r(
    'Terlaksananya tugas sebagai anggota tim penyusun LKjIP {opd}',
    q('Jumlah dokumen LKjIP yang disusun', 1, 'Dokumen'),
  ),
  r(
    'Terlaksananya tugas sebagai pengurus barang pembantu {area}',
    q('Jumlah laporan barang yang disusun', 2, 'Laporan'),
  ),
  r(
    'Terlaksananya tugas sebagai narasumber kegiatan sosialisasi',
    q('Jumlah kegiatan sebagai narasumber', [1, 3], 'Kegiatan'),
  ),
  r(
    'Terlaksananya tugas sebagai anggota satuan tugas Festival Pesona Budaya Hoyak Tabuik',
    q('Jumlah hari penugasan', [5, 10], 'Hari'),
  ),
];

export const GURU_TAMBAHAN: readonly RhkTemplate[] = [
  r(
    'Terlaksananya tugas tambahan sebagai wali kelas',
    q('Jumlah laporan perkembangan murid perwalian', 2, 'Laporan'),
  ),
  r(
    'Terlaksananya tugas sebagai pembina ekstrakurikuler Pramuka',
    q('Jumlah kegiatan latihan', [30, 40], 'Kegiatan'),
  ),
  r('Terlaksananya tugas sebagai operator Dapodik sekolah', q('Jumlah sinkronisasi Dapodik', 12, 'Kali')),
  r(
    'Terlaksananya tugas sebagai koordinator Projek Penguatan Karakter',
    q('Jumlah projek yang dikoordinasikan', 2, 'Projek'),
  ),
];

/** What a supervisor writes when returning an SKP; {n} is an RHK number. */
export const RETURN_COMMENTS: readonly string[] = [
  'Indikator kuantitas RHK {n} belum terukur; mohon cantumkan target jumlah dokumen.',
  'RHK {n} belum mengacu pada RHK atasan yang diintervensi; mohon pilih RHK atasan yang sesuai.',
  'Target waktu pada RHK {n} tidak realistis; sesuaikan dengan jadwal kegiatan unit kerja.',
  'Rumusan RHK {n} masih berupa uraian kegiatan, bukan hasil kerja. Mohon dirumuskan ulang.',
  'Satuan target indikator RHK {n} tidak sesuai dengan hasil kerja yang dimaksud; mohon diperbaiki.',
  'Mohon tambahkan indikator kualitas pada RHK {n} agar capaian dapat dinilai.',
  'RHK {n} tumpang tindih dengan RHK rekan satu unit; mohon dibedakan lingkup hasil kerjanya.',
];

/** Ekspektasi khusus pimpinan per BerAKHLAK value. */
export const EXPECTATIONS: Readonly<Record<BerakhlakValue, readonly string[]>> = {
  berorientasi_pelayanan: [
    'Menanggapi setiap permintaan layanan paling lambat satu hari kerja.',
    'Bersikap ramah dan solutif dalam melayani masyarakat maupun rekan kerja.',
    'Proaktif meminta masukan pengguna layanan untuk perbaikan.',
  ],
  akuntabel: [
    'Menyampaikan laporan kegiatan tepat waktu dan dapat dipertanggungjawabkan.',
    'Menggunakan anggaran dan fasilitas kantor secara hemat dan sesuai peruntukan.',
    'Melengkapi bukti dukung setiap hasil kerja di aplikasi kinerja.',
  ],
  kompeten: [
    'Mengikuti paling sedikit 20 jam pelajaran pengembangan kompetensi tahun ini.',
    'Membagikan pengetahuan hasil pelatihan kepada rekan satu unit.',
    'Meningkatkan kemampuan pengolahan data dengan aplikasi pengolah angka.',
  ],
  harmonis: [
    'Membantu rekan kerja yang mengalami kesulitan menyelesaikan tugas.',
    'Menjaga suasana kerja yang saling menghargai di lingkungan unit kerja.',
  ],
  loyal: [
    'Menjaga kerahasiaan data dan informasi jabatan.',
    'Menjaga nama baik instansi dalam penggunaan media sosial.',
  ],
  adaptif: [
    'Cepat menyesuaikan diri dengan perubahan aplikasi dan proses kerja.',
    'Mengusulkan paling sedikit satu inovasi perbaikan proses kerja.',
  ],
  kolaboratif: [
    'Aktif berkoordinasi dengan unit kerja lain dalam penyusunan laporan.',
    'Terbuka bekerja sama lintas bidang untuk mencapai target kinerja.',
    'Melibatkan rekan kerja dalam perencanaan kegiatan bidang.',
  ],
};
