/**
 * `npm run bench:sizes`: what each page sends, beside the minimal Next page (bench/baseline-app/).
 *
 *   npm run bench:sizes -- [--url http://localhost:$PORT] [--baseline-port 3499] [--json]
 *
 * Runs against an app already serving the demo agency (`npm start`), signing in as the demo accounts
 * through the login form as a browser without JavaScript does. For each page it prints the HTML bytes,
 * the bytes of its RSC flight (the inline `self.__next_f.push(…)` scripts, part of the HTML) and the
 * first-load JavaScript: every `<script src>` chunk of the page, fetched and gzipped (level 9), summed.
 * The minimal page is built when needed, served on --baseline-port and measured the same way.
 */
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DEMO_NIP } from '../db/seed/accounts';
import { DEMO_PASSWORD } from '../lib/auth/password';
import { BaselineApp } from './baseline';
import { multipart, parseReportForm } from './report-form';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: `http://localhost:${process.env.PORT ?? 3000}` },
    'baseline-port': { type: 'string', default: process.env.BENCH_BASELINE_PORT ?? '3499' },
    json: { type: 'boolean', default: false },
  },
});

export type PageSize = { page: string; html: number; flight: number; jsGzip: number; scripts: number };

type Who = keyof typeof DEMO_NIP | null;
/**
 * The pages measured; `find` follows the first link matching it from `path` (an SKP, an appraisal), or the
 * redirect `path` answers with.
 */
const PAGES: { page: string; path: string; who: Who; find?: RegExp }[] = [
  { page: 'login', path: '/login', who: null },
  { page: 'home', path: '/', who: 'staffA' },
  { page: 'overview', path: '/overview', who: 'sekda' },
  { page: 'team', path: '/team', who: 'kabid' },
  { page: 'reports', path: '/reports', who: 'staffA' },
  { page: 'report form', path: '/reports/new', who: 'staffA' },
  { page: 'skp', path: '/skp', who: 'staffA', find: /href="(\/skp\/\d+)"/ },
  { page: 'appraisal', path: '/appraisals', who: 'kabid', find: /href="(\/appraisals\/\d+)"/ },
  { page: 'admin', path: '/admin', who: 'admin' },
];

/** The flight: the text of every inline script that feeds React's RSC payload. */
export function flightBytes(html: string): number {
  let n = 0;
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1]?.includes('self.__next_f')) n += Buffer.byteLength(m[1]);
  }
  return n;
}

export function scriptSources(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
    if (m[1]) out.add(m[1].replace(/&amp;/g, '&'));
  return [...out];
}

const chunkCache = new Map<string, number>();
async function jsGzip(base: string, html: string): Promise<{ bytes: number; scripts: number }> {
  const sources = scriptSources(html);
  let bytes = 0;
  for (const src of sources) {
    const url = new URL(src, base).toString();
    let size = chunkCache.get(url);
    if (size === undefined) {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
      size = gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
      chunkCache.set(url, size);
    }
    bytes += size;
  }
  return { bytes, scripts: sources.length };
}

async function measurePage(base: string, page: string, path: string, cookie?: string): Promise<PageSize> {
  const res = await fetch(new URL(path, base), { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
  const html = await res.text();
  const js = await jsGzip(base, html);
  return {
    page,
    html: Buffer.byteLength(html),
    flight: flightBytes(html),
    jsGzip: js.bytes,
    scripts: js.scripts,
  };
}

/** Signs in through the no-JavaScript login form; returns the session cookie. */
async function signIn(base: string, nip: string): Promise<string> {
  const page = await fetch(new URL('/login', base));
  const form = parseReportForm(await page.text(), 'nip');
  const fields = form.inputs.map((i) =>
    i.name === 'nip' ? { ...i, value: nip } : i.name === 'password' ? { ...i, value: DEMO_PASSWORD } : i,
  );
  const boundary = '----KinerjaSizesBoundary';
  const res = await fetch(new URL(form.action || '/login', base), {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: multipart(fields, boundary),
    redirect: 'manual',
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const session = cookies.find((c) => c?.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`signing in as ${nip} gave no session (status ${res.status})`);
  return cookies.join('; ');
}

const kb = (n: number) => (n / 1024).toFixed(1);

async function main() {
  const base = args.url ?? 'http://localhost:3000';
  const baseline = new BaselineApp(Number(args['baseline-port']), (l) => console.error(`[sizes] ${l}`));
  await baseline.start();
  const rows: PageSize[] = [];
  try {
    rows.push(await measurePage(baseline.baseUrl, 'minimal Next page', '/'));
    const cookies = new Map<string, string>();
    for (const p of PAGES) {
      let cookie: string | undefined;
      if (p.who) {
        cookie = cookies.get(p.who) ?? (await signIn(base, DEMO_NIP[p.who]));
        cookies.set(p.who, cookie);
      }
      let path = p.path;
      if (p.find) {
        const list = await fetch(new URL(path, base), { headers: cookie ? { cookie } : {} });
        // A list page may send its reader straight on (one's own SKP): then that is the page.
        const landed = `href="${new URL(list.url).pathname}"`;
        const link = (landed.match(p.find) ?? (await list.text()).match(p.find))?.[1];
        if (!link) throw new Error(`no link matching ${p.find} on ${path}`);
        path = link;
      }
      rows.push({ ...(await measurePage(base, p.page, path, cookie)), page: `${p.page} (${path})` });
    }
  } finally {
    await baseline.stop();
  }
  if (args.json) return console.log(JSON.stringify(rows, null, 2));
  const minimalJs = rows[0]?.jsGzip ?? 1;
  console.log('| page | HTML KiB | flight KiB | first-load JS gzip KiB (scripts) | JS vs minimal |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${kb(r.html)} | ${kb(r.flight)} | ${kb(r.jsGzip)} (${r.scripts}) | ${(r.jsGzip / minimalJs).toFixed(2)}× |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
