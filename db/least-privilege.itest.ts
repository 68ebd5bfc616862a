import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing';

// t.db connects as the app does (a member of kinerja_app); t.ownerDb as the owner that runs migrations.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t.drop());

const denied = /permission denied|must be owner/;

describe('the app role', () => {
  it('owns nothing and has no role attributes beyond LOGIN', async () => {
    const { rows } = await sql<{ owned: number; superuser: boolean; createrole: boolean; createdb: boolean }>`
      SELECT (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned,
        r.rolsuper AS superuser, r.rolcreaterole AS createrole, r.rolcreatedb AS createdb
      FROM pg_roles r WHERE r.rolname = current_user`.execute(t.db);
    expect(rows).toEqual([{ owned: 0, superuser: false, createrole: false, createdb: false }]);
  });

  it('cannot run DDL', async () => {
    await expect(sql`CREATE TABLE sneaky (id int)`.execute(t.db)).rejects.toThrow(denied);
    await expect(sql`ALTER TABLE employees ADD COLUMN sneaky int`.execute(t.db)).rejects.toThrow(denied);
    await expect(sql`DROP TABLE notifications`.execute(t.db)).rejects.toThrow(denied);
    await expect(sql`DROP TRIGGER audit_log_no_update_delete ON audit_log`.execute(t.db)).rejects.toThrow(
      denied,
    );
    await expect(sql`CREATE SCHEMA sneaky`.execute(t.db)).rejects.toThrow(denied);
    await expect(sql`TRUNCATE daily_reports`.execute(t.db)).rejects.toThrow(denied);
  });

  it('may only INSERT into and SELECT from audit_log', async () => {
    const row = await t.db
      .insertInto('audit_log')
      .values({ actor_id: null, action: 'test.insert', entity: 'test', entity_id: '1' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(sql`UPDATE audit_log SET action = 'tampered'`.execute(t.db)).rejects.toThrow(denied);
    await expect(sql`DELETE FROM audit_log WHERE id = ${row.id}`.execute(t.db)).rejects.toThrow(denied);
    await expect(sql`TRUNCATE audit_log`.execute(t.db)).rejects.toThrow(denied);
    const kept = await t.db.selectFrom('audit_log').select('action').where('id', '=', row.id).execute();
    expect(kept).toEqual([{ action: 'test.insert' }]);
  });

  it('reads and writes the rows of every other table, and never the migration bookkeeping', async () => {
    const { rows } = await sql<{ name: string; s: boolean; i: boolean; u: boolean; d: boolean; tr: boolean }>`
      SELECT tablename AS name, has_table_privilege(current_user, quote_ident(tablename), 'SELECT') AS s,
        has_table_privilege(current_user, quote_ident(tablename), 'INSERT') AS i,
        has_table_privilege(current_user, quote_ident(tablename), 'UPDATE') AS u,
        has_table_privilege(current_user, quote_ident(tablename), 'DELETE') AS d,
        has_table_privilege(current_user, quote_ident(tablename), 'TRUNCATE') AS tr
      FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`.execute(t.db);
    expect(rows.length).toBeGreaterThan(30);
    for (const r of rows) {
      const expected = r.name.startsWith('kysely_')
        ? { s: false, i: false, u: false, d: false }
        : r.name === 'audit_log'
          ? { s: true, i: true, u: false, d: false }
          : { s: true, i: true, u: true, d: true };
      expect({ name: r.name, s: r.s, i: r.i, u: r.u, d: r.d, tr: r.tr }).toEqual({
        name: r.name,
        ...expected,
        tr: false,
      });
    }
  });

  it('gets the same grants on a table a later migration creates, without a GRANT of its own', async () => {
    // What a future migration does, run as the owner like every migration.
    await sql`CREATE TABLE later_feature (id bigserial PRIMARY KEY, note text NOT NULL)`.execute(t.ownerDb);
    await sql`INSERT INTO later_feature (note) VALUES ('from the app')`.execute(t.db);
    await sql`UPDATE later_feature SET note = 'edited'`.execute(t.db);
    const { rows } = await sql<{ note: string }>`SELECT note FROM later_feature`.execute(t.db);
    expect(rows).toEqual([{ note: 'edited' }]);
    await expect(sql`DROP TABLE later_feature`.execute(t.db)).rejects.toThrow(denied);
    await sql`DROP TABLE later_feature`.execute(t.ownerDb);
  });
});
