import { type Kysely, sql } from 'kysely';

// 360° feedback on the BerAKHLAK values. Rater identities stay here for integrity (one request per
// rater per ratee per round); results are only ever read through aggregating queries.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback_rounds')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) BETWEEN 3 AND 120`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status IN ('draft', 'open', 'closed')`),
    )
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('min_group_responses', 'smallint', (c) =>
      c.notNull().defaultTo(3).check(sql`min_group_responses >= 3`),
    )
    .addColumn('created_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('opened_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  // Which units' employees are rated in a round (their whole subtrees).
  await db.schema
    .createTable('feedback_round_units')
    .addColumn('round_id', 'integer', (c) => c.notNull().references('feedback_rounds.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addPrimaryKeyConstraint('feedback_round_units_pk', ['round_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('feedback_requests')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('round_id', 'integer', (c) => c.notNull().references('feedback_rounds.id').onDelete('cascade'))
    .addColumn('ratee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('rater_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('group', 'text', (c) =>
      c.notNull().check(sql`"group" IN ('self', 'supervisor', 'peer', 'subordinate')`),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status IN ('pending', 'draft', 'submitted', 'declined')`),
    )
    .addColumn('strengths', 'text', (c) => c.check(sql`length(strengths) <= 1000`))
    .addColumn('improvements', 'text', (c) => c.check(sql`length(improvements) <= 1000`))
    .addColumn('decline_kind', 'text', (c) =>
      c.check(sql`decline_kind IN ('conflict_family', 'conflict_personal', 'no_contact', 'other')`),
    )
    .addColumn('decline_reason', 'text', (c) => c.check(sql`length(decline_reason) <= 500`))
    .addColumn('replaces_id', 'integer', (c) => c.references('feedback_requests.id'))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('feedback_requests_once', ['round_id', 'ratee_id', 'rater_id'])
    // Only the self request may name the ratee as rater: nobody rates themselves as a peer.
    .addCheckConstraint('feedback_requests_self', sql`("group" = 'self') = (rater_id = ratee_id)`)
    .addCheckConstraint(
      'feedback_requests_declined',
      sql`(status = 'declined') = (decline_kind IS NOT NULL) AND ("group" NOT IN ('self', 'supervisor') OR status <> 'declined')`,
    )
    .execute();
  await db.schema
    .createIndex('feedback_requests_rater')
    .on('feedback_requests')
    .columns(['rater_id', 'status'])
    .execute();
  await db.schema
    .createIndex('feedback_requests_ratee')
    .on('feedback_requests')
    .columns(['ratee_id', 'round_id'])
    .execute();
  await db.schema
    .createIndex('feedback_requests_round')
    .on('feedback_requests')
    .columns(['round_id', 'status'])
    .execute();

  await db.schema
    .createTable('feedback_answers')
    .addColumn('request_id', 'integer', (c) =>
      c.notNull().references('feedback_requests.id').onDelete('cascade'),
    )
    .addColumn('value', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`value IN ('berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif')`,
        ),
    )
    .addColumn('answer', 'text', (c) =>
      c.notNull().check(sql`answer IN ('di_bawah', 'sesuai', 'di_atas', 'cannot_judge')`),
    )
    .addPrimaryKeyConstraint('feedback_answers_pk', ['request_id', 'value'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['feedback_answers', 'feedback_requests', 'feedback_round_units', 'feedback_rounds'])
    await db.schema.dropTable(t).execute();
}
