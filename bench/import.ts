/**
 * `npm run bench:import`: a 10,000-row SIASN import, timed.
 *
 *   npm run bench:import -- [--rows 10000] [--units 50]
 *
 * In a scratch database on the local PostgreSQL (the embedded one unless DATABASE_URL is set), dropped
 * afterwards: migrates, seeds the demo agency without reports, writes a SIASN-layout CSV of `rows` new
 * people in `units` new UNORs (the first of each a structural head) and a supervision file (everyone under
 * their UNOR's head), then times parsing, the dry run, the apply (plan again + write, one transaction)
 * and a second dry run of the same files (all unchanged).
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { resolveDatabase } from '../db/local';
import { migrateToLatest } from '../db/migrate';
import { createDb } from '../db/pool';
import { seedDemoIfEmpty } from '../db/seed/run';
import { parseSheet } from '../lib/admin/import/parse';
import { importDirect } from '../lib/admin/import/run';
import { SIASN_HEADERS, SUPERVISION_HEADERS, sampleNip, siasnRow, toCsv } from '../lib/admin/import/sample';
import { today } from '../lib/domain/dates';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '10000' }, units: { type: 'string', default: '50' } },
});
const rows = Number(values.rows);
const unitCount = Number(values.units);

function files() {
  const people = Array.from({ length: rows }, (_, i) => {
    const unit = i % unitCount;
    const head = i < unitCount;
    return {
      nip: sampleNip(3000 + i, 1 + Math.floor(i / 4000)),
      name: `Pegawai Bench ${i + 1}`,
      back: 'S.E.',
      golongan: head ? 'IV/a' : (['III/a', 'III/b', 'III/c', 'II/c'][i % 4] as string),
      jenisJabatan: head ? ('Struktural' as const) : ('Fungsional Umum' as const),
      jabatan: head ? `Kepala Unit Bench ${unit + 1}` : 'Pengadministrasi Perkantoran',
      unorId: `BENCH${String(unit + 1).padStart(4, '0')}`,
      unorName: `Unit Bench ${unit + 1}`,
    };
  });
  const lines = people
    .slice(unitCount)
    .map((p, k) => [p.nip, people[k % unitCount]?.nip ?? '', '01-01-2026', 'Definitif']);
  return {
    people: toCsv(SIASN_HEADERS, people.map(siasnRow)),
    supervision: toCsv(SUPERVISION_HEADERS, lines),
  };
}

const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;
const time = async <T>(label: string, fn: () => Promise<T>) => {
  const started = performance.now();
  const out = await fn();
  const ms = performance.now() - started;
  console.log(`${label.padEnd(34)} ${(ms / 1000).toFixed(2)} s`);
  return { out, ms };
};

const { url, release } = await resolveDatabase();
const scratch = `kinerja_bench_import_${process.pid}`;
const admin = createDb(url, { max: 1 });
await sql.raw(`CREATE DATABASE ${scratch}`).execute(admin);
const target = new URL(url);
target.pathname = `/${scratch}`;
const db = createDb(target.toString(), { max: 4, statementTimeoutMs: 300_000 });
try {
  await migrateToLatest(db);
  await seedDemoIfEmpty(db, () => {}, { employees: 300, reports: false });
  const agency = await db.selectFrom('agencies').select('id').executeTakeFirstOrThrow();
  const f = files();
  console.log(
    `${rows} rows in ${unitCount} UNORs: ${(f.people.length / 1e6).toFixed(1)} MB of CSV, ${(f.supervision.length / 1e6).toFixed(1)} MB of supervision lines`,
  );
  const parsed = await time('parse both files', async () => ({
    people: (await parseSheet(bytes(f.people))).rows,
    lines: (await parseSheet(bytes(f.supervision))).rows,
  }));
  const input = {
    agencyId: agency.id,
    ...parsed.out,
    fullExport: false,
    on: today(),
    acceptProposals: false,
  };
  const dry = await time('dry run', () => importDirect(db, { ...input, apply: false }));
  if (dry.out.report.counts.issues > 0)
    throw new Error(`unexpected issues: ${JSON.stringify(dry.out.report.issues.slice(0, 5))}`);
  const applied = await time('apply (plan again + write)', () => importDirect(db, { ...input, apply: true }));
  const again = await time('dry run of the same files again', () =>
    importDirect(db, { ...input, apply: false }),
  );
  console.log(`applied: ${JSON.stringify(applied.out.applied)}`);
  console.log(`second run: ${JSON.stringify(again.out.report.counts)}`);
  console.log(`total parse + dry run + apply: ${((parsed.ms + dry.ms + applied.ms) / 1000).toFixed(2)} s`);
} finally {
  await db.destroy();
  await sql.raw(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`).execute(admin);
  await admin.destroy();
  await release();
}
