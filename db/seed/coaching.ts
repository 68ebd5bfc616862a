import type { Transaction } from 'kysely';
import type { DB } from '../types';
import { DEMO_NIP, KABID_NIP } from './accounts';

/**
 * Continuous feedback for the demo Kepala Bidang's staff A and B: praise and "to improve" notes on RHKs and
 * BerAKHLAK values (one on a daily report, some answered) and one dialog kinerja each with agreed actions —
 * one done, one overdue, one still open. Dates count back from `today` (never before 1 January).
 */
export async function seedCoaching(trx: Transaction<DB>, opts: { agencyId: number; today: string }) {
  const year = Number(opts.today.slice(0, 4));
  const back = (days: number) => {
    const d = new Date(`${opts.today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - days);
    const iso = d.toISOString().slice(0, 10);
    return iso < `${year}-01-01` ? `${year}-01-01` : iso;
  };
  const ahead = (days: number) => {
    const d = new Date(`${opts.today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const people = await trx
    .selectFrom('employees')
    .select(['id', 'nip'])
    .where('agency_id', '=', opts.agencyId)
    .where('nip', 'in', [KABID_NIP, DEMO_NIP.staffA, DEMO_NIP.staffB])
    .execute();
  const idOf = (nip: string) => people.find((p) => p.nip === nip)?.id;
  const kabid = idOf(KABID_NIP);
  if (kabid === undefined) return;
  for (const [nip, story] of [
    [DEMO_NIP.staffA, STAFF_A],
    [DEMO_NIP.staffB, STAFF_B],
  ] as const) {
    const employeeId = idOf(nip);
    if (employeeId === undefined) continue;
    const rhks = await trx
      .selectFrom('skp_rhks as r')
      .innerJoin('skps as k', 'k.id', 'r.skp_id')
      .select(['r.id', 'r.text'])
      .where('k.employee_id', '=', employeeId)
      .where('k.year', '=', year)
      .orderBy('r.kind', 'desc')
      .orderBy('r.position')
      .execute();
    for (const n of story.notes) {
      const notedOn = back(n.daysAgo);
      const rhk = n.rhk === undefined ? undefined : rhks[n.rhk];
      if (n.rhk !== undefined && !rhk) continue;
      const report = n.onReport
        ? await trx
            .selectFrom('daily_reports')
            .select('id')
            .where('employee_id', '=', employeeId)
            .where('report_date', '<=', notedOn)
            .where('status', '=', 'approved')
            .orderBy('report_date', 'desc')
            .orderBy('id', 'desc')
            .executeTakeFirst()
        : undefined;
      await trx
        .insertInto('coaching_notes')
        .values({
          employee_id: employeeId,
          author_id: kabid,
          kind: n.kind,
          rhk_id: rhk?.id ?? null,
          rhk_text: rhk?.text ?? null,
          value_code: n.value ?? null,
          daily_report_id: report?.id ?? null,
          noted_on: notedOn,
          text: n.text,
          response: n.response ?? null,
          responded_at: n.response ? `${back(n.daysAgo - 1)}T10:00:00+07:00` : null,
          version: n.response ? 2 : 1,
        })
        .execute();
    }
    const d = story.dialog;
    const { id: dialogId } = await trx
      .insertInto('coaching_dialogs')
      .values({
        employee_id: employeeId,
        author_id: kabid,
        held_on: back(d.daysAgo),
        discussed: d.discussed,
        follow_up: d.followUp,
        version: 2,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('coaching_actions')
      .values([
        {
          dialog_id: dialogId,
          text: d.actions[0],
          due_on: back(d.daysAgo - 7),
          done_on: back(d.daysAgo - 6),
        },
        { dialog_id: dialogId, text: d.actions[1], due_on: back(2), done_on: null },
        { dialog_id: dialogId, text: d.actions[2], due_on: ahead(21), done_on: null },
      ])
      .execute();
  }
}

type SeedNote = {
  kind: 'praise' | 'improve';
  /** Index into the employee's RHK (Utama first), or a value. */
  rhk?: number;
  value?: 'berorientasi_pelayanan' | 'akuntabel' | 'kolaboratif' | 'adaptif' | 'harmonis';
  daysAgo: number;
  onReport?: boolean;
  text: string;
  response?: string;
};

const STAFF_A: { notes: SeedNote[]; dialog: SeedDialog } = {
  notes: [
    {
      kind: 'praise',
      rhk: 0,
      daysAgo: 40,
      onReport: true,
      text: 'Rekap data Dapodik sekolah binaan lengkap dan diserahkan sebelum tenggat; bisa dijadikan contoh format.',
      response: 'Terima kasih, Pak. Formatnya sudah saya bagikan ke rekan di bidang.',
    },
    {
      kind: 'improve',
      value: 'kolaboratif',
      daysAgo: 18,
      text: 'Data kunjungan sekolah belum dibagikan ke Bidang SMP walau sudah diminta dua kali. Mohon dibagikan paling lambat hari Jumat.',
    },
    {
      kind: 'praise',
      value: 'berorientasi_pelayanan',
      daysAgo: 9,
      text: 'Tanggapan kepada kepala sekolah yang mengadu soal dana BOS cepat dan santun.',
    },
  ],
  dialog: {
    daysAgo: 30,
    discussed:
      'Capaian triwulan berjalan, kendala validasi data sekolah swasta, dan kebutuhan pelatihan aplikasi Dapodik versi baru.',
    followUp: 'Pelatihan sudah diikuti; data sekolah swasta masih menunggu dua sekolah.',
    actions: [
      'Ikut pelatihan Dapodik versi baru',
      'Lengkapi data 12 sekolah swasta',
      'Susun jadwal kunjungan sekolah triwulan berikutnya',
    ],
  },
};

type SeedDialog = { daysAgo: number; discussed: string; followUp: string; actions: [string, string, string] };

const STAFF_B: { notes: SeedNote[]; dialog: SeedDialog } = {
  notes: [
    {
      kind: 'improve',
      rhk: 1,
      daysAgo: 25,
      text: 'Laporan monitoring kurikulum masih berupa daftar kegiatan; tambahkan temuan dan rekomendasi per sekolah.',
      response: 'Baik, Pak. Laporan berikutnya saya lengkapi dengan temuan per sekolah.',
    },
    {
      kind: 'praise',
      value: 'adaptif',
      daysAgo: 12,
      text: 'Cepat menyesuaikan jadwal monitoring ketika ada perubahan kalender pendidikan.',
    },
    {
      kind: 'improve',
      value: 'akuntabel',
      daysAgo: 4,
      text: 'Dua laporan harian minggu ini tanpa bukti dukung; lampirkan notulen atau foto kegiatan.',
    },
  ],
  dialog: {
    daysAgo: 21,
    discussed: 'Kualitas laporan monitoring kurikulum dan pembagian tugas pendampingan sekolah penggerak.',
    followUp: 'Format laporan baru sudah dipakai; pendampingan berjalan.',
    actions: [
      'Pakai format laporan monitoring dengan temuan dan rekomendasi',
      'Serahkan rekap pendampingan sekolah penggerak',
      'Presentasikan temuan monitoring di rapat bidang',
    ],
  },
};
