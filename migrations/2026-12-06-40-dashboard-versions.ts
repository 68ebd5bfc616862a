import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// The leadership dashboard keeps its aggregates in each app process (lib/dashboard/cache.ts), keyed by a
// version that every write bumps in PostgreSQL in its own transaction — so every worker and every instance
// sees a committed change on its next read. The bump is a statement trigger on each table the figures come
// from, so no writing path (report filing and validation, realisation, SKPs, appraisals, the org predikat,
// admin moves and imports, and any added later) can forget it.
//
// One row per unit (reports filed in different units do not queue on one row) and a row per agency with
// unit_id 0 for what changes the shape of a scope: units (a new parent changes which rows a subtree sums)
// and periods. A reader keys its cache by the agency row's version and the sum of its subtree's unit rows:
// while the agency row stays, the subtree's membership stays, so the sum only grows.

const TABLES: [table: string, column: string, kind: 'unit' | 'employee' | 'skp' | 'agency' | 'units'][] = [
  ['unit_report_stats', 'unit_id', 'unit'],
  ['unit_delay_stats', 'unit_id', 'unit'],
  ['org_results', 'unit_id', 'unit'],
  ['employee_realisation', 'employee_id', 'employee'],
  ['skps', 'employee_id', 'employee'],
  ['appraisals', 'employee_id', 'employee'],
  // Both the old and the new unit of a moved employee, from the rows themselves.
  ['employees', 'unit_id', 'unit'],
  ['units', 'agency_id', 'agency'],
  ['periods', 'agency_id', 'agency'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE dashboard_versions (
    agency_id integer NOT NULL,
    unit_id integer NOT NULL,
    version bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (agency_id, unit_id)
  )`.execute(db);
  // Keys are taken in one order (agency, unit) so two writers bumping several units cannot deadlock here.
  await sql`CREATE FUNCTION dashboard_bump() RETURNS trigger LANGUAGE plpgsql AS $fn$
  DECLARE
    keys integer[] := '{}';
    part integer[];
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN
      INSERT INTO dashboard_versions AS v (agency_id, unit_id)
        SELECT id, 0 FROM agencies ORDER BY id
        ON CONFLICT (agency_id, unit_id) DO UPDATE SET version = v.version + 1;
      RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
      EXECUTE format('SELECT coalesce(array_agg(DISTINCT %I), ''{}'') FROM new_rows', TG_ARGV[0]) INTO part;
      keys := keys || part;
    END IF;
    IF TG_OP <> 'INSERT' THEN
      EXECUTE format('SELECT coalesce(array_agg(DISTINCT %I), ''{}'') FROM old_rows', TG_ARGV[0]) INTO part;
      keys := keys || part;
    END IF;
    IF cardinality(keys) = 0 THEN
      RETURN NULL;
    END IF;
    IF TG_ARGV[1] = 'agency' THEN
      INSERT INTO dashboard_versions AS v (agency_id, unit_id)
        SELECT DISTINCT k, 0 FROM unnest(keys) k ORDER BY 1
        ON CONFLICT (agency_id, unit_id) DO UPDATE SET version = v.version + 1;
    ELSIF TG_ARGV[1] = 'employee' THEN
      -- An employee's SKPs, appraisals and realisation count in their current unit.
      INSERT INTO dashboard_versions AS v (agency_id, unit_id)
        SELECT DISTINCT u.agency_id, u.id FROM units u
        WHERE u.id IN (SELECT e.unit_id FROM employees e WHERE e.id = ANY(keys))
        ORDER BY 1, 2
        ON CONFLICT (agency_id, unit_id) DO UPDATE SET version = v.version + 1;
    ELSE
      INSERT INTO dashboard_versions AS v (agency_id, unit_id)
        SELECT DISTINCT u.agency_id, u.id FROM units u WHERE u.id = ANY(keys) ORDER BY 1, 2
        ON CONFLICT (agency_id, unit_id) DO UPDATE SET version = v.version + 1;
    END IF;
    RETURN NULL;
  END
  $fn$`.execute(db);
  for (const [table, column, kind] of TABLES) {
    for (const [op, ref] of [
      ['INSERT', 'NEW TABLE AS new_rows'],
      ['UPDATE', 'NEW TABLE AS new_rows OLD TABLE AS old_rows'],
      ['DELETE', 'OLD TABLE AS old_rows'],
    ] as const) {
      await sql`CREATE TRIGGER ${sql.raw(`${table}_dashboard_${op.toLowerCase()}`)}
        AFTER ${sql.raw(op)} ON ${sql.table(table)} REFERENCING ${sql.raw(ref)}
        FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump(${sql.raw(`'${column}', '${kind}'`)})`.execute(db);
    }
    await sql`CREATE TRIGGER ${sql.raw(`${table}_dashboard_truncate`)} AFTER TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table] of TABLES) {
    for (const op of ['insert', 'update', 'delete', 'truncate']) {
      await sql`DROP TRIGGER ${sql.raw(`${table}_dashboard_${op}`)} ON ${sql.table(table)}`.execute(db);
    }
  }
  await sql`DROP FUNCTION dashboard_bump()`.execute(db);
  await sql`DROP TABLE dashboard_versions`.execute(db);
}
