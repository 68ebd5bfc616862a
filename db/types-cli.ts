import { spawnSync } from 'node:child_process';
import { resolveDatabase } from './local';
import { migrateToLatest } from './migrate';
import { createDb } from './pool';

/** Regenerates db/types.ts from the migrated schema (`--verify` only checks it is current). */
export function runCodegen(url: string, verify: boolean): { ok: boolean; output: string } {
  const args = [
    'kysely-codegen',
    '--dialect=postgres',
    `--url=${url}`,
    '--out-file=db/types.ts',
    '--date-parser=string',
    '--type-mapping={"int8":"number"}',
    '--exclude-pattern=kysely_*',
    '--log-level=error',
  ];
  if (verify) args.push('--verify');
  const res = spawnSync('npx', args, { encoding: 'utf8' });
  return { ok: res.status === 0, output: `${res.stdout}${res.stderr}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url, release } = await resolveDatabase();
  const db = createDb(url, { max: 1 });
  await migrateToLatest(db);
  await db.destroy();
  const res = runCodegen(url, process.argv.includes('--verify'));
  console.log(
    res.output.trim() || (process.argv.includes('--verify') ? 'db/types.ts is current' : 'wrote db/types.ts'),
  );
  await release();
  process.exit(res.ok ? 0 : 1);
}
