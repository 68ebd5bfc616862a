import { expect, test } from '@playwright/test';
import { DEMO, loginAndWait, query } from './fixtures';

/** A report quantity with decimals reads "2,5" in Indonesian and "2.5" in English, in the list and the queue. */
test('a decimal quantity is written the way each language writes it', async ({ browser }) => {
  // An ordinary employee far from the ones other tests borrow, with a report to change for a moment.
  const [r] = await query<{ id: number; nip: string; month: string; quantity: string }>(
    `SELECT d.id, e.nip, to_char(d.report_date, 'YYYY-MM') AS month, d.quantity::text AS quantity
     FROM daily_reports d JOIN employees e ON e.id = d.employee_id JOIN users u ON u.employee_id = e.id
     WHERE u.roles = '{}' AND u.disabled_at IS NULL AND e.active AND e.nip <> ALL($1)
     ORDER BY e.id, d.id DESC LIMIT 1`,
    [Object.values(DEMO)],
  );
  if (!r) throw new Error('no report to use');
  await query('UPDATE daily_reports SET quantity = 2.5 WHERE id = $1', [r.id]);
  try {
    for (const [locale, want] of [
      ['id-ID', /^2,5 /],
      ['en-US', /^2\.5 /],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await loginAndWait(page, r.nip);
      if (locale === 'en-US') await context.addCookies([{ name: 'locale', value: 'en', url: page.url() }]);
      await page.goto(`/reports?month=${r.month}`);
      const row = page.getByTestId('report-row').filter({ has: page.locator(`a[href="/reports/${r.id}"]`) });
      await expect(row.locator('td').nth(2)).toHaveText(want);
      await context.close();
    }
  } finally {
    await query('UPDATE daily_reports SET quantity = $2 WHERE id = $1', [r.id, r.quantity]);
  }
});
