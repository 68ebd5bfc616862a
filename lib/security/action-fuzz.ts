import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormState } from '@/lib/form-state';
import { ACTIONS, REFUSAL_WRITES } from './authz-table';
import { ROLES, type Role } from './cast';
import { FUZZ_SEED, formEntries, fuzzRuns, jsForm, noJsForm, previousState } from './fuzz';
import { outcomesOf } from './outcomes';
import { openStage, type RequestHolder, type Stage } from './stage';

/**
 * Fuzzes every server action with fast-check against the seeded demo agency, in one encoding: the
 * matrix row's form (lib/security/authz-table.ts) with fields dropped, repeated, replaced by hostile
 * values, files added and strange fields added, sent by a role the row lets through (so the fuzz
 * reaches the data layer) or by the peer. Never an unhandled exception; a refused input writes nothing
 * (every table, audit_log included, checked by the write log of lib/security/harness.ts).
 */
export function fuzzServerActions(encoding: 'no-js' | 'js', request: RequestHolder) {
  let stage: Stage;
  // FUZZ_VERBOSE=1 prints how the calls ended per action (how deep the fuzzing got).
  const tally = new Map<string, Record<string, number>>();
  beforeAll(async () => {
    stage = await openStage(request);
  }, 120_000);
  afterAll(async () => {
    if (process.env.FUZZ_VERBOSE) for (const [key, t] of tally) console.log(encoding, key, JSON.stringify(t));
    await stage?.close();
  });

  describe(`server actions under fuzzing (${encoding === 'js' ? 'posted from JavaScript' : 'posted without JavaScript'})`, () => {
    for (const [key, [declared, payload]] of Object.entries(ACTIONS)) {
      const outcomes = outcomesOf(declared);
      const through = ROLES.filter((r) => r !== 'anon' && (outcomes[r] === 'ok' || outcomes[r] === 'bad'));
      const roles: Role[] = [...new Set<Role>([through[0] ?? 'owner', 'peer'])];

      it(`${key}: never an exception, never a write from a refused input`, async () => {
        const action = stage.actions.get(key);
        if (!action) throw new Error(`${key} is in the table but not exported by a 'use server' module`);
        const base = payload ? payload(stage.f) : {};
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...roles),
            formEntries(Object.keys(base), base, plausibleValues(stage.f)),
            previousState,
            async (role, entries, prev) => {
              const form = encoding === 'js' ? jsForm(entries) : noJsForm(entries);
              const call = await stage.callAs(
                role,
                action,
                form,
                encoding === 'js' ? (prev as FormState) : undefined,
              );
              const t = tally.get(key) ?? {};
              const kind = `${call.outcome}${call.outcome === 'bad' && /validation\.|unexpectedFields/.test(call.why) ? ' (schema)' : ''}`;
              t[kind] = (t[kind] ?? 0) + 1;
              tally.set(key, t);
              expect(call.outcome, call.why).not.toBe('threw');
              if (call.outcome !== 'ok')
                expect(
                  call.written.filter((t) => !REFUSAL_WRITES[key]?.includes(t)),
                  `${role}: ${call.outcome} (${call.why})`,
                ).toEqual([]);
            },
          ),
          { seed: FUZZ_SEED, numRuns: fuzzRuns(4) },
        );
      });
    }
  });
}

/** Every id and version in the fixture, and their neighbours: inputs the schema lets through to the data layer. */
function plausibleValues(f: unknown): string[] {
  const out = new Set<string>(['0', '1']);
  const walk = (v: unknown) => {
    if (typeof v === 'number')
      for (const n of [v - 1, v, v + 1])
        if (n >= 0) out.add(String(n));
        else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(f);
  return [...out];
}
