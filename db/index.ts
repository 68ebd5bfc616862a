import { createDb, type Database } from './pool';

export { type Database, PREPARED } from './pool';

const globalForDb = globalThis as unknown as { kinerjaDb?: Database };

/** The application's one Kysely instance, created on first use from DATABASE_URL. */
export function getDb(): Database {
  if (!globalForDb.kinerjaDb) {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error('DATABASE_URL is not set (npm start sets it when it runs the embedded PostgreSQL)');
    globalForDb.kinerjaDb = createDb(url);
  }
  return globalForDb.kinerjaDb;
}
