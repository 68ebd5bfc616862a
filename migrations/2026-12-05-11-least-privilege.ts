import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// Least privilege. Migrations (and seeds, backups, restores) run as the owner of the tables; the app
// connects as a login role that is a member of `kinerja_app` and owns nothing. That group may read and
// write rows, but not run DDL (no CREATE on the schema, owns no table) nor TRUNCATE anything, and on
// audit_log it may only INSERT and SELECT (the app reads the log: an SKP's history). The append-only trigger
// of the foundation migration still stops the owner too. ALTER DEFAULT PRIVILEGES gives every table and
// sequence that later migrations create (as the same owner) the same grants, so they need no GRANT of their
// own. Roles are cluster-wide: the group is created once and shared by every database of the cluster.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kinerja_app') THEN
      CREATE ROLE kinerja_app NOLOGIN;
    END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- created at the same moment elsewhere
  END $$`.execute(db);
  await sql`REVOKE CREATE ON SCHEMA public FROM PUBLIC`.execute(db);
  await sql`GRANT USAGE ON SCHEMA public TO kinerja_app`.execute(db);
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kinerja_app`.execute(db);
  await sql`REVOKE UPDATE, DELETE ON audit_log FROM kinerja_app`.execute(db);
  await sql`REVOKE ALL ON kysely_migration, kysely_migration_lock FROM kinerja_app`.execute(db);
  await sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kinerja_app`.execute(db);
  await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kinerja_app`.execute(db);
  await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO kinerja_app`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM kinerja_app`.execute(db);
  await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM kinerja_app`.execute(db);
  await sql`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM kinerja_app`.execute(db);
  await sql`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM kinerja_app`.execute(db);
  await sql`REVOKE USAGE ON SCHEMA public FROM kinerja_app`.execute(db);
  // The role stays: other databases of the cluster may still use it.
}
