import { expect, type Page } from '@playwright/test';
import pg from 'pg';
import { DEMO_NIP } from '../db/seed/accounts';

export const PASSWORD = 'pariaman2026';

/** The demo accounts' NIPs (one list: db/seed/accounts.ts). */
export const DEMO = DEMO_NIP;

/** Direct access to the e2e database, for test setup and for reading what the UI should show. */
export async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
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
