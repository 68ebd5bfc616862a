import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Viewer } from '@/lib/auth/viewer';
import { siasnTable } from '@/lib/dashboard/export';
import { exportablePeriods, siasnResults } from './queries';

let t: TestDatabase;
const v: Record<string, Viewer> = {};
let lastQuarter: number;
let dinkesHead: Viewer;

/** Exportable results of a period counted straight from the tables, optionally under one unit. */
async function direct(periodId: number, underUnit: number | null) {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM appraisals a
    JOIN employees e ON e.id = a.employee_id JOIN units u ON u.id = e.unit_id
    WHERE a.period_id = ${periodId} AND a.status IN ('delivered', 'accepted', 'final')
      AND (${underUnit}::int IS NULL OR u.path LIKE (SELECT path FROM units WHERE id = ${underUnit}::int) || '%')`.execute(
    t.db,
  );
  return rows[0]!.n;
}

const identity = (key: string) => key;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
  const q = await t.db
    .selectFrom('periods')
    .select('id')
    .where('kind', '=', 'quarterly')
    .where('year', '=', 2026)
    .where('seq', '=', 3)
    .executeTakeFirstOrThrow();
  lastQuarter = q.id;
  const head = await t.db
    .selectFrom('users as us')
    .innerJoin('employees as e', 'e.id', 'us.employee_id')
    .innerJoin('units as u', 'u.id', 'us.scope_unit_id')
    .select('e.nip')
    .where('u.code', '=', 'dinkes')
    .executeTakeFirstOrThrow();
  dinkesHead = await viewerFor(t.db, head.nip);
});

afterAll(async () => {
  await t?.drop();
});

describe('SKP results for SIASN: who gets which rows', () => {
  it('gives admins and the Sekda the whole agency, an OPD head only their OPD', async () => {
    const all = await direct(lastQuarter, null);
    expect(all).toBeGreaterThan(50);
    expect((await siasnResults(t.db, v.admin!, lastQuarter))!.rows).toHaveLength(all);
    expect((await siasnResults(t.db, v.sekda!, lastQuarter))!.rows).toHaveLength(all);
    const own = await siasnResults(t.db, v.kadisdik!, lastQuarter);
    expect(own!.rows.length).toBe(await direct(lastQuarter, v.kadisdik!.scopeUnitId));
    expect(own!.rows.length).toBeLessThan(all);
    expect(own!.rows.length).toBeGreaterThan(0);
  });

  it('never hands another OPD’s leader a row outside their scope', async () => {
    const other = await siasnResults(t.db, dinkesHead, lastQuarter);
    expect(other!.rows.length).toBe(await direct(lastQuarter, dinkesHead.scopeUnitId));
    expect(other!.rows.length).toBeGreaterThan(0);
    const nips = other!.rows.map((r) => r.nip);
    expect(nips).not.toContain(NIP.staffA);
    expect(nips).not.toContain(NIP.kadisdik);
    const { rows } = await sql<{ nip: string }>`
      SELECT e.nip FROM employees e JOIN units u ON u.id = e.unit_id
      WHERE u.path NOT LIKE (SELECT path FROM units WHERE id = ${dinkesHead.scopeUnitId}) || '%'`.execute(
      t.db,
    );
    const outside = new Set(rows.map((r) => r.nip));
    expect(nips.filter((n) => outside.has(n))).toEqual([]);
    const periods = await exportablePeriods(t.db, dinkesHead);
    expect(periods!.find((p) => p.id === lastQuarter)?.rows).toBe(other!.rows.length);
  });

  it('refuses employees and supervisors without leadership, and another agency’s period', async () => {
    expect(await siasnResults(t.db, v.staffA!, lastQuarter)).toBeNull();
    expect(await siasnResults(t.db, v.kabid!, lastQuarter)).toBeNull();
    expect(await exportablePeriods(t.db, v.kabid!)).toBeNull();
    expect(await siasnResults(t.db, v.admin!, 999_999)).toBeNull();
  });
});

describe('SKP results for SIASN: fields and mapping', () => {
  it('writes the employee’s ratings as SIASN codes and the pejabat penilai’s NIP, name, golongan, jabatan, unit', async () => {
    const a = await t.db
      .selectFrom('appraisals as a')
      .innerJoin('employees as e', 'e.id', 'a.employee_id')
      .innerJoin('employees as r', 'r.id', 'a.evaluator_id')
      .innerJoin('positions as p', 'p.id', 'r.position_id')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .select(['a.rating_hasil', 'a.rating_perilaku', 'a.predikat', 'a.status'])
      .select(['e.nip as employee', 'r.nip', 'r.name', 'r.pangkat', 'p.name as position', 'u.name as unit'])
      .where('a.period_id', '=', lastQuarter)
      .where('a.status', '=', 'delivered')
      .where('r.kind', '=', 'PNS')
      .orderBy('a.id')
      .executeTakeFirstOrThrow();
    const data = await siasnResults(t.db, v.admin!, lastQuarter);
    const table = siasnTable(data!.rows, identity);
    const row = Object.fromEntries(
      table.columns.map((c, i) => [c, table.rows.find((r) => r[0] === a.employee)![i]]),
    );
    const code = { di_atas: 1, sesuai: 2, di_bawah: 3 } as Record<string, number>;
    const kuadran = { sangat_baik: 1, baik: 2, butuh_perbaikan: 3, kurang: 4, sangat_kurang: 5 } as Record<
      string,
      number
    >;
    expect(row).toMatchObject({
      nipBaru: a.employee,
      tahun: 2026,
      periodeMulai: 7,
      periodeSelesai: 9,
      hasilKinerjaNilai: code[a.rating_hasil!],
      perilakuKerjaNilai: code[a.rating_perilaku!],
      kuadranKinerjaNilai: kuadran[a.predikat!],
      penilaiNipNrp: a.nip,
      penilaiNama: a.name,
      penilaiGolongan: a.pangkat,
      penilaiJabatan: a.position,
      penilaiUnorNama: a.unit,
      statusPenilai: 'ASN',
      statusPenilaian: `appraisal.status.${a.status}`,
    });
    expect(a.pangkat).toMatch(/^(I|II|III|IV)\/[a-e]$/);
  });

  it('counts only results handed to the employee: drafts and pending objections are left out', async () => {
    const before = (await siasnResults(t.db, v.admin!, lastQuarter))!.rows.length;
    const [one, two] = await t.db
      .selectFrom('appraisals as a')
      .innerJoin('employees as e', 'e.id', 'a.employee_id')
      .select(['a.id', 'e.nip'])
      .where('a.period_id', '=', lastQuarter)
      .where('a.status', '=', 'delivered')
      .orderBy('a.id')
      .limit(2)
      .execute();
    await t.db.updateTable('appraisals').set({ status: 'draft' }).where('id', '=', one!.id).execute();
    await t.db.updateTable('appraisals').set({ status: 'objected' }).where('id', '=', two!.id).execute();
    const after = (await siasnResults(t.db, v.admin!, lastQuarter))!.rows;
    expect(after).toHaveLength(before - 2);
    expect(after.map((r) => r.nip)).not.toContain(one!.nip);
    expect(after.map((r) => r.nip)).not.toContain(two!.nip);
    // The year's annual results (settled, last year) are a period of their own.
    const periods = await exportablePeriods(t.db, v.admin!);
    expect(periods!.some((p) => p.kind === 'annual')).toBe(true);
  });
});
