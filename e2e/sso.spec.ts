import { expect, type Page, test } from '@playwright/test';
import { logout, query, spareEmployee } from './fixtures';

/**
 * Single sign-on through a real OpenID Provider (e2e/oidc-provider.ts, started by playwright.config.ts):
 * the login page's "Masuk dengan SSO" link, the provider's own sign-in and consent pages, and back to the
 * account whose NIP the provider's `nip` claim names. Its sign-in page takes the NIP as the login.
 */

async function signInThroughProvider(page: Page, login: string, callbackUrl = '') {
  await page.goto(`/login${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`);
  await page.getByRole('link', { name: /^(Masuk dengan SSO|Sign in with SSO)$/ }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`sign-in through the OpenID provider, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('lands on the account of the NIP claim, and logging out ends the local session', async ({
      page,
    }) => {
      // Not a demo account: logging out ends every session of the person, and other specs sign in as those.
      const person = await spareEmployee(javaScriptEnabled ? 21 : 22);
      await signInThroughProvider(page, person.nip, '/profile');
      await expect(page).toHaveURL(/\/profile$/);
      await expect(page.getByTestId('signed-in-as')).toContainText(person.name);
      await logout(page);
      await expect(page).toHaveURL(/\/login\?loggedOut=1/);
      await page.goto('/profile');
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
    });

    test('refuses an unknown NIP with a message saying so', async ({ page }) => {
      await signInThroughProvider(page, '199901012024011999');
      await expect(page).toHaveURL(/\/login\?sso=unknown/);
      await expect(page.getByTestId('sso-error')).toContainText('NIP tidak dikenal');
      await page.goto('/');
      await expect(page).toHaveURL(/\/login/);
    });
  });
}

test('refuses a disabled user with a message saying so', async ({ page }) => {
  // The highest offset here, so that disabling it moves no other spec's spare employee.
  const spare = await spareEmployee(23);
  await query('UPDATE users SET disabled_at = now() WHERE employee_id = $1', [spare.id]);
  try {
    await signInThroughProvider(page, spare.nip);
    await expect(page).toHaveURL(/\/login\?sso=disabled/);
    await expect(page.getByTestId('sso-error')).toContainText('dinonaktifkan');
  } finally {
    await query('UPDATE users SET disabled_at = NULL WHERE employee_id = $1', [spare.id]);
  }
});
