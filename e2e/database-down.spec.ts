import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { DEMO, PASSWORD, submitButton } from './fixtures';

/**
 * The database goes away under a running app: a second instance of the app reaches PostgreSQL through a
 * TCP relay this test can cut (refusing new connections and dropping open ones, as a killed server
 * does) and restore. Every page and form answers readably within 5 s, with JavaScript on and off, and
 * the app recovers by itself when the database is back.
 */

const UNAVAILABLE = /Tidak ada yang tersimpan setengah jalan; (silakan )?coba lagi/;

class Relay {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  port = 0;
  constructor(private target: { host: string; port: number }) {}

  async up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

let relay: Relay;
let app: ChildProcess;
let base = '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

test.beforeAll(async () => {
  const db = new URL(process.env.E2E_DATABASE_URL ?? '');
  relay = new Relay({ host: db.hostname, port: Number(db.port) });
  await relay.up();
  db.hostname = '127.0.0.1';
  db.port = String(relay.port);
  app = spawn('node_modules/.bin/tsx', ['server.ts'], {
    env: {
      ...process.env,
      PORT: String(await freePort()),
      DATABASE_URL: db.toString(),
      NEXTAUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only-secret',
      NEXTAUTH_URL: 'http://localhost',
      DEMO_MODE: 'true',
      KINERJA_STRICT_I18N: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise<string>((resolve, reject) => {
    app.once('exit', (code) => reject(new Error(`server.ts exited (${code})`)));
    app.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening on http:\/\/localhost:(\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve(`http://localhost:${port}`);
    });
  });
});

test.afterAll(async () => {
  app?.kill('SIGTERM');
  await relay?.down();
});

async function signedIn(browser: Browser, javaScriptEnabled: boolean): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ javaScriptEnabled, baseURL: base });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel(/NIP/).fill(DEMO.staffB);
  await page.getByLabel(/^(Kata sandi|Password)$/).fill(PASSWORD);
  await submitButton(page, /^Masuk$/).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  return [context, page];
}

const pages = [
  '/',
  '/skp',
  '/reports/new',
  '/feedback',
  '/appraisals',
  '/notifications',
  '/account/password',
];

for (const javaScriptEnabled of [true, false]) {
  test(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}: pages and forms say "try again", then recover`, async ({
    browser,
  }) => {
    const [context, page] = await signedIn(browser, javaScriptEnabled);
    const anonymous = await browser.newContext({ javaScriptEnabled, baseURL: base });
    const visitor = await anonymous.newPage();
    await visitor.goto('/login');
    await page.goto('/account/password');
    await relay.down();
    try {
      // A form already on screen: changing the password needs the database.
      await page.getByLabel('Kata sandi saat ini').fill(PASSWORD);
      await page.getByLabel('Kata sandi baru', { exact: true }).fill('kata-sandi-baru-123');
      await page.getByLabel('Ulangi kata sandi baru').fill('kata-sandi-baru-123');
      await submitButton(page, /^Simpan kata sandi$/).click();
      await expect(page.getByText(UNAVAILABLE)).toBeVisible({ timeout: 5_000 });

      // Logging in needs it too: the login page itself does not.
      await visitor.getByLabel(/NIP/).fill(DEMO.staffB);
      await visitor.getByLabel(/^(Kata sandi|Password)$/).fill(PASSWORD);
      await submitButton(visitor, /^Masuk$/).click();
      await expect(visitor.getByText(UNAVAILABLE)).toBeVisible({ timeout: 5_000 });
      await expect(visitor.getByLabel(/NIP/)).toHaveValue(DEMO.staffB);

      // The load balancer's view: the process is alive, not ready.
      expect((await page.request.get('/api/health/live')).status()).toBe(200);
      expect((await page.request.get('/api/health/ready')).status()).toBe(503);
      for (const path of pages) {
        const response = await page.goto(path, { timeout: 5_000 });
        expect(response?.status(), path).toBe(503);
        await expect(page.getByText(UNAVAILABLE), path).toBeVisible();
        await expect(page.getByRole('link', { name: 'Coba lagi' }), path).toHaveAttribute('href', path);
      }
    } finally {
      await relay.up();
    }
    expect((await page.request.get('/api/health/ready')).status()).toBe(200);
    await page.goto('/skp');
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await page.goto('/account/password');
    await expect(page.getByLabel('Kata sandi saat ini')).toBeVisible();
    await anonymous.close();
    await context.close();
  });
}
