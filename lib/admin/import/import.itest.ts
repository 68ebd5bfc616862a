import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { verifyPassword } from '@/lib/auth/password';
import { pejabatPenilaiOf } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { createImportJob, runImportApply, runImportCheck, startImportApply } from './mutations';
import { parseSheet } from './parse';
import { getImportJob } from './queries';
import { sampleFiles } from './sample';

const ON = TEST_TODAY;
let t: TestDatabase;
let admin: Viewer;

const fixture = (name: string) => {
  const b = readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

async function upload(viewer: Viewer, people: ArrayBuffer, lines?: ArrayBuffer, fullExport = false) {
  const id = await createImportJob(t.db, viewer, {
    fileName: 'people.csv',
    people: (await parseSheet(people)).rows,
    supervisionFileName: lines ? 'sup.csv' : null,
    lines: lines ? (await parseSheet(lines)).rows : [],
    fullExport,
  });
  await runImportCheck(t.db, id, ON);
  return id;
}

async function apply(id: number, acceptProposals = false) {
  await startImportApply(t.db, admin, id);
  await runImportApply(t.db, id, { actorId: admin.employeeId, on: ON, acceptProposals });
  return getImportJob(t.db, admin, id);
}

/** Row counts of every table an import writes. */
async function counts() {
  const tables = ['employees', 'users', 'units', 'positions', 'supervisions', 'audit_log'] as const;
  const out: Record<string, number> = {};
  for (const table of tables) {
    const r = await t.ownerDb
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  admin = await viewerFor(t.db, NIP.admin);
});
afterAll(() => t.drop());

describe('SIASN import', () => {
  it('only admins reach it: everyone else is refused as not found and nothing is written', async () => {
    const id = await upload(admin, fixture('siasn-export.csv'));
    const before = await counts();
    const jobs = await t.ownerDb.selectFrom('import_jobs').select('id').execute();
    for (const nip of [NIP.staffA, NIP.kabid, NIP.sekda, NIP.kadisdik]) {
      const viewer = await viewerFor(t.db, nip);
      await expect(
        createImportJob(t.db, viewer, {
          fileName: 'x.csv',
          people: (await parseSheet(fixture('siasn-export.csv'))).rows,
          supervisionFileName: null,
          lines: [],
          fullExport: false,
        }),
      ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
      await expect(startImportApply(t.db, viewer, id)).rejects.toMatchObject({
        messageKey: 'errors.notFound',
      });
      expect(await getImportJob(t.db, viewer, id)).toBeNull();
    }
    expect(await counts()).toEqual(before);
    expect(await t.ownerDb.selectFrom('import_jobs').select(['id', 'status']).execute()).toEqual(
      jobs.map((j) => ({ ...j, status: 'checked' })),
    );
  });

  it('the dry run reports every bad row of a file with ten kinds of error, and writes nothing', async () => {
    const before = await counts();
    const id = await upload(admin, fixture('ten-errors.csv'), fixture('ten-errors-supervision.csv'));
    const job = await getImportJob(t.db, admin, id);
    expect(job?.status).toBe('checked');
    const found = job?.report?.issues.map((i) => `${i.file}:${i.line}:${i.code}`);
    expect(found).toEqual([
      'people:4:nip_invalid',
      'people:5:nip_duplicate',
      'people:6:name_missing',
      'people:7:kind_mismatch',
      'people:8:golongan_invalid',
      'people:9:date_invalid',
      'people:10:position_missing',
      'people:11:unit_unknown',
      'lines:2:supervisor_unknown',
      'lines:4:supervision_cycle',
      'lines:5:supervision_cycle',
    ]);
    expect(job?.report?.counts).toMatchObject({ rows: 10, new: 2, issues: 11 });
    expect(await counts()).toEqual(before);
    await expect(startImportApply(t.db, admin, id)).rejects.toMatchObject({
      messageKey: 'adminImport.errors.notReady',
    });
  });

  it('a file in the exact SIASN layout imports cleanly, with accounts that cannot sign in yet', async () => {
    const id = await upload(admin, fixture('siasn-export.csv'), fixture('siasn-supervision.csv'));
    const checked = await getImportJob(t.db, admin, id);
    expect(checked?.report?.issues).toEqual([]);
    expect(checked?.report?.counts).toMatchObject({ new: 4, unitsNew: 1, linesNew: 3 });
    const job = await apply(id);
    expect(job?.status).toBe('applied');

    const head = await t.db
      .selectFrom('employees as e')
      .innerJoin('units as u', 'u.id', 'e.unit_id')
      .innerJoin('positions as p', 'p.id', 'e.position_id')
      .select([
        'e.id',
        'e.name',
        'e.pangkat',
        'e.pangkat_tmt',
        'u.siasn_id',
        'u.name as unit',
        'p.is_unit_head',
      ])
      .where('e.nip', '=', '198309102021021101')
      .executeTakeFirstOrThrow();
    expect(head).toMatchObject({
      name: 'Drs. Hendra Gunawan, M.M.',
      pangkat: 'IV/a',
      pangkat_tmt: '2021-02-01',
      siasn_id: '8AE48A1B6C1F4A2C',
      unit: 'Bagian Umum Sekretariat Daerah',
      is_unit_head: true,
    });
    const staff = await employeeIdByNip(t.db, '198309112021022102');
    expect(await pejabatPenilaiOf(t.db, staff, ON)).toBe(head.id);
    const teacher = await employeeIdByNip(t.db, '198309132021022104');
    expect(await pejabatPenilaiOf(t.db, teacher, ON)).toBe(await employeeIdByNip(t.db, NIP.kabid));
    const user = await t.db
      .selectFrom('users')
      .select('password_hash')
      .where('employee_id', '=', staff)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(user.password_hash, '')).toBe(false);
    expect(await verifyPassword(user.password_hash, user.password_hash)).toBe(false);
    const audits = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['employee.import_create', 'import.apply', 'supervision.import'])
      .execute();
    expect(audits.filter((a) => a.action === 'employee.import_create')).toHaveLength(4);
    expect(audits.filter((a) => a.action === 'import.apply')).toHaveLength(1);
  });

  it('importing the same files again changes nothing and writes no audit row', async () => {
    const before = await counts();
    const rows = await t.db.selectFrom('employees').select(['nip', 'version', 'updated_at']).execute();
    const id = await upload(admin, fixture('siasn-export.csv'), fixture('siasn-supervision.csv'));
    expect((await getImportJob(t.db, admin, id))?.report?.counts).toMatchObject({
      new: 0,
      changed: 0,
      unchanged: 4,
      linesUnchanged: 3,
      issues: 0,
    });
    expect((await apply(id))?.status).toBe('applied');
    expect(await counts()).toEqual(before);
    expect(await t.db.selectFrom('employees').select(['nip', 'version', 'updated_at']).execute()).toEqual(
      rows,
    );
  });

  it('a full export lists the people missing from it for deactivation, and deactivates nobody', async () => {
    const id = await upload(admin, fixture('siasn-export.csv'), undefined, true);
    const job = await getImportJob(t.db, admin, id);
    expect(job?.report?.missing.map((m) => m.nip)).toContain(NIP.staffA);
    await apply(id);
    const staffA = await t.db
      .selectFrom('employees')
      .select('active')
      .where('nip', '=', NIP.staffA)
      .executeTakeFirst();
    expect(staffA?.active).toBe(true);
  });

  it('proposes the unit head as supervisor and writes the lines only when the admin confirms them', async () => {
    const files = sampleFiles(
      3,
      { unorId: '8AE48A1B6C1F4A2C', unorName: 'Bagian Umum' },
      NIP.kabid,
      ON,
      7000,
    );
    const id = await upload(admin, bytes(files.peopleCsv));
    const job = await getImportJob(t.db, admin, id);
    expect(job?.report?.proposals.map((p) => p.supervisorNip)).toEqual([
      '198309102021021101',
      '198309102021021101',
      '198309102021021101',
    ]);
    await apply(id, true);
    const first = await employeeIdByNip(t.db, files.people[0]?.nip ?? '');
    expect(await pejabatPenilaiOf(t.db, first, ON)).toBe(await employeeIdByNip(t.db, '198309102021021101'));
  });

  it('is all or nothing: a failure on the last row leaves no trace', async () => {
    const files = sampleFiles(30, { unorId: 'C0FFEE01', unorName: 'Bagian Baru' }, NIP.kabid, ON, 8000);
    const last = files.people[29]?.nip ?? '';
    // A real database refusal on the last person only, after the dry run passed.
    await sql
      .raw(`CREATE FUNCTION refuse_last() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.nip = '${last}' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`)
      .execute(t.ownerDb);
    await sql`CREATE TRIGGER refuse_last BEFORE INSERT ON employees FOR EACH ROW EXECUTE FUNCTION refuse_last()`.execute(
      t.ownerDb,
    );
    const id = await upload(admin, bytes(files.peopleCsv), bytes(files.supervisionCsv));
    expect((await getImportJob(t.db, admin, id))?.report?.counts).toMatchObject({ new: 30, issues: 0 });
    const before = await counts();
    const job = await apply(id);
    expect(job).toMatchObject({ status: 'failed', error: 'adminImport.errors.failed' });
    expect(await counts()).toEqual(before);
    const unit = await t.db
      .selectFrom('units')
      .select('id')
      .where('siasn_id', '=', 'C0FFEE01')
      .executeTakeFirst();
    expect(unit).toBeUndefined();
  });
});
