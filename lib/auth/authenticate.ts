import 'server-only';
import type { Database } from '@/db';
import { DEMO_PASSWORD, hashPassword, needsRehash, verifyPassword } from './password';
import { beginAttempt, isThrottled, settleAttempt, type ThrottleLimits } from './throttle';

export type AuthResult =
  | { ok: true; employeeId: number; sessionVersion: number }
  | { ok: false; passwordOff?: true };

/**
 * The refusal of a throttled NIP or address, before any password is checked: it equals every other refusal,
 * so the person signing in learns nothing more, but the caller can tell it by identity (`result === THROTTLED`)
 * and answer without rendering anything (lib/account/actions.ts).
 */
export const THROTTLED: AuthResult = Object.freeze({ ok: false });

export type AuthOptions = {
  demoMode: boolean;
  limits: ThrottleLimits;
  maxConcurrentHashes: number;
  /** False when PASSWORD_LOGIN=off: single sign-on is the only way in, and no password is even checked. */
  passwordLogin?: boolean;
};

// Verifying against this keeps the time of an unknown NIP close to that of a wrong password.
let dummyHash: Promise<string> | undefined;

// Argon2 at 19 MiB per hash: a login flood must not starve the rest of the app of CPU and memory.
let running = 0;
const waiting: (() => void)[] = [];
async function withHashSlot<T>(limit: number, fn: () => Promise<T>): Promise<T> {
  if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Checks NIP + password with throttling done before any hashing. Every failure — unknown NIP, wrong
 * password, locked, disabled, demo password outside demo mode — looks the same to the caller.
 */
export async function authenticate(
  db: Database,
  input: { nip: string; password: string; ip: string },
  options: AuthOptions,
): Promise<AuthResult> {
  const { nip, password, ip } = input;
  if (options.passwordLogin === false) return { ok: false, passwordOff: true };
  // Recorded as a failure first, then checked: concurrent attempts count each other (lib/auth/throttle.ts).
  const attempt = await beginAttempt(db, nip, ip);
  if (await isThrottled(db, nip, ip, options.limits, attempt)) {
    await settleAttempt(db, attempt, 'refused');
    return THROTTLED;
  }

  const user = await db
    .selectFrom('users')
    .innerJoin('employees', 'employees.id', 'users.employee_id')
    .select([
      'users.employee_id',
      'users.password_hash',
      'users.session_version',
      'users.disabled_at',
      'employees.active',
    ])
    .where('employees.nip', '=', nip)
    .executeTakeFirst();

  dummyHash ??= hashPassword('not-a-real-password');
  const stored = user?.password_hash ?? (await dummyHash);
  const matches = await withHashSlot(options.maxConcurrentHashes, () => verifyPassword(stored, password));
  const demoRefused = !options.demoMode && password === DEMO_PASSWORD;
  const usable = user && !user.disabled_at && user.active;

  // A failure is already recorded.
  if (!user || !matches || demoRefused || !usable) return { ok: false };
  await settleAttempt(db, attempt, 'success');
  if (needsRehash(user.password_hash)) {
    const fresh = await hashPassword(password);
    await db
      .updateTable('users')
      .set({ password_hash: fresh })
      .where('employee_id', '=', user.employee_id)
      .execute();
  }
  return { ok: true, employeeId: user.employee_id, sessionVersion: user.session_version };
}
