import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import type { FormState } from '@/lib/form-state';
import type { Query } from './cast';
import type { Outcome } from './outcomes';

/**
 * Test harness for calling server actions directly against a real database, many times from one state.
 *
 * `pinnedDatabase` gives the app a Kysely whose every query runs on one connection inside a transaction
 * the test opens per case: the app's own transactions become savepoints and its lone statements get one
 * each (so a failing statement fails alone, as with autocommit); `rollback()` then returns the database
 * to where it was. Row triggers (`recordWrites`) log every insert, update and delete on every table into
 * `matrix_writes`; a refusal that leaves a row there wrote something that stayed.
 */
export type Pinned = {
  db: Database;
  query: Query;
  begin: () => Promise<void>;
  /** Tables written (and not rolled back) since begin(), then everything undone. */
  rollback: () => Promise<string[]>;
  close: () => Promise<void>;
};

export async function pinnedDatabase(url: string): Promise<Pinned> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let depth = 0;
  // Outside a case (setting up), the app's statements and transactions run as they are.
  let inCase = false;
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = chain.then(run);
    chain = next.catch(() => undefined);
    return next;
  };
  const run = async (text: string, params?: unknown[]) => {
    if (!inCase) return client.query(text, params);
    const t = text.trim().toLowerCase();
    if (t === 'begin' || t.startsWith('start transaction')) {
      depth++;
      return client.query(`savepoint app_${depth}`);
    }
    if (t === 'commit') {
      const r = await client.query(`release savepoint app_${depth}`);
      depth--;
      return r;
    }
    if (t === 'rollback') {
      const r = await client.query(`rollback to savepoint app_${depth}`);
      await client.query(`release savepoint app_${depth}`);
      depth--;
      return r;
    }
    if (depth > 0) return client.query(text, params);
    await client.query('savepoint app_statement');
    try {
      const r = await client.query(text, params);
      await client.query('release savepoint app_statement');
      return r;
    } catch (error) {
      await client.query('rollback to savepoint app_statement');
      throw error;
    }
  };
  const connection = {
    query: (text: string, params?: unknown[]) => serial(() => run(text, params)),
    release: () => {},
  };
  const pool = { connect: async () => connection, end: async () => {}, on: () => pool };
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  const query: Query = async <T>(text: string, values?: unknown[]) =>
    (await client.query(text, values)).rows as T[];
  return {
    db,
    query,
    begin: async () => {
      depth = 0;
      await client.query('BEGIN');
      inCase = true;
    },
    rollback: async () => {
      const rows = await client.query<{ tbl: string }>('SELECT DISTINCT tbl FROM matrix_writes ORDER BY tbl');
      await client.query('ROLLBACK');
      inCase = false;
      return rows.rows.map((r) => r.tbl);
    },
    close: async () => {
      await db.destroy();
      await client.end();
    },
  };
}

/** Row triggers on every table of the schema that log each change into `matrix_writes`. */
export async function recordWrites(query: Query): Promise<void> {
  await query('CREATE TABLE IF NOT EXISTS matrix_writes (tbl text NOT NULL, op text NOT NULL)');
  await query(`CREATE OR REPLACE FUNCTION matrix_record_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO matrix_writes VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`);
  const tables = await query<{ t: string }>(
    "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'matrix_writes'",
  );
  for (const { t } of tables)
    await query(
      `CREATE OR REPLACE TRIGGER matrix_write AFTER INSERT OR UPDATE OR DELETE ON "${t}"
         FOR EACH ROW EXECUTE FUNCTION matrix_record_write()`,
    );
}

/** A cookie jar standing in for next/headers' cookies() (get, set, delete, getAll). */
export function cookieJar(initial: Record<string, string> = {}) {
  const store = new Map(Object.entries(initial));
  return {
    get: (name: string) => (store.has(name) ? { name, value: store.get(name) as string } : undefined),
    getAll: () => [...store].map(([name, value]) => ({ name, value })),
    has: (name: string) => store.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === 'string') store.set(name, value ?? '');
      else store.set(name.name, name.value);
    },
    delete: (name: string) => store.delete(name),
  };
}

/** The form as a browser posts it without JavaScript (several values for one name: repeated fields). */
export function formDataOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  return form;
}

type NextError = Error & { digest?: string };

/** The URL of a redirect thrown by next/navigation's redirect(), or null for any other error. */
export function redirectTarget(error: unknown): string | null {
  const digest = (error as NextError)?.digest;
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) return null;
  return digest.split(';').slice(2, -2).join(';');
}

/** notFound() / forbidden() / unauthorized() from next/navigation. */
export function httpFallback(error: unknown): number | null {
  const digest = (error as NextError)?.digest;
  const m = typeof digest === 'string' ? /^NEXT_HTTP_ERROR_FALLBACK;(\d+)$/.exec(digest) : null;
  return m ? Number(m[1]) : null;
}

/** What an action call came to, in the matrix's words, and why (the redirect or the message keys). */
export async function outcomeOf(call: () => Promise<FormState>): Promise<{ outcome: Outcome; why: string }> {
  let state: FormState;
  try {
    state = await call();
  } catch (error) {
    const to = redirectTarget(error);
    if (to !== null)
      return {
        outcome: to === '/login' || to.startsWith('/login?callbackUrl') ? 'login' : 'ok',
        why: `→ ${to}`,
      };
    const status = httpFallback(error);
    if (status === 404) return { outcome: '404', why: 'notFound()' };
    if (status === 403) return { outcome: '403', why: 'forbidden()' };
    if (status === 401) return { outcome: 'login', why: 'unauthorized()' };
    throw error;
  }
  const keys = [state.formError, ...Object.values(state.fieldErrors ?? {})].filter(Boolean) as string[];
  const why = `${state.status} ${keys.join(', ')}`.trim();
  if (state.status !== 'error') return { outcome: 'ok', why };
  if (keys.includes('errors.notFound')) return { outcome: '404', why };
  if (keys.includes('errors.forbidden')) return { outcome: '403', why };
  return { outcome: 'bad', why };
}
