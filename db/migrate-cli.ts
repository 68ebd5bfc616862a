import { resolveDatabase } from './local';
import { migrateDown, migrateToLatest } from './migrate';
import { createDb } from './pool';

const { url, release } = await resolveDatabase();
const db = createDb(url, { max: 1, applicationName: 'kinerja-migrate' });
try {
  if (process.argv.includes('--down')) await migrateDown(db);
  else await migrateToLatest(db, (l) => console.log(l));
} finally {
  await db.destroy();
  await release();
}
