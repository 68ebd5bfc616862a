/**
 * Retention of login attempts and notifications, and the purge that applies it. Not `server-only`: the
 * `npm run db:cleanup` command and server.ts's daily timer run it outside Next (lib/config.ts reads the
 * same settings for the app).
 */
import type { Kysely } from 'kysely';
import type { DB } from '@/db/types';

export type RetentionSettings = {
  /** Login attempts (the throttle's memory) older than this are deleted; at least one day. */
  loginAttemptDays: number;
  /** Notifications, read or not, older than this are deleted. */
  notificationDays: number;
  /** How often server.ts runs the purge; 0 leaves it to `npm run db:cleanup` (cron). */
  intervalHours: number;
};

function days(env: Env, name: string, fallback: number, { zero = false } = {}): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || (!zero && n === 0))
    throw new Error(`${name} must be a ${zero ? 'non-negative' : 'positive'} whole number, got "${raw}"`);
  return n;
}

export function retentionFromEnv(env: Env = process.env): RetentionSettings {
  return {
    loginAttemptDays: days(env, 'LOGIN_ATTEMPTS_RETENTION_DAYS', 90),
    notificationDays: days(env, 'NOTIFICATIONS_RETENTION_DAYS', 180),
    intervalHours: days(env, 'RETENTION_CLEANUP_HOURS', 24, { zero: true }),
  };
}

type Env = Record<string, string | undefined>;

export type PurgeResult = { loginAttempts: number; notifications: number };

/**
 * Deletes what is past its retention at `now`, in one transaction with an audit row naming the cut-offs
 * and counts (none when nothing was due). Runs as the app's role: it needs DELETE on the two tables only.
 */
export async function purgeExpired(
  db: Kysely<DB>,
  settings: RetentionSettings,
  now: Date,
): Promise<PurgeResult> {
  const cutoff = (d: number) => new Date(now.getTime() - d * 86_400_000);
  const loginBefore = cutoff(settings.loginAttemptDays);
  const notificationsBefore = cutoff(settings.notificationDays);
  return db.transaction().execute(async (trx) => {
    const logins = await trx.deleteFrom('login_attempts').where('at', '<', loginBefore).executeTakeFirst();
    const notes = await trx
      .deleteFrom('notifications')
      .where('created_at', '<', notificationsBefore)
      .executeTakeFirst();
    // Sign-in buckets (lib/http/login-rate-store.ts) full again by now hold nothing but an address: forget them.
    await trx.deleteFrom('login_rate_buckets').where('tat', '<', now).execute();
    const result = {
      loginAttempts: Number(logins.numDeletedRows),
      notifications: Number(notes.numDeletedRows),
    };
    if (result.loginAttempts + result.notifications > 0) {
      await trx
        .insertInto('audit_log')
        .values({
          actor_id: null,
          action: 'retention.purge',
          entity: 'retention',
          entity_id: now.toISOString().slice(0, 10),
          after: JSON.stringify({
            ...result,
            loginAttemptsBefore: loginBefore.toISOString(),
            notificationsBefore: notificationsBefore.toISOString(),
          }),
        })
        .execute();
    }
    return result;
  });
}
