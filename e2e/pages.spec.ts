import { createRequire } from 'node:module';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { DEMO, loginAndWait } from './fixtures';

/**
 * Every page each demo account can reach — the navigation, then one page of each kind linked from there
 * (an SKP, a report, a feedback request and result, an appraisal, an employee, the overview's drill-down…)
 * — at 1366 × 768 and 360 × 740: the page never scrolls sideways, axe-core finds no serious or critical
 * violation, and Indonesian pages show dates and numbers the Indonesian way (no "2026-12-19", no "1.75").
 */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 360, height: 740 },
];
// Downloads (exports, PDFs, evidence and other stored files) and printouts are not pages of the app's layout.
const SKIP = /\/(export|pdf|print)(\/|$)|^\/api\/|\/(evidence|realisation-files|files|template)\//;
// Query keys that choose a view of the same page rather than another kind of page.
const VIEW_KEYS = new Set([
  'sort',
  'dir',
  'ssort',
  'sdir',
  'page',
  'qpage',
  'month',
  'period',
  'format',
  'year',
]);
const MAX_PAGES = 40;
const MAX_DEPTH = 3;

/** One page per kind: `/skp/12` and `/skp/13` are the same kind, `/overview?unit=3&team=9` another. */
function kindOf(url: URL) {
  const keys = [...url.searchParams.keys()].filter((k) => !VIEW_KEYS.has(k)).sort();
  return `${url.pathname.replace(/\/\d+(?=\/|$)/g, '/:id')}?${keys.join('&')}`;
}

async function links(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (as) => as.map((a) => (a as HTMLAnchorElement).href));
}

/** Elements whose right edge passes the viewport: what makes the page scroll sideways. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const past = (el: Element) => el.getBoundingClientRect().right > width + 0.5;
    // Inside a scrolling or clipping box an element may pass the edge without moving the page.
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      return false;
    };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => past(el) && !clipped(el))
      .filter((el) => !el.parentElement || !past(el.parentElement))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`);
    return `scrollWidth ${document.documentElement.scrollWidth} > ${width}: ${culprits.join(' | ')}`;
  });
}

async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<AxeResults> } }).axe;
    type AxeResults = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
}

/**
 * Visible text (open or closed <details>, SVG titles, options) that is not the Indonesian way to write a date
 * or a number: ISO dates and months, and a decimal point. A dot before three digits is Indonesian
 * thousands grouping ("1.234"), and "09.30" is how Indonesian writes a time; form fields are not text.
 */
async function nonIndonesianText(page: Page) {
  return page.evaluate(() => {
    // <code> holds data shown as stored (the audit trail's records), not prose to localise.
    const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'CODE']);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    const iso = /\b(19|20)\d{2}-(0[1-9]|1[0-2])(-\d{2})?\b/g;
    const decimal = /(?<![\d.,])\d+\.(\d{1,2}|\d{4,})(?![\d.,])/g;
    const time = /^([01]\d|2[0-3])\.[0-5]\d$/;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement && skip.has(node.parentElement.tagName)) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(iso)) found.push(`ISO "${m[0]}" in "${text.trim().slice(0, 80)}"`);
      for (const m of text.matchAll(decimal))
        if (!time.test(m[0])) found.push(`decimal "${m[0]}" in "${text.trim().slice(0, 80)}"`);
    }
    return [...new Set(found)].slice(0, 5);
  });
}

async function crawl(context: BrowserContext, page: Page, options: { indonesian: boolean; axe: boolean }) {
  const problems: string[] = [];
  const origin = new URL(page.url()).origin;
  const seen = new Set<string>();
  const queue: { url: string; depth: number }[] = [];
  const enqueue = (hrefs: string[], depth: number) => {
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin || SKIP.test(url.pathname) || url.pathname === '/login') continue;
      url.hash = '';
      const kind = kindOf(url);
      if (seen.has(kind)) continue;
      seen.add(kind);
      queue.push({ url: url.toString(), depth });
    }
  };
  // Every link of the header: the navigation and the account menu.
  enqueue(await links(page, 'header a[href]'), 0);
  let visited = 0;
  while (queue.length > 0 && visited < MAX_PAGES) {
    const { url, depth } = queue.shift() as { url: string; depth: number };
    visited++;
    const response = await page.goto(url);
    const path = url.slice(origin.length);
    if (!response?.ok()) {
      problems.push(`${path}: HTTP ${response?.status()}`);
      continue;
    }
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      const wide = await overflow(page);
      if (wide) problems.push(`${path} at ${viewport.width}: ${wide}`);
      // Pages differ between the two widths only by CSS: axe checks the narrow header (menus closed) on
      // the first page and every page at full width, which keeps the crawl within a few minutes.
      if (options.axe && (viewport === VIEWPORTS[0] || visited === 1))
        for (const v of await axeViolations(page)) problems.push(`${path} at ${viewport.width}: ${v}`);
    }
    if (options.indonesian) for (const p of await nonIndonesianText(page)) problems.push(`${path}: ${p}`);
    if (depth < MAX_DEPTH) enqueue(await links(page, 'main a[href]'), depth + 1);
  }
  expect(visited, 'pages visited').toBeGreaterThan(3);
  await context.close();
  return problems;
}

test.describe('every page of every demo account', () => {
  test.describe.configure({ mode: 'parallel' });

  for (const [account, nip] of Object.entries(DEMO)) {
    test(`${account}: no sideways scrolling, no serious axe finding, Indonesian dates and numbers`, async ({
      browser,
    }) => {
      test.setTimeout(300_000);
      const context = await browser.newContext({ viewport: VIEWPORTS[0] });
      const page = await context.newPage();
      await loginAndWait(page, nip);
      expect(await crawl(context, page, { indonesian: true, axe: true })).toEqual([]);
    });
  }

  // English labels are longer: the two accounts that reach every kind of page, at both widths.
  for (const account of ['sekda', 'kabid'] as const) {
    test(`${account} in English: no sideways scrolling`, async ({ browser }) => {
      test.setTimeout(300_000);
      const context = await browser.newContext({ viewport: VIEWPORTS[0], locale: 'en-US' });
      const page = await context.newPage();
      await loginAndWait(page, DEMO[account]);
      // A cookie, not the language form: the account's stored language stays Indonesian for other tests.
      await context.addCookies([{ name: 'locale', value: 'en', url: page.url() }]);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await crawl(context, page, { indonesian: false, axe: false })).toEqual([]);
    });
  }
});
