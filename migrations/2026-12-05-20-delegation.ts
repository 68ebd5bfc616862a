import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// Delegation: a supervisor on leave names a Plh who validates for them over a span. The span becomes Plh
// supervision lines (one per subordinate, pointing back at the delegation), so the one supervision rule
// (an acting line wins while valid) gives the Plh the queue for exactly that span. BKPSDM sets the limits
// per agency: the longest span and whether the Plh must work in the supervisor's own OPD. New tables get
// the app role's grants from the default privileges of 2026-12-05-11-least-privilege.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('delegation_limits')
    .addColumn('agency_id', 'integer', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('max_days', 'integer', (c) => c.notNull().defaultTo(14).check(sql`max_days BETWEEN 1 AND 90`))
    .addColumn('same_opd', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await db.schema
    .createTable('delegations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('supervisor_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('delegate_id', 'integer', (c) => c.notNull().references('employees.id'))
    // valid_to is exclusive, like supervisions.
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('delegations_not_self', sql`supervisor_id <> delegate_id`)
    .addCheckConstraint('delegations_range', sql`valid_to > valid_from`)
    .execute();
  await sql`ALTER TABLE delegations ADD CONSTRAINT delegations_one_at_a_time
    EXCLUDE USING gist (supervisor_id WITH =, daterange(valid_from, valid_to) WITH &&)`.execute(db);
  await db.schema
    .alterTable('supervisions')
    .addColumn('delegation_id', 'integer', (c) => c.references('delegations.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createIndex('supervisions_delegation_idx')
    .on('supervisions')
    .column('delegation_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('supervisions').dropColumn('delegation_id').execute();
  await db.schema.dropTable('delegations').execute();
  await db.schema.dropTable('delegation_limits').execute();
}
