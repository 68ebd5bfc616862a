/**
 * `npm run db:cleanup`: deletes login attempts and notifications past their retention (lib/retention.ts),
 * with an audit row, as the app's least-privilege role. server.ts also runs it every RETENTION_CLEANUP_HOURS.
 */
import { purgeExpired, retentionFromEnv } from '../lib/retention';
import { resolveDatabase } from './local';
import { createDb } from './pool';

const settings = retentionFromEnv();
const { appUrl, release } = await resolveDatabase();
const db = createDb(appUrl, { max: 1, applicationName: 'kinerja-cleanup' });
try {
  const done = await purgeExpired(db, settings, new Date());
  console.log(
    `cleanup: ${done.loginAttempts} login attempts older than ${settings.loginAttemptDays} days, ` +
      `${done.notifications} notifications older than ${settings.notificationDays} days deleted`,
  );
} catch (error) {
  console.error(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
  await release();
}
