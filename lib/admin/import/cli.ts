import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDatabase } from '@/db/local';
import { migrateToLatest } from '@/db/migrate';
import { createDb } from '@/db/pool';
import { today } from '@/lib/domain/dates';
import { parseSheet } from './parse';
import { importDirect } from './run';

// npm run import -- export.csv [--supervision atasan.csv] [--full] [--accept-proposals] [--apply] [--agency code]
// Without --apply it is the dry run: the report, nothing written. Exit code 1 when a row has a problem.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    supervision: { type: 'string' },
    apply: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    'accept-proposals': { type: 'boolean', default: false },
    agency: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) {
  console.error(
    'usage: npm run import -- file.csv|file.xlsx [--supervision sup.csv] [--full] [--accept-proposals] [--apply]',
  );
  process.exit(2);
}

const read = async (p: string) => {
  const b = await readFile(path.resolve(p));
  return (await parseSheet(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
};

const { url, release } = await resolveDatabase();
const db = createDb(url, { max: 2, applicationName: 'kinerja-import', statementTimeoutMs: 300_000 });
try {
  await migrateToLatest(db);
  const agency = await db
    .selectFrom('agencies')
    .select('id')
    .$if(Boolean(values.agency), (q) => q.where('code', '=', values.agency as string))
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const started = Date.now();
  const { report, applied } = await importDirect(db, {
    agencyId: agency.id,
    people: await read(file),
    lines: values.supervision ? await read(values.supervision) : [],
    fullExport: values.full,
    on: today(),
    apply: values.apply,
    acceptProposals: values['accept-proposals'],
  });
  for (const i of report.issues)
    console.log(`${i.file} line ${i.line}${i.nip ? ` (${i.nip})` : ''}: ${i.code}`);
  for (const m of report.missing) console.log(`missing from the export (not changed): ${m.nip} ${m.name}`);
  for (const p of report.proposals) console.log(`proposed supervisor: ${p.nip} ← ${p.supervisorNip}`);
  console.log(JSON.stringify(report.counts));
  console.log(
    applied
      ? `applied in ${Date.now() - started} ms: ${JSON.stringify(applied)}`
      : report.counts.issues > 0
        ? 'not applied: fix the rows above first'
        : 'dry run only (add --apply to write)',
  );
  if (report.counts.issues > 0) process.exitCode = 1;
} finally {
  await db.destroy();
  await release();
}
