import { expect, inject, it } from 'vitest';
import { TEMPLATE_DB, withDatabase } from './testing-global-setup';
import { runCodegen } from './types-cli';

it('db/types.ts matches the schema the migrations produce (regenerate with `npm run db:types`)', () => {
  const result = runCodegen(withDatabase(inject('pgAdminUrl'), TEMPLATE_DB), true);
  expect(result.output).not.toMatch(/out of date|mismatch|differ/i);
  expect(result.ok).toBe(true);
}, 60_000);
