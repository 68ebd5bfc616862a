import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { ACTIONS, REFUSAL_WRITES } from './authz-table';
import { ROLES } from './cast';
import { exportedNames, serverActionModules, serverActions } from './enumerate';
import { formDataOf } from './harness';
import { outcomesOf } from './outcomes';
import { openStage, type Stage } from './stage';

/**
 * Every server action × every role of the cast, called the way Next calls it — (previous state, FormData)
 * with the role's session cookie — against the seeded demo agency. The outcome must be the one declared
 * in lib/security/authz-table.ts, and anything but `ok` must leave every table as it was (audit_log
 * included). Each call runs in a transaction rolled back afterwards, so every role starts from the seed.
 */

const request = vi.hoisted(() => {
  // Demo mode, as under `npm start`: the cast logs in with the demo password.
  process.env.DEMO_MODE = 'true';
  process.env.NEXTAUTH_SECRET ??= 'matrix-test-secret-matrix-test-secret-0123';
  return { cookies: null as unknown, headers: new Headers() };
});
vi.mock('next/headers', () => ({
  cookies: async () => request.cookies,
  headers: async () => request.headers,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
// The seed's "today"; the actions read the clock through this one function.
vi.mock('@/lib/domain/dates', async (original) => ({
  ...(await original<typeof import('@/lib/domain/dates')>()),
  today: () => TEST_TODAY,
}));

let stage: Stage;

beforeAll(async () => {
  stage = await openStage(request);
}, 120_000);

afterAll(async () => {
  await stage?.close();
});

describe('authorization matrix: server actions', () => {
  it('imports exactly the actions the source tree declares, each with a row', () => {
    expect([...stage.actions.keys()].sort()).toEqual(serverActions());
    expect(serverActionModules().length).toBeGreaterThan(0);
    expect(exportedNames('lib/skp/actions.ts')).toContain('saveSkpAction');
    const missing = [...stage.actions.keys()].filter((key) => !(key in ACTIONS));
    expect(
      missing,
      'actions without a row in lib/security/authz-table.ts (see the comment at its top)',
    ).toEqual([]);
  });

  for (const [key, [declared, payload]] of Object.entries(ACTIONS)) {
    it(`${key}: ${declared.replace(/\s+/g, ' ')}`, async () => {
      const action = stage.actions.get(key);
      if (!action) throw new Error(`${key} is in the table but not exported by a 'use server' module`);
      const expected = outcomesOf(declared);
      const fields = payload ? payload(stage.f) : {};
      const actual: string[] = [];
      const reasons: string[] = [];
      const writes: Record<string, string[]> = {};
      for (const role of ROLES) {
        const { outcome, why, written } = await stage.callAs(role, action, formDataOf(fields));
        actual.push(outcome);
        reasons.push(`${role}: ${outcome} (${why})`);
        const kept = written.filter((t) => !REFUSAL_WRITES[key]?.includes(t));
        if (outcome !== 'ok' && kept.length > 0) writes[role] = kept;
      }
      const explain = `outcomes (${ROLES.join(' ')}) of ${key}:\n  ${reasons.join('\n  ')}\n`;
      expect(actual.join(' '), explain).toBe(ROLES.map((r) => expected[r]).join(' '));
      expect(writes, 'tables written by a refused call').toEqual({});
    });
  }
});
