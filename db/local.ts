import path from 'node:path';
import { type EmbeddedOptions, type EmbeddedServer, startEmbeddedPostgres } from './embedded';

export const DATA_DIR = path.resolve(process.env.KINERJA_DATA_DIR ?? '.data');

/**
 * The database for command-line tools and `npm start`: `url` connects as the owner of the tables
 * (migrations, seed, backup, restore) and `appUrl` as the app's least-privilege role. With DATABASE_URL
 * set, that is the app's connection and MIGRATION_DATABASE_URL the owner's (DATABASE_URL when unset);
 * otherwise the embedded server (started here and stopped by the returned `release`) provides both.
 */
export async function resolveDatabase(
  log: (line: string) => void = (l) => console.log(l),
  restart?: EmbeddedOptions['restart'],
): Promise<{ url: string; appUrl: string; embedded: EmbeddedServer | null; release: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
    return { url, appUrl: process.env.DATABASE_URL, embedded: null, release: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: 'kinerja',
    log: (l) => log(`[postgres] ${l}`),
    restart,
  });
  return { url: embedded.url, appUrl: embedded.appUrl, embedded, release: () => embedded.stop() };
}
