import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// Rater analytics over a span reads every decision of an agency's year (millions of rows at 10,000
// employees) and runs its tests over them: far too much for a page request. A background job (server.ts's
// jobs process, lib/raters/analysis.ts) computes it and stores the result here; pages read the stored rows.
// A page that needs a span nobody has asked for yet, or finds it stale, marks it requested; the job takes
// requested spans one at a time (claimed_at, so one instance computes each) and replaces its rows in one
// transaction.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE rater_analyses (
    agency_id integer NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
    span_key text NOT NULL,
    span_from date NOT NULL,
    span_to date NOT NULL,
    period_ids integer[] NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now(),
    claimed_at timestamptz,
    computed_at timestamptz,
    seconds real,
    source_version bigint,
    error text,
    PRIMARY KEY (agency_id, span_key)
  )`.execute(db);
  await sql`CREATE TABLE rater_analysis_rows (
    agency_id integer NOT NULL,
    span_key text NOT NULL,
    rater_id integer NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    ratings integer NOT NULL,
    decisions integer NOT NULL,
    team_size integer NOT NULL,
    flagged boolean NOT NULL,
    signals jsonb NOT NULL,
    team jsonb NOT NULL,
    PRIMARY KEY (agency_id, span_key, rater_id),
    FOREIGN KEY (agency_id, span_key) REFERENCES rater_analyses(agency_id, span_key) ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE INDEX rater_analysis_rows_rater ON rater_analysis_rows (rater_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE rater_analysis_rows`.execute(db);
  await sql`DROP TABLE rater_analyses`.execute(db);
}
