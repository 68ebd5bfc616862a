import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO, employee, loginAndWait } from './fixtures';

/** The relation cells of "My tasks" rows rating this person (one per round they are rated in). */
async function relationsFor(page: Page, rateeName: string) {
  const rows = page.locator('tr[data-testid^="task-"]').filter({ hasText: rateeName });
  await expect(rows.first()).toBeVisible();
  return rows.getByTestId('task-relation').allTextContents();
}

async function as(browser: Browser, nip: string, locale: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await loginAndWait(page, nip);
  await page.goto('/feedback');
  return page;
}

test('"My tasks" says whom the rater rates, from the rater’s side (Indonesian)', async ({ browser }) => {
  const [kabid, staffA, staffB] = await Promise.all([
    employee(DEMO.kabid),
    employee(DEMO.staffA),
    employee(DEMO.staffB),
  ]);
  const staff = await as(browser, DEMO.staffA, 'id-ID');
  await expect(staff.getByRole('columnheader', { name: 'Anda menilai' })).toBeVisible();
  // Beside their own Kepala Bidang the staff member reads "atasan Anda", never "Bawahan".
  for (const text of await relationsFor(staff, kabid.name)) expect(text).toBe('atasan Anda');
  for (const text of await relationsFor(staff, staffB.name)) expect(text).toBe('rekan');
  for (const text of await relationsFor(staff, staffA.name)) expect(text).toBe('diri sendiri');
  await staff
    .locator('tr[data-testid^="task-"]')
    .filter({ hasText: kabid.name })
    .getByRole('link')
    .first()
    .click();
  await expect(staff.getByText('Anda menilai: atasan Anda')).toBeVisible();
  await staff.context().close();
});

test('the Kepala Bidang reads "bawahan" beside his own staff', async ({ browser }) => {
  const staffA = await employee(DEMO.staffA);
  const boss = await as(browser, DEMO.kabid, 'id-ID');
  for (const text of await relationsFor(boss, staffA.name)) expect(text).toBe('bawahan');
  await boss.context().close();
});

test('"My tasks" in English: "You rate: your supervisor"', async ({ browser }) => {
  const [kabid, staffA] = await Promise.all([employee(DEMO.kabid), employee(DEMO.staffA)]);
  const staff = await as(browser, DEMO.staffA, 'en-US');
  await expect(staff.getByRole('columnheader', { name: 'You rate' })).toBeVisible();
  for (const text of await relationsFor(staff, kabid.name)) expect(text).toBe('your supervisor');
  for (const text of await relationsFor(staff, staffA.name)) expect(text).toBe('yourself');
  await staff.context().close();
  const boss = await as(browser, DEMO.kabid, 'en-US');
  for (const text of await relationsFor(boss, staffA.name)) expect(text).toBe('your subordinate');
  await boss.context().close();
});
