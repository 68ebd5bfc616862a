import { type Kysely, type MigrationProvider, Migrator } from 'kysely';
import { migrations } from '../migrations/index';

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(
  db: Kysely<any>,
  log: (line: string) => void = () => {},
): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    log(`migration ${r.migrationName}: ${r.status}`);
  }
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

export async function migrateDown(db: Kysely<any>): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateDown();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
