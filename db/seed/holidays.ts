import type { Kysely } from 'kysely';
import type { DB } from '../types';

export type HolidayKind = 'national' | 'cuti_bersama';
export type Holiday = { date: string; name: string; kind: HolidayKind };

const national = (date: string, name: string): Holiday => ({ date, name, kind: 'national' });
const cutiBersama = (date: string, name: string): Holiday => ({ date, name, kind: 'cuti_bersama' });

/**
 * Hari libur nasional and cuti bersama as set by the SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan,
 * Menteri PANRB) of each year. 2025: SKB 1017/2/2 Tahun 2024 as amended in August 2025 (cuti bersama on
 * 18 August for the 80th anniversary of independence). 2026: SKB 1497/2/5 Tahun 2025.
 * Weekend dates are listed too: the calendar shows them, and they cost no working day either way.
 */
export const HOLIDAYS_BY_YEAR: Readonly<Record<number, readonly Holiday[]>> = {
  2025: [
    national('2025-01-01', 'Tahun Baru 2025 Masehi'),
    national('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
    cutiBersama('2025-01-28', 'Cuti Bersama Tahun Baru Imlek 2576 Kongzili'),
    national('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
    cutiBersama('2025-03-28', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947)'),
    national('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
    national('2025-03-31', 'Hari Raya Idulfitri 1446 Hijriah'),
    national('2025-04-01', 'Hari Raya Idulfitri 1446 Hijriah'),
    cutiBersama('2025-04-02', 'Cuti Bersama Hari Raya Idulfitri 1446 Hijriah'),
    cutiBersama('2025-04-03', 'Cuti Bersama Hari Raya Idulfitri 1446 Hijriah'),
    cutiBersama('2025-04-04', 'Cuti Bersama Hari Raya Idulfitri 1446 Hijriah'),
    cutiBersama('2025-04-07', 'Cuti Bersama Hari Raya Idulfitri 1446 Hijriah'),
    national('2025-04-18', 'Wafat Yesus Kristus'),
    national('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
    national('2025-05-01', 'Hari Buruh Internasional'),
    national('2025-05-12', 'Hari Raya Waisak 2569 BE'),
    cutiBersama('2025-05-13', 'Cuti Bersama Hari Raya Waisak 2569 BE'),
    national('2025-05-29', 'Kenaikan Yesus Kristus'),
    cutiBersama('2025-05-30', 'Cuti Bersama Kenaikan Yesus Kristus'),
    national('2025-06-01', 'Hari Lahir Pancasila'),
    national('2025-06-06', 'Hari Raya Iduladha 1446 Hijriah'),
    cutiBersama('2025-06-09', 'Cuti Bersama Hari Raya Iduladha 1446 Hijriah'),
    national('2025-06-27', 'Tahun Baru Islam 1447 Hijriah'),
    national('2025-08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia'),
    cutiBersama('2025-08-18', 'Cuti Bersama Hari Proklamasi Kemerdekaan Republik Indonesia'),
    national('2025-09-05', 'Maulid Nabi Muhammad SAW'),
    national('2025-12-25', 'Hari Raya Natal'),
    cutiBersama('2025-12-26', 'Cuti Bersama Hari Raya Natal'),
  ],
  2026: [
    national('2026-01-01', 'Tahun Baru 2026 Masehi'),
    national('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
    cutiBersama('2026-02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili'),
    national('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
    cutiBersama('2026-03-18', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)'),
    national('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
    cutiBersama('2026-03-20', 'Cuti Bersama Hari Raya Idulfitri 1447 Hijriah'),
    national('2026-03-21', 'Hari Raya Idulfitri 1447 Hijriah'),
    national('2026-03-22', 'Hari Raya Idulfitri 1447 Hijriah'),
    cutiBersama('2026-03-23', 'Cuti Bersama Hari Raya Idulfitri 1447 Hijriah'),
    cutiBersama('2026-03-24', 'Cuti Bersama Hari Raya Idulfitri 1447 Hijriah'),
    national('2026-04-03', 'Wafat Yesus Kristus'),
    national('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
    national('2026-05-01', 'Hari Buruh Internasional'),
    national('2026-05-14', 'Kenaikan Yesus Kristus'),
    cutiBersama('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus'),
    national('2026-05-27', 'Hari Raya Iduladha 1447 Hijriah'),
    cutiBersama('2026-05-28', 'Cuti Bersama Hari Raya Iduladha 1447 Hijriah'),
    national('2026-05-31', 'Hari Raya Waisak 2570 BE'),
    national('2026-06-01', 'Hari Lahir Pancasila'),
    national('2026-06-16', 'Tahun Baru Islam 1448 Hijriah'),
    national('2026-08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia'),
    national('2026-08-25', 'Maulid Nabi Muhammad SAW'),
    cutiBersama('2026-12-24', 'Cuti Bersama Hari Raya Natal'),
    national('2026-12-25', 'Hari Raya Natal'),
  ],
};

/**
 * The holidays of `year`: the SKB list when we have it. For any other year only the fixed-date holidays,
 * because the lunar and lunisolar ones (Idulfitri, Iduladha, Imlek, Nyepi, Waisak, …) and the cuti bersama
 * are set anew by each year's SKB and cannot be computed here.
 */
export function holidaysOf(year: number): readonly Holiday[] {
  const known = HOLIDAYS_BY_YEAR[year];
  if (known) return known;
  return [
    national(`${year}-01-01`, `Tahun Baru ${year} Masehi`),
    national(`${year}-05-01`, 'Hari Buruh Internasional'),
    national(`${year}-06-01`, 'Hari Lahir Pancasila'),
    national(`${year}-08-17`, 'Hari Proklamasi Kemerdekaan Republik Indonesia'),
    national(`${year}-12-25`, 'Hari Raya Natal'),
  ];
}

/** Inserts the holidays of `year` and `year - 1` for the agency; dates already there are left alone. */
export async function seedHolidays(trx: Kysely<DB>, agencyId: number, year: number): Promise<number> {
  const rows = [...holidaysOf(year - 1), ...holidaysOf(year)].map((h) => ({
    agency_id: agencyId,
    date: h.date,
    name: h.name,
    kind: h.kind,
  }));
  const inserted = await trx
    .insertInto('holidays')
    .values(rows)
    .onConflict((oc) => oc.columns(['agency_id', 'date']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0);
}
