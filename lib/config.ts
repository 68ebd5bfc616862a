import 'server-only';
import { parseTrustedProxies } from '@/lib/domain/client-address';
import { retentionFromEnv } from '@/lib/retention';
import { passwordLoginFromEnv, ssoFromEnv } from '@/lib/sso-config';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

const sso = ssoFromEnv(process.env);

/** Settings read from the environment once per process; every variable is documented in the README. */
export const config = {
  demoMode: process.env.DEMO_MODE === 'true' || process.env.DEMO_MODE === '1',
  sessionIdleMinutes: intEnv('SESSION_IDLE_MINUTES', 30),
  sessionMaxHours: intEnv('SESSION_MAX_HOURS', 10),
  loginMaxFailures: intEnv('LOGIN_MAX_FAILURES', 5),
  loginLockMinutes: intEnv('LOGIN_LOCK_MINUTES', 15),
  loginIpMaxFailures: intEnv('LOGIN_IP_MAX_FAILURES', 30),
  loginMaxConcurrentHashes: intEnv('LOGIN_MAX_CONCURRENT_HASHES', 2),
  /** Proxies whose X-Forwarded-For entries are believed; without any, the TCP peer is the client. */
  trustedProxies: parseTrustedProxies(process.env.TRUSTED_PROXIES),
  secureCookies: (process.env.NEXTAUTH_URL ?? '').startsWith('https://'),
  /** Where browsers reach the app: NEXTAUTH_URL, as `npm start` sets it; single sign-on returns here. */
  publicUrl: (process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, ''),
  reportBackdateDays: intEnv('REPORT_BACKDATE_DAYS', 3),
  dailyMinutesNorm: intEnv('DAILY_MINUTES_NORM', 300),
  evidenceMaxBytes: intEnv('EVIDENCE_MAX_MB', 10) * 1024 * 1024,
  evidenceMaxFiles: 3,
  /** Peer and subordinate answers are shown only as aggregates of at least this many (never below 3). */
  feedbackMinGroupResponses: Math.max(3, intEnv('FEEDBACK_MIN_GROUP', 3)),
  objectionWindowDays: intEnv('OBJECTION_WINDOW_DAYS', 14),
  objectionWindowKind: dayKindEnv('OBJECTION_WINDOW_KIND'),
  /** Periodic realisation entries per quarter (default) or per month (the agency needs monthly periods). */
  realisationPeriod: periodKindEnv('REALISATION_PERIOD'),
  /** Days before a period ends from which owners are reminded of realisation entries still to enter. */
  realisationReminderDays: intEnv('REALISATION_REMINDER_DAYS', 14),
  suggestion: {
    sesuaiPct: intEnv('SUGGESTION_SESUAI_PCT', 100),
    diAtasPct: intEnv('SUGGESTION_DI_ATAS_PCT', 110),
  },
  /** LOGIN_ATTEMPTS_RETENTION_DAYS, NOTIFICATIONS_RETENTION_DAYS, RETENTION_CLEANUP_HOURS (lib/retention.ts). */
  retention: retentionFromEnv(),
  /** OpenID Connect single sign-on (OIDC_*), or null when it is not configured. */
  sso,
  /** PASSWORD_LOGIN=off leaves single sign-on as the only way in. */
  passwordLogin: passwordLoginFromEnv(process.env, sso),
};

function periodKindEnv(name: string): 'quarterly' | 'monthly' {
  const raw = process.env[name];
  if (raw === undefined || raw === '' || raw === 'quarterly') return 'quarterly';
  if (raw === 'monthly') return 'monthly';
  throw new Error(`${name} must be "quarterly" or "monthly", got "${raw}"`);
}

function dayKindEnv(name: string): 'calendar' | 'working' {
  const raw = process.env[name];
  if (raw === undefined || raw === '' || raw === 'calendar') return 'calendar';
  if (raw === 'working') return 'working';
  throw new Error(`${name} must be "calendar" or "working", got "${raw}"`);
}

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error(
      'NEXTAUTH_SECRET must be set to at least 32 random characters (npm start generates one in demo mode)',
    );
  }
  return secret;
}
