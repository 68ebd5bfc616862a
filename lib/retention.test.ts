import { describe, expect, it } from 'vitest';
import { retentionFromEnv } from './retention';

describe('retention settings', () => {
  it('defaults to 90 days of login attempts, 180 of notifications and a daily purge', () => {
    expect(retentionFromEnv({})).toEqual({ loginAttemptDays: 90, notificationDays: 180, intervalHours: 24 });
  });

  it('reads the environment, and 0 hours turns the in-server timer off', () => {
    expect(
      retentionFromEnv({
        LOGIN_ATTEMPTS_RETENTION_DAYS: '30',
        NOTIFICATIONS_RETENTION_DAYS: '365',
        RETENTION_CLEANUP_HOURS: '0',
      }),
    ).toEqual({ loginAttemptDays: 30, notificationDays: 365, intervalHours: 0 });
  });

  it('refuses a retention of zero days, fractions and words', () => {
    expect(() => retentionFromEnv({ LOGIN_ATTEMPTS_RETENTION_DAYS: '0' })).toThrow(/positive/);
    expect(() => retentionFromEnv({ NOTIFICATIONS_RETENTION_DAYS: '1.5' })).toThrow(/NOTIFICATIONS/);
    expect(() => retentionFromEnv({ RETENTION_CLEANUP_HOURS: 'daily' })).toThrow(/non-negative/);
  });
});
