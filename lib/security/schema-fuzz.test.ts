import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { zodResolver } from '@hookform/resolvers/zod';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { publicAction } from '@/lib/action';
import type { FormState } from '@/lib/form-state';
import { ROOT } from './enumerate';
import {
  FUZZ_SEED,
  fieldNames,
  formEntries,
  fuzzRuns,
  hostileValue,
  jsForm,
  noJsForm,
  previousState,
  rhfValues,
} from './fuzz';

/**
 * Property-based fuzzing of every form schema (lib/**\/schema.ts) through the same code the server runs
 * (lib/action.ts: form fields → unflatten → strict zod parse → field errors) and through react-hook-form's
 * resolver, in both encodings: whatever arrives, the answer is a form state, never an exception; what is
 * refused is refused with catalogue keys; a field the schema does not know is always refused.
 */

// The action translates its answer for the reader (lib/i18n/action-texts.ts): an Indonesian request.
vi.mock('next/headers', () => ({
  cookies: async () => new Map(),
  headers: async () => new Headers(),
}));

// A filter read from the URL, not a form: other query parameters are ignored on purpose.
const NOT_STRICT = new Set([
  'lib/reports/schema.ts#queueFilterSchema',
  'lib/admin/audit/schema.ts#auditFilterSchema',
]);

function schemaFiles(dir = path.join(ROOT, 'lib')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return schemaFiles(full);
    return name === 'schema.ts' ? [full] : [];
  });
}

const schemas: [string, z.ZodType][] = [];
for (const file of schemaFiles()) {
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod))
    if (value && typeof (value as z.ZodType).safeParse === 'function')
      schemas.push([`${path.relative(ROOT, file)}#${name}`, value as z.ZodType]);
}

const accept = async (): Promise<FormState> => ({ status: 'ok' });

function wellFormed(state: FormState) {
  expect(['ok', 'error']).toContain(state.status);
  if (state.status === 'error') {
    for (const message of [state.formError, ...Object.values(state.fieldErrors ?? {})])
      if (message !== undefined) expect(typeof message).toBe('string');
    expect(state.formError !== undefined || Object.keys(state.fieldErrors ?? {}).length > 0).toBe(true);
  }
}

describe('form schemas under fuzzing', () => {
  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(15);
    expect(schemas.map(([k]) => k)).toContain('lib/skp/schema.ts#skpFormSchema');
  });

  for (const [key, schema] of schemas) {
    const names = fieldNames(schema);
    const action = publicAction(schema, accept);

    it(`${key}: a form posted without JavaScript gets a form state, never an exception`, async () => {
      await fc.assert(
        fc.asyncProperty(formEntries(names), async (entries) => {
          wellFormed(await action({ status: 'idle' }, noJsForm(entries)));
        }),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(80) },
      );
    });

    it(`${key}: with JavaScript, react-hook-form's check and the post both answer, never throw`, async () => {
      const resolve = zodResolver(schema as never);
      await fc.assert(
        fc.asyncProperty(
          rhfValues(names),
          previousState,
          formEntries(names),
          async (values, prev, entries) => {
            const result = await resolve(values as never, undefined, {
              fields: {},
              shouldUseNativeValidation: false,
            });
            expect(typeof result).toBe('object');
            wellFormed(await action(prev as FormState, jsForm(entries)));
          },
        ),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(80) },
      );
    });

    if (!NOT_STRICT.has(key))
      it(`${key}: a field the form does not have is refused, whatever else is sent`, async () => {
        const top = new Set(names.map((n) => n.split('.')[0]));
        const stranger = fc
          .constantFrom(
            'status',
            'score',
            'supervisor_id',
            'evaluatorId',
            'roles',
            'employee_id',
            'approvedBy',
          )
          .filter((n) => !top.has(n));
        await fc.assert(
          fc.asyncProperty(formEntries(names), stranger, hostileValue, async (entries, name, value) => {
            const state = await action({ status: 'idle' }, noJsForm([...entries, [name, value]]));
            expect(state.status).toBe('error');
          }),
          { seed: FUZZ_SEED, numRuns: fuzzRuns(30) },
        );
      });
  }
});
