import { expect, test } from '@playwright/test';
import { DEMO, loginAndWait, query } from './fixtures';

/** The seeded lenient rater: everyone in this year's first two quarters rated Di Atas Ekspektasi. */
async function lenientRater() {
  const [row] = await query<{ id: number; name: string; n: number; suggested_top: number; team: number }>(
    `SELECT a.evaluator_id AS id, e.name, count(*)::int AS n,
            count(*) FILTER (WHERE a.suggested_hasil = 'di_atas')::int AS suggested_top,
            count(DISTINCT a.employee_id)::int AS team
     FROM appraisals a JOIN periods p ON p.id = a.period_id JOIN employees e ON e.id = a.evaluator_id
     WHERE p.kind = 'quarterly' AND p.seq IN (1, 2) AND a.status <> 'draft'
       AND p.year = (SELECT max(year) FROM periods)
     GROUP BY a.evaluator_id, e.name
     HAVING bool_and(a.rating_hasil = 'di_atas') AND count(*) >= 6
     ORDER BY count(*) DESC LIMIT 1`,
  );
  if (!row) throw new Error('no seeded lenient rater');
  return row;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`rater insights, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the Sekda sees the lenient rater flagged with a readable reason and drills into the team', async ({
      page,
    }) => {
      const rater = await lenientRater();
      await loginAndWait(page, DEMO.sekda);
      await page.goto('/overview');
      await expect(page.getByTestId('overview-raters')).toContainText('penilai bertanda');
      await page.getByRole('link', { name: 'Buka wawasan penilai' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wawasan Penilai');

      const card = page.getByTestId(`rater-${rater.id}`);
      await expect(card).toHaveAttribute('data-flagged', 'true');
      const reason = card.getByTestId('signal-lenient');
      await expect(reason).toContainText('Menilai di atas bukti');
      await expect(reason).toContainText(
        `Di Atas Ekspektasi untuk ${rater.n} dari ${rater.n}, padahal bukti menyarankannya untuk ${rater.suggested_top}`,
      );

      await card.getByRole('link', { name: rater.name }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(rater.name);
      await expect(page.getByTestId('signal-lenient')).toHaveAttribute('data-flagged', 'true');
      await expect(page.getByTestId('rater-team').locator('tbody tr')).toHaveCount(rater.team);
      await expect(page.getByTestId('rater-team')).toContainText('Di Atas Ekspektasi (Sesuai Ekspektasi)');

      // Another year or period is chosen with a plain form.
      await page
        .locator('select[name="span"]')
        .selectOption({ label: `Triwulan II ${new Date().getFullYear()}` });
      await page.getByRole('button', { name: 'Tampilkan' }).click();
      await expect(page).toHaveURL(/span=p\d+/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(rater.name);
      // Nobody had asked for this quarter: the jobs process computes it while the page waits a little, or
      // the page says so and a reload shows it.
      await expect(async () => {
        if (await page.getByTestId('raters-pending').isVisible()) await page.reload();
        await expect(page.getByTestId('raters-analysed-at')).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 30_000 });
    });
  });
}

test('staff and a ratee get 404 for rater insights', async ({ page }) => {
  const rater = await lenientRater();
  await loginAndWait(page, DEMO.staffA);
  expect((await page.goto('/raters'))?.status()).toBe(404);
  expect((await page.goto(`/raters/${rater.id}`))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
});
