import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO, loginAndWait } from './fixtures';

/**
 * What a page sends (issue 17, "send less"): the login page stays within 25 KB and the whole agency's
 * overview within 150 KB of HTML, and no page carries the message catalogue of features it does not show —
 * client components get only their namespaces (components/i18n/client-messages.tsx).
 */

type Tree = { [key: string]: string | Tree };

/** Every message under a namespace, as plain text that would appear verbatim in HTML and in the flight. */
function plainTexts(tree: Tree | string): string[] {
  if (typeof tree === 'string')
    return tree.length >= 24 && /^[\p{L}\p{N} ,.()–-]+$/u.test(tree) ? [tree] : [];
  return Object.values(tree).flatMap(plainTexts);
}

const catalogue = JSON.parse(readFileSync('lib/i18n/id.json', 'utf8')) as Tree;
const textsOf = (namespaces: string[]) => namespaces.flatMap((ns) => plainTexts(catalogue[ns] ?? {}));

test('the login page is small and carries no other feature’s messages', async ({ request }) => {
  const html = await (await request.get('/login')).text();
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(25 * 1024);
  const foreign = textsOf([
    'feedback',
    'appraisal',
    'adminOrg',
    'adminImport',
    'skp',
    'reports',
    'dashboard',
  ]);
  expect(foreign.length).toBeGreaterThan(50);
  expect(foreign.filter((text) => html.includes(text))).toEqual([]);
});

test('a form page carries its own namespace but not the administration’s', async ({ page }) => {
  await loginAndWait(page, DEMO.staffA);
  const html = await (await page.request.get('/reports/new')).text();
  expect(textsOf(['adminOrg', 'adminImport', 'feedback']).filter((text) => html.includes(text))).toEqual([]);
  // The island's own texts travel with it (the browser-side checks need them).
  const reports = catalogue.reports as Tree;
  expect(html).toContain(((reports.validation as Tree).date as string).slice(0, -1));
});
