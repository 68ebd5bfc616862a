import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// The per-address sign-in limit, shared by every worker and instance: one row per address holding the
// "theoretical arrival time" of the generic cell rate algorithm (lib/http/login-rate-store.ts). A row whose
// time has passed is a full bucket, the same as no row; the retention purge deletes those. No index on `tat`:
// the daily purge reads the small table whole, and each post's update stays a heap-only one.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_rate_buckets')
    .addColumn('address', 'text', (c) => c.primaryKey())
    .addColumn('tat', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_rate_buckets').execute();
}
