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

/**
 * Links repeated per row are plain anchors: a `next/link` asks the server for its route as soon as it
 * scrolls into view (about 6 ms of server time each), so a table of people cost more in prefetches than
 * the page itself. The menu's links still prefetch; no row's link does.
 */
test('tables and lists prefetch none of their rows’ links', async ({ browser }) => {
  const prefetched: string[] = [];
  const visit = async (nip: string, paths: [string, string][]) => {
    const page = await browser.newPage();
    page.on('request', (r) => {
      if (r.headers()['next-router-prefetch'])
        prefetched.push(new URL(r.url()).pathname + new URL(r.url()).search);
    });
    await loginAndWait(page, nip);
    for (const [path, rows] of paths) {
      await page.goto(path);
      await expect(page.getByTestId(rows).first()).toBeVisible();
      await page.mouse.wheel(0, 6000);
      await page.waitForTimeout(1500);
    }
    await page.close();
  };
  await visit(DEMO.kabid, [
    ['/team', 'team-table'],
    ['/reports', 'report-row'],
  ]);
  await visit(DEMO.sekda, [['/overview', 'units-table']]);
  // The menu's own links do prefetch, so the listener saw requests.
  expect(prefetched.length).toBeGreaterThan(0);
  // A row's own page, or the table's sort, page and drill-down links (the month switcher is not a row).
  const rowTarget =
    /^\/(employees|skp|reports|feedback\/(requests|results)(\/\d+)?)\/\d|[?&](sort|page|unit|unitId)=/;
  expect(prefetched.filter((p) => rowTarget.test(p))).toEqual([]);
});
