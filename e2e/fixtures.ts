import { expect, type Page } from '@playwright/test';
import pg from 'pg';
import { DEMO_NIP } from '../db/seed/accounts';
import { today as appToday } from '../lib/domain/dates';

export const PASSWORD = 'pariaman2026';

/** The demo accounts' NIPs (one list: db/seed/accounts.ts). */
export const DEMO = DEMO_NIP;

/** What a query's parameters may be: a value, or an array of them (a function here is a slip, e.g. `today`). */
export type Param = string | number | boolean | null | undefined | Date | readonly (string | number)[];

/** Direct access to the e2e database, for test setup and for reading what the UI should show. */
export async function query<T extends pg.QueryResultRow>(
  text: string,
  values: readonly Param[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, [...values])).rows;
  } finally {
    await client.end();
  }
}

export async function employee(nip: string) {
  const [row] = await query<{ id: number; name: string }>('SELECT id, name FROM employees WHERE nip = $1', [
    nip,
  ]);
  if (!row) throw new Error(`no employee ${nip}`);
  return row;
}

/** An ordinary employee (not a demo account) for tests that end sessions, so parallel tests are unaffected. */
export async function spareEmployee(offset: number) {
  const [row] = await query<{ id: number; nip: string; name: string }>(
    `SELECT e.id, e.nip, e.name FROM employees e JOIN users u ON u.employee_id = e.id
     WHERE e.active AND u.disabled_at IS NULL AND u.roles = '{}' AND e.nip <> ALL($1)
       -- Seeded people only (the seed is one transaction, so they share one created_at): the administration
       -- and import specs add people, and one of them given a password would shift every offset after it.
       AND e.created_at = (SELECT min(created_at) FROM employees)
       AND u.password_hash NOT LIKE '!%'
     ORDER BY e.id DESC OFFSET $2 LIMIT 1`,
    [Object.values(DEMO), offset],
  );
  if (!row) throw new Error('no spare employee');
  return row;
}

export const submitButton = (page: Page, name: RegExp) => page.getByRole('button', { name });

export async function login(page: Page, nip: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/NIP/).fill(nip);
  await page.getByLabel(/^(Kata sandi|Password)$/).fill(password);
  await submitButton(page, /^(Masuk|Log in)$/).click();
}

export async function loginAndWait(page: Page, nip: string) {
  await login(page, nip);
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

/** Opens the header's account menu (change password, language, logout) unless it is open already. */
export async function openAccountMenu(page: Page) {
  const menu = page.getByTestId('account-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
}

export async function logout(page: Page) {
  await openAccountMenu(page);
  await submitButton(page, /^(Keluar|Log out)$/).click();
}

/**
 * Today in the agency's time zone, by the app's own function: asked at the moment of use, so a run that
 * crosses midnight in Jakarta (17:00 UTC) dates its reports as the app does.
 */
export const today = () => appToday();
/** The year of today() in the agency's time zone. */
export const thisYear = () => Number(today().slice(0, 4));

export const BACKDATE_DAYS = 3; // the default REPORT_BACKDATE_DAYS
export const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
export const isWeekend = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());

export async function holidaysInWindow(): Promise<Set<string>> {
  const rows = await query<{ date: string }>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM holidays WHERE date BETWEEN $1 AND $2`,
    [addDays(today(), -BACKDATE_DAYS), today()],
  );
  return new Set(rows.map((r) => r.date));
}

/** The latest working day a report may carry: today may be a weekend, which the form asks about. */
export async function workingDay(): Promise<string> {
  const off = await holidaysInWindow();
  for (let i = 0; i <= BACKDATE_DAYS; i++) {
    const d = addDays(today(), -i);
    if (!isWeekend(d) && !off.has(d)) return d;
  }
  throw new Error('no working day in the reporting window');
}
