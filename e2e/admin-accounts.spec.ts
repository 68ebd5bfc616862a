import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO, login, loginAndWait, PASSWORD, query, spareEmployee, submitButton } from './fixtures';

// Spare employees from offset 30 on are this file's (lower offsets belong to auth and layout specs).
const SPARE = { reset: { js: 30, noJs: 31 }, unlock: { js: 32, noJs: 33 } };

async function adminPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await loginAndWait(page, DEMO.admin);
  return page;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const javaScriptEnabled of [true, false]) {
  test.describe(`account administration with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the admin unlocks a NIP locked by failed sign-ins, and its owner can sign in again', async ({
      page,
      browser,
    }) => {
      const spare = await spareEmployee(javaScriptEnabled ? SPARE.unlock.js : SPARE.unlock.noJs);
      for (let i = 0; i < 5; i++) {
        await login(page, spare.nip, `salah-${i}-sekali`);
        await expect(page.getByText(/NIP atau kata sandi salah/)).toBeVisible();
      }
      await login(page, spare.nip);
      await expect(page.getByText(/NIP atau kata sandi salah/)).toBeVisible();

      const admin = await adminPage(browser, javaScriptEnabled);
      await admin.goto('/admin');
      await admin.getByRole('link', { name: /Pengguna/ }).click();
      await admin.getByLabel('NIP atau nama').fill(spare.nip);
      await submitButton(admin, /^Cari$/).click();
      await expect(admin.getByTestId('users')).toContainText('Terkunci');
      await admin.getByRole('link', { name: spare.name }).click();
      await submitButton(admin, /^Buka kunci$/).click();
      await expect(admin.getByText('Kunci NIP dibuka; pengguna dapat masuk kembali.')).toBeVisible();
      await admin.context().close();

      await loginAndWait(page, spare.nip);
    });

    test('the admin resets a password; the employee signs in with it, must change it, then sees their supervisor; the audit log shows the reset', async ({
      page,
      browser,
    }) => {
      const spare = await spareEmployee(javaScriptEnabled ? SPARE.reset.js : SPARE.reset.noJs);
      const admin = await adminPage(browser, javaScriptEnabled);
      await admin.goto(`/admin/users?q=${spare.nip}`);
      await admin.getByRole('link', { name: spare.name }).click();
      await submitButton(admin, /^Buat kata sandi sementara$/).click();
      await expect(admin.getByText(/Kata sandi sementara dibuat/)).toBeVisible();
      const temp = (await admin.getByTestId('temp-password').textContent())?.trim() ?? '';
      expect(temp).toMatch(/^[A-Za-z0-9]{14}$/);

      // The old password no longer works; the temporary one leads only to the change-password page.
      await login(page, spare.nip, PASSWORD);
      await expect(page.getByText(/NIP atau kata sandi salah/)).toBeVisible();
      await login(page, spare.nip, temp);
      await expect(page).toHaveURL(/\/account\/password$/);
      await expect(page.getByTestId('must-change')).toBeVisible();
      await page.goto('/reports');
      await expect(page).toHaveURL(/\/account\/password$/);

      const fresh = 'Muaro Pariaman pagi hari';
      await page.getByLabel('Kata sandi saat ini').fill(temp);
      await page.getByLabel('Kata sandi baru', { exact: true }).fill(fresh);
      await page.getByLabel('Ulangi kata sandi baru').fill(fresh);
      await submitButton(page, /^Simpan kata sandi$/).click();
      await expect(page).not.toHaveURL(/\/account\/password/);
      await page.goto('/profile');
      const supervisors = await query<{ name: string }>(
        `SELECT s.name FROM supervisions sv JOIN employees s ON s.id = sv.supervisor_id
          WHERE sv.employee_id = $1 AND (sv.valid_to IS NULL OR sv.valid_to >= CURRENT_DATE)`,
        [spare.id],
      );
      expect(supervisors.length).toBeGreaterThan(0);
      await expect(page.getByTestId('profile-supervisor')).toContainText(
        new RegExp(supervisors.map((s) => literal(s.name)).join('|')),
      );

      // The admin finds the reset in the audit trail by the person and the action.
      const audit = await adminPage(browser, javaScriptEnabled);
      await audit.goto('/admin/audit');
      await audit.getByLabel(/NIP orang/).fill(spare.nip);
      await audit.getByLabel(/Tindakan/).fill('user.password_reset');
      await submitButton(audit, /^Saring$/).click();
      await expect(audit).toHaveURL(/person=\d{18}/);
      const rows = audit.getByTestId('audit-rows').locator('tbody tr');
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText('user.password_reset');
      await expect(rows.first()).toContainText(`user #${spare.id}`);
      await audit.context().close();
      await admin.context().close();
    });
  });
}
