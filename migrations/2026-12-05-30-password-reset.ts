import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// An admin's password reset leaves a temporary password that must be replaced at the next sign-in: until
// then the account reaches nothing but the change-password page. The reason for re-opening a period lives
// in its audit row, so periods need no new column.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('must_change_password').execute();
}
