import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import {
  DEMO,
  loginAndWait,
  PASSWORD,
  query,
  spareEmployee,
  submitButton,
  thisYear,
  today,
  workingDay,
} from './fixtures';

/**
 * Two independent app instances (one process each) against one PostgreSQL behave as one: a session made on
 * one is good on the other, the login throttle counts failures made on either, a report submitted twice —
 * once to each — is saved once, and the supervisor's queue on one shows what was filed on the other at once.
 * This is what running several workers or servers behind one address relies on (lib/http/workers.ts).
 */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const instances: ChildProcess[] = [];
let A = '';
let B = '';

async function startInstance(): Promise<string> {
  const port = await freePort();
  const app = spawn('node_modules/.bin/tsx', ['server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      WEB_WORKERS: '1',
      DATABASE_URL: process.env.E2E_APP_DATABASE_URL ?? process.env.E2E_DATABASE_URL ?? '',
      NEXTAUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only-secret',
      NEXTAUTH_URL: `http://localhost:${port}`,
      DEMO_MODE: 'true',
      KINERJA_STRICT_I18N: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  instances.push(app);
  return new Promise<string>((resolve, reject) => {
    app.once('exit', (code) => reject(new Error(`server.ts exited (${code})`)));
    app.stdout?.on('data', (chunk: Buffer) => {
      if (/listening on http:\/\/localhost:\d+/.test(chunk.toString())) resolve(`http://localhost:${port}`);
    });
  });
}

test.beforeAll(async () => {
  [A, B] = await Promise.all([startInstance(), startInstance()]);
});
test.afterAll(() => {
  for (const app of instances) app.kill('SIGTERM');
});

/** A subordinate of the Kepala Bidang with an approved SKP, apart from those the report specs use. */
async function filer() {
  const [row] = await query<{ id: number; nip: string }>(
    `SELECT e.id, e.nip FROM supervisions s JOIN employees e ON e.id = s.employee_id
     JOIN users u ON u.employee_id = e.id
     WHERE s.valid_to IS NULL AND s.supervisor_id = (SELECT id FROM employees WHERE nip = $1)
       AND e.nip <> ALL($2) AND u.roles = '{}' AND u.disabled_at IS NULL
     ORDER BY e.id DESC LIMIT 1`,
    [DEMO.kabid, Object.values(DEMO)],
  );
  if (!row) throw new Error('no subordinate of the Kepala Bidang to file with');
  await query(`UPDATE skps SET status = 'approved' WHERE employee_id = $1 AND year = $2`, [
    row.id,
    thisYear(),
  ]);
  return row;
}

test('a session made on one instance is good on the other, and failures on either count toward the lock', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: A });
  const page = await context.newPage();
  await loginAndWait(page, DEMO.staffB);
  await page.goto(`${B}/skp`);
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  await context.close();

  const spare = await spareEmployee(8);
  const fresh = await browser.newContext({ javaScriptEnabled: false });
  const tries = await fresh.newPage();
  try {
    // LOGIN_MAX_FAILURES is 5: three wrong passwords on one instance and two on the other lock the NIP.
    for (const base of [A, A, A, B, B]) {
      await tries.goto(`${base}/login`);
      await tries.getByLabel(/NIP/).fill(spare.nip);
      await tries.getByLabel(/^Kata sandi$/).fill('bukan-kata-sandinya');
      await submitButton(tries, /^Masuk$/).click();
      await expect(tries.getByText(/NIP atau kata sandi salah/)).toBeVisible();
    }
    await tries.goto(`${A}/login`);
    await tries.getByLabel(/NIP/).fill(spare.nip);
    await tries.getByLabel(/^Kata sandi$/).fill(PASSWORD);
    await submitButton(tries, /^Masuk$/).click();
    // Locked: the right password is refused like a wrong one.
    await expect(tries.getByText(/NIP atau kata sandi salah/)).toBeVisible();
    await expect(tries.getByTestId('signed-in-as')).toHaveCount(0);
  } finally {
    await query(`INSERT INTO login_attempts (nip, ip, outcome) VALUES ($1, '127.0.0.1', 'unlock')`, [
      spare.nip,
    ]);
    await fresh.close();
  }
});

test('one submission sent to both instances is saved once, and the queue on the other shows it at once', async ({
  browser,
}) => {
  const who = await filer();
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: A });
  const page = await context.newPage();
  await loginAndWait(page, who.nip);
  const activity = `Laporan dua instans ${Date.now()}`;
  await page.goto('/reports/new');
  await page.getByLabel('Tanggal', { exact: true }).fill(await workingDay());
  // A slot of its own before office hours, different on a retry so the two never overlap.
  const slot = Math.floor(Math.random() * 200);
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  await page.getByLabel('Mulai').fill(hhmm(slot));
  await page.getByLabel('Selesai').fill(hhmm(slot + 1));
  await page.getByLabel('Uraian kegiatan').fill(activity);
  await page.getByLabel('Jumlah output').fill('1');
  const key = await page.locator('input[name="idempotencyKey"]').inputValue();

  // The browser's post to A, kept so the very same bytes can be sent to B (a retry landing elsewhere).
  let body: Buffer | null = null;
  let contentType = '';
  await page.route('**/reports/new', async (route) => {
    if (route.request().method() === 'POST') {
      body = route.request().postDataBuffer();
      contentType = (await route.request().allHeaders())['content-type'] ?? '';
    }
    await route.continue();
  });
  await submitButton(page, /^Simpan laporan$/).click();
  await expect(page.getByText('Laporan tersimpan dan menunggu validasi atasan.')).toBeVisible();
  expect(body).not.toBeNull();

  const again = await context.request.post(`${B}/reports/new`, {
    headers: { 'content-type': contentType, origin: B },
    data: body as unknown as Buffer,
    maxRedirects: 0,
  });
  expect([200, 303]).toContain(again.status());
  const rows = await query<{ n: string }>(
    'SELECT count(*) AS n FROM daily_reports WHERE idempotency_key = $1',
    [key],
  );
  expect(Number(rows[0]?.n)).toBe(1);

  const bossContext = await browser.newContext({ javaScriptEnabled: false, baseURL: B });
  const boss = await bossContext.newPage();
  await loginAndWait(boss, DEMO.kabid);
  await boss.goto(`/team/queue?employee=${who.id}`);
  await expect(boss.getByTestId('queue-row').filter({ hasText: activity })).toHaveCount(1);
  await bossContext.close();
  await context.close();
});
