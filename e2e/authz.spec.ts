import { type APIRequestContext, expect, test } from '@playwright/test';
import { PAGES } from '../lib/security/authz-table';
import {
  type Fixture,
  loadFixture,
  prepareCast,
  type Query,
  ROLES,
  type SignedInRole,
} from '../lib/security/cast';
import { outcomesOf } from '../lib/security/outcomes';
import { loginAndWait, type Param, query } from './fixtures';

/**
 * The page and route-handler half of the authorization matrix (lib/security/authz-table.ts, PAGES): every
 * page and route handler requested as each role of the cast, through the production build, compared with
 * the declared outcome. GET requests only; the server actions are run, with the database checked, by
 * lib/security/authz-actions.itest.ts.
 */

const q: Query = async <T>(text: string, values?: unknown[]) =>
  (await query(text, values as Param[] | undefined)) as T[];

let f: Fixture;

test.beforeAll(async () => {
  await prepareCast(q);
  f = await loadFixture(q);
});

async function outcomeOf(request: APIRequestContext, url: string): Promise<string> {
  const res = await request.get(url, { maxRedirects: 0 });
  const status = res.status();
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 300 && status < 400) {
    const to = new URL(res.headers().location ?? '', 'http://x');
    return to.pathname === '/login' && (to.search === '' || to.searchParams.has('callbackUrl'))
      ? 'login'
      : 'moved';
  }
  return String(status);
}

for (const role of ROLES) {
  test(`pages and route handlers as ${role} answer as lib/security/authz-table.ts declares`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    try {
      if (role !== 'anon') await loginAndWait(await context.newPage(), f.nip[role as SignedInRole]);
      const wrong: string[] = [];
      for (const [file, [declared, url]] of Object.entries(PAGES)) {
        const expected = outcomesOf(declared)[role];
        const actual = await outcomeOf(context.request, url(f));
        if (actual !== expected) wrong.push(`${file} (${url(f)}): declared ${expected}, got ${actual}`);
      }
      expect(wrong, `as ${role}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
