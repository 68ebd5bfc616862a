import path from 'node:path';
import { type EmbeddedOptions, type EmbeddedServer, startEmbeddedPostgres } from './embedded';

export const DATA_DIR = path.resolve(process.env.KINERJA_DATA_DIR ?? '.data');

/**
 * The database URL for command-line tools: DATABASE_URL when set, otherwise the embedded server
 * (started here and stopped by the returned `release`).
 */
export async function resolveDatabase(
  log: (line: string) => void = (l) => console.log(l),
  restart?: EmbeddedOptions['restart'],
): Promise<{ url: string; embedded: EmbeddedServer | null; release: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: null, release: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: 'kinerja',
    log: (l) => log(`[postgres] ${l}`),
    restart,
  });
  return { url: embedded.url, embedded, release: () => embedded.stop() };
}
