import { expect, test } from '@playwright/test';
import { DEMO, loginAndWait } from './fixtures';

const nav = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation', { name: 'Navigasi utama' });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the administration area, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 1366, height: 768 } });

    test('the admin reaches every section from Administrasi in the navigation', async ({ page }) => {
      await loginAndWait(page, DEMO.admin);
      await nav(page).getByRole('link', { name: 'Administrasi' }).click();
      await expect(page).toHaveURL(/\/admin$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administrasi');
      const sections = page.getByTestId('admin-sections').getByRole('link');
      expect(await sections.count()).toBeGreaterThan(0);
      await sections.filter({ hasText: 'Kalender Hari Libur' }).click();
      await expect(page).toHaveURL(/\/holidays$/);
    });

    test('anyone else finds no administration: no link, and the page is not found', async ({ page }) => {
      await loginAndWait(page, DEMO.kabid);
      await expect(nav(page).getByRole('link', { name: 'Administrasi' })).toHaveCount(0);
      const res = await page.goto('/admin');
      expect(res?.status()).toBe(404);
    });
  });
}
