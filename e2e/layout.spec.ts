import { expect, type Page, test } from '@playwright/test';
import { DEMO, employee, loginAndWait, openAccountMenu, spareEmployee } from './fixtures';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };
const SUPERVISOR_PAGES = [
  '/team',
  '/team/queue',
  '/team/matrix',
  '/overview',
  '/goals',
  '/holidays',
  '/admin',
];

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' });

async function headerHeight(page: Page) {
  return (await page.locator('header').first().boundingBox())?.height ?? Number.POSITIVE_INFINITY;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    test('the navigation is one menu button that opens the links and leaves most of the screen to the page', async ({
      page,
    }) => {
      await loginAndWait(page, DEMO.sekda);
      await expect(nav(page).getByRole('link', { name: 'Ringkasan Instansi' })).toBeHidden();
      expect(await headerHeight(page)).toBeLessThan(PHONE.height / 3);

      await nav(page).locator('summary').click();
      await expect(nav(page).getByRole('link')).toHaveCount(12);
      await nav(page).getByRole('link', { name: 'Tim Saya' }).click();
      await expect(page).toHaveURL(/\/team$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('SKP Tim');
      // The new page starts with the menu closed again.
      await expect(nav(page).getByRole('link', { name: 'Ringkasan Instansi' })).toBeHidden();
      await expect(nav(page).locator('summary')).toContainText('Tim Saya');
    });

    test('the account menu holds the language and logout; a new language comes back to the same page', async ({
      page,
    }) => {
      // The language choice is stored with the account: a spare one, so no other test sees English.
      const spare = await spareEmployee(javaScriptEnabled ? 6 : 7);
      await loginAndWait(page, spare.nip);
      await expect(page.getByRole('button', { name: 'Keluar' })).toBeHidden();
      await nav(page).locator('summary').click();
      await nav(page).getByRole('link', { name: 'Laporan Harian' }).click();
      await expect(page).toHaveURL(/\/reports$/);
      await openAccountMenu(page);
      await page.getByLabel('Bahasa').selectOption('en');
      await page.getByRole('button', { name: 'Terapkan' }).click();
      await expect(page.getByTestId('signed-in-as')).toContainText('Signed in as');
      await expect(page).toHaveURL(/\/reports$/);
      await openAccountMenu(page);
      await page.getByLabel('Language').selectOption('id');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page.getByTestId('signed-in-as')).toContainText('Masuk sebagai');
    });
  });
}

test.describe('on a 1366-px screen', () => {
  test.use({ viewport: DESKTOP });

  test('the links show without opening a menu; the password page sits in the account menu; the name opens the profile', async ({
    page,
  }) => {
    const me = await employee(DEMO.sekda);
    await loginAndWait(page, DEMO.sekda);
    await expect(nav(page).getByRole('link', { name: 'Ringkasan Instansi' })).toBeVisible();
    await expect(nav(page).locator('summary')).toBeHidden();
    await expect(nav(page).getByRole('link', { name: 'Ubah Kata Sandi' })).toHaveCount(0);
    await expect(page.getByTestId('signed-in-as').getByRole('link', { name: me.name })).toHaveAttribute(
      'href',
      '/profile',
    );

    await openAccountMenu(page);
    const menu = page.getByTestId('account-menu');
    await expect(menu.getByLabel('Bahasa')).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Keluar' })).toBeVisible();
    await menu.getByRole('link', { name: 'Ubah Kata Sandi' }).click();
    await expect(page.getByRole('heading', { name: 'Ubah Kata Sandi' })).toBeVisible();
    await expect(menu).not.toHaveAttribute('open');
  });

  test('staff without subordinates see no supervisor or leadership page in the navigation', async ({
    page,
  }) => {
    await loginAndWait(page, DEMO.staffA);
    const hrefs = await nav(page)
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(['/', '/skp', '/reports', '/feedback', '/appraisals', '/notifications']);
    for (const p of SUPERVISOR_PAGES) expect(hrefs).not.toContain(p);
  });

  test('abbreviations carry their full form where people first meet them', async ({ page }) => {
    await loginAndWait(page, DEMO.kabid);
    await expect(nav(page).locator('abbr[title="Sasaran Kinerja Pegawai"]')).toHaveText('SKP');
    await page.goto('/team');
    await expect(page.locator('main abbr[title="Pelaksana Tugas"]').first()).toHaveText('Plt');
    await expect(page.locator('main abbr[title="Rencana Hasil Kerja"]').first()).toHaveText('RHK');
    const me = await employee(DEMO.kabid);
    await page.goto(`/employees/${me.id}`);
    await expect(page.locator('main abbr[title="Terhitung Mulai Tanggal"]').first()).toHaveText('TMT');
  });
});

test.describe('dashboards fit the screen', () => {
  for (const locale of ['id-ID', 'en-US']) {
    test(`at 1366 px the team dashboard shows every column, alerts included, without scrolling (${locale})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: DESKTOP, locale });
      const page = await context.newPage();
      await loginAndWait(page, DEMO.kabid);
      if (locale === 'en-US') await context.addCookies([{ name: 'locale', value: 'en', url: page.url() }]);
      await page.goto('/team');
      const table = page.getByTestId('team-table');
      const box = table.locator('xpath=..');
      const [scrollWidth, clientWidth] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const alerts = await table.locator('thead th').last().boundingBox();
      expect(alerts && alerts.x + alerts.width).toBeLessThanOrEqual(DESKTOP.width);
      await context.close();
    });
  }

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE });

    test('the validation queue keeps the approve button of each report on the screen', async ({ page }) => {
      await loginAndWait(page, DEMO.kabid);
      await page.goto('/team/queue');
      const row = page.getByTestId('queue-row').first();
      for (const control of [row.getByRole('checkbox'), row.getByRole('button', { name: 'Setujui' })]) {
        await control.scrollIntoViewIfNeeded();
        const b = await control.boundingBox();
        expect(b && b.x >= 0 && b.x + b.width <= PHONE.width).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    });
  });
});
