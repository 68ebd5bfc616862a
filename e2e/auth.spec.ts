import { expect, test } from '@playwright/test';
import {
  DEMO,
  employee,
  login,
  loginAndWait,
  logout,
  openAccountMenu,
  PASSWORD,
  query,
  spareEmployee,
  submitButton,
} from './fixtures';

test.describe('login and logout', () => {
  test('an anonymous visitor is sent to the login page, keeping where they wanted to go', async ({
    page,
  }) => {
    await page.goto('/employees/1');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Femployees%2F1/);
    await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  });

  test('a wrong password gives one message that does not say whether the NIP exists (Indonesian)', async ({
    page,
  }) => {
    await login(page, DEMO.staffB, 'salah-sekali');
    const message = page.getByText(/NIP atau kata sandi salah/);
    await expect(message).toBeVisible();
    await expect(page.getByLabel(/NIP/)).toHaveValue(DEMO.staffB);
    await login(page, '199901012020011999', 'salah-sekali');
    await expect(page.getByText(/NIP atau kata sandi salah/)).toBeVisible();
  });

  test('a malformed NIP gets a message beside the field before anything is sent', async ({ page }) => {
    await login(page, '12345', 'x');
    await expect(page.locator('#field-nip-error')).toHaveText('NIP / NI PPPK harus 18 digit angka.');
  });

  test('log in and out in Indonesian; an old cookie is worthless after logout', async ({ page, context }) => {
    const spare = await spareEmployee(0);
    await loginAndWait(page, spare.nip);
    await page.goto('/profile');
    await expect(page.getByTestId('profile-name')).toHaveText(spare.name);
    const [oldCookie] = (await context.cookies()).filter((c) => c.name.includes('session-token'));
    await logout(page);
    await expect(page.getByText('Anda telah keluar.')).toBeVisible();
    await context.addCookies([oldCookie!]);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  test('log in and out in English (browser language)', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'en-US',
      extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
    await login(page, DEMO.staffB, 'not-the-password');
    await expect(page.getByText(/Wrong NIP or password/)).toBeVisible();
    const spare = await spareEmployee(1);
    await loginAndWait(page, spare.nip);
    await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
    await logout(page);
    await expect(page.getByText('You have logged out.')).toBeVisible();
    await context.close();
  });

  test('with JavaScript disabled, login works and a failure keeps the NIP', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await login(page, DEMO.pppk, 'wrong-password');
    await expect(page.getByText(/NIP atau kata sandi salah/)).toBeVisible();
    await expect(page.getByLabel(/NIP/)).toHaveValue(DEMO.pppk);
    await login(page, DEMO.pppk);
    await expect(page.getByTestId('signed-in-as')).toContainText('Masuk sebagai');
    await page.goto('/profile');
    await expect(page.getByTestId('profile-nip')).toHaveText('19910525 2023 21 1 031');
    await context.close();
  });

  test('a throttled sign-in without JavaScript is answered by a redirect, and the page shows the same message', async ({
    browser,
  }) => {
    // A NIP nobody has, locked by five failures: its refusal needs no password check and no page render.
    const nip = `19990101${String(Date.now()).slice(-10)}`;
    await query(
      `INSERT INTO login_attempts (nip, ip, outcome) SELECT $1, '192.0.2.44', 'fail' FROM generate_series(1, 5)`,
      [nip],
    );
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/login?callbackUrl=%2Freports');
    await page.getByLabel(/NIP/).fill(nip);
    await page.getByLabel(/^Kata sandi$/).fill('apa-saja-123');
    const answer = page.waitForResponse((r) => r.request().method() === 'POST');
    await submitButton(page, /^Masuk$/).click();
    expect((await answer).status()).toBe(303);
    await expect(page).toHaveURL(/\/login\?refused=1&callbackUrl=%2Freports$/);
    await expect(page.getByRole('alert')).toHaveText(/NIP atau kata sandi salah/);
    await expect(page.locator('input[name="callbackUrl"]')).toHaveValue('/reports');
    await context.close();

    // With JavaScript the form answers in place, as for any other refusal.
    const withJs = await browser.newPage();
    await login(withJs, nip, 'apa-saja-123');
    await expect(withJs.getByText(/NIP atau kata sandi salah/)).toBeVisible();
    await expect(withJs).toHaveURL(/\/login$/);
    await withJs.close();
  });

  test('a disabled user is sent to the login page at the next request', async ({ page }) => {
    const spare = await spareEmployee(2);
    await loginAndWait(page, spare.nip);
    await query('UPDATE users SET disabled_at = now() WHERE employee_id = $1', [spare.id]);
    try {
      await page.goto('/');
      await expect(page).toHaveURL(/\/login/);
      await login(page, spare.nip);
      await expect(page.getByText(/NIP atau kata sandi salah/)).toBeVisible();
    } finally {
      await query('UPDATE users SET disabled_at = NULL WHERE employee_id = $1', [spare.id]);
    }
  });
});

test.describe('change password', () => {
  test('errors appear beside the fields; the new password works and the old one no longer does', async ({
    page,
  }) => {
    const spare = await spareEmployee(4);
    await loginAndWait(page, spare.nip);
    await openAccountMenu(page);
    await page.getByRole('link', { name: 'Ubah Kata Sandi' }).click();
    await page.getByLabel('Kata sandi saat ini').fill(PASSWORD);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('pendek');
    await page.getByLabel('Ulangi kata sandi baru').fill('lain');
    await submitButton(page, /^Simpan kata sandi$/).click();
    await expect(page.locator('#field-newPassword-error')).toHaveText('Kata sandi minimal 8 karakter.');
    await expect(page.locator('#field-confirmPassword-error')).toHaveText(
      'Konfirmasi tidak sama dengan kata sandi baru.',
    );

    const fresh = 'Pantai Gandoriah di sore hari';
    await page.getByLabel('Kata sandi saat ini').fill(PASSWORD);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(fresh);
    await page.getByLabel('Ulangi kata sandi baru').fill(fresh);
    await submitButton(page, /^Simpan kata sandi$/).click();
    await expect(page.getByText(/Kata sandi berhasil diubah/)).toBeVisible();
    await page.goto('/profile');
    await expect(page.getByTestId('profile-name')).toHaveText(spare.name);

    await logout(page);
    await expect(page.getByText('Anda telah keluar.')).toBeVisible();
    await login(page, spare.nip, PASSWORD);
    await expect(page.getByText(/NIP atau kata sandi salah/)).toBeVisible();
    await login(page, spare.nip, fresh);
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await page.goto('/profile');
    await expect(page.getByTestId('profile-name')).toHaveText(spare.name);
  });
});

test.describe('language', () => {
  test('the switcher changes the language, and a signed-in choice follows the user to a new browser', async ({
    page,
    browser,
  }) => {
    await page.goto('/login');
    await page.getByLabel('Bahasa').selectOption('en');
    await submitButton(page, /^Terapkan$/).click();
    await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
    await page.getByLabel('Language').selectOption('id');
    await submitButton(page, /^Apply$/).click();
    await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();

    const spare = await spareEmployee(3);
    await loginAndWait(page, spare.nip);
    await openAccountMenu(page);
    await page.getByLabel('Bahasa').selectOption('en');
    await submitButton(page, /^Terapkan$/).click();
    await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();

    const fresh = await browser.newContext({ locale: 'id-ID' });
    const other = await fresh.newPage();
    await loginAndWait(other, spare.nip);
    await expect(other.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
    await fresh.close();
  });
});

test.describe('headers and bypass attempts', () => {
  test('signed-in pages are private and protected by CSP; bypass headers do not skip the login', async ({
    page,
    request,
  }) => {
    const staff = await employee(DEMO.staffA);
    const bypasses: Record<string, string>[] = [
      { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
      { RSC: '1' },
      { 'Next-Router-Prefetch': '1' },
    ];
    for (const headers of bypasses) {
      const res = await request.get(`/employees/${staff.id}`, { headers, maxRedirects: 0 });
      expect(res.status(), JSON.stringify(headers)).toBe(307);
      expect(res.headers().location).toContain('/login');
    }
    await loginAndWait(page, DEMO.staffA);
    const res = await page.goto('/');
    const h = res!.headers();
    expect(h['cache-control']).toMatch(/no-store/);
    expect(h['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(h['x-content-type-options']).toBe('nosniff');
  });
});
