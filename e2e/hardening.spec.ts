import { expect, test } from '@playwright/test';
import { DEMO, PASSWORD, query, submitButton } from './fixtures';

/** Issue 15: what a black-box test found, each checked through the running app. */

test.describe('after login, only our own site', () => {
  const hostile = [
    '/\t/evil.example/',
    '/\n/evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'https://evil.example/',
  ];
  for (const javaScriptEnabled of [true, false]) {
    test(`a hostile callbackUrl lands on the home page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      for (const callbackUrl of hostile) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        const errors: number[] = [];
        page.on('response', (r) => {
          if (r.status() >= 500) errors.push(r.status());
        });
        await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
        await page.getByLabel(/NIP/).fill(DEMO.pppk);
        await page.getByLabel(/^(Kata sandi|Password)$/).fill(PASSWORD);
        await submitButton(page, /^Masuk$/).click();
        await expect(page.getByTestId('signed-in-as')).toBeVisible();
        const url = new URL(page.url());
        expect(`${url.origin}${url.pathname}`, JSON.stringify(callbackUrl)).toBe(
          new URL('/', url.origin).href,
        );
        expect(errors, JSON.stringify(callbackUrl)).toEqual([]);
        await context.close();
      }
    });
  }

  test('a callbackUrl on this site is still followed', async ({ page }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent('/skp?x=1')}`);
    await page.getByLabel(/NIP/).fill(DEMO.pppk);
    await page.getByLabel(/^(Kata sandi|Password)$/).fill(PASSWORD);
    await submitButton(page, /^Masuk$/).click();
    await expect(page).toHaveURL(/\/skp\?x=1$/);
  });
});

test('the login limit counts the connecting address, not a client-sent X-Forwarded-For', async ({ page }) => {
  const nip = `19990101202001${String(Date.now()).slice(-4)}`;
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.77' });
  await page.goto('/login');
  await page.getByLabel(/NIP/).fill(nip);
  await page.getByLabel(/^(Kata sandi|Password)$/).fill('salah-sekali');
  await submitButton(page, /^Masuk$/).click();
  await expect(page.getByText(/NIP atau kata sandi salah/)).toBeVisible();
  const attempts = await query<{ ip: string }>('SELECT ip FROM login_attempts WHERE nip = $1', [nip]);
  expect(attempts.map((a) => a.ip)).toEqual([expect.stringMatching(/^(127\.0\.0\.1|::1)$/)]);
});
