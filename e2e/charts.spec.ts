import { expect, test } from '@playwright/test';
import { DEMO, loginAndWait } from './fixtures';

/** The charts of the Sekda's overview read in full: labels inside the image, legends whole, same order as the table. */
for (const viewport of [
  { width: 1366, height: 768 },
  { width: 360, height: 740 },
]) {
  test.describe(`overview charts at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('unit names are neither clipped nor cut off; the full name is in the title', async ({ page }) => {
      await loginAndWait(page, DEMO.sekda);
      await page.goto('/overview');
      await page.getByTestId('compliance-link').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kepatuhan laporan per unit kerja');
      for (const id of ['chart-unit-compliance', 'chart-heat']) {
        const chart = page.getByTestId(id);
        // Every label's text starts inside the drawing, none runs off its left edge.
        const lefts = await chart
          .locator('svg g text[text-anchor="end"]')
          .evaluateAll((ts) => ts.map((t) => (t as SVGTextElement).getBBox().x));
        expect(lefts.length).toBeGreaterThan(5);
        for (const x of lefts) expect(x).toBeGreaterThanOrEqual(0);
        // The table beside the chart and each row's <title> carry the whole name.
        const names = await chart.locator('details tbody th').allTextContents();
        const titles = await chart
          .locator('svg > g > title')
          .allTextContents()
          .then((ts) => ts.map((t) => t.replace(/: [^:]*$/, '')));
        expect(titles.slice(0, names.length)).toEqual(names);
      }
    });

    test('legends are whole and inside their chart', async ({ page }) => {
      await loginAndWait(page, DEMO.sekda);
      await page.goto('/overview');
      await expect(page.getByTestId('chart-skp-status').getByTestId('legend')).toContainText(
        /Belum membuat SKP \(\d+\)/,
      );
      for (const path of ['/overview', '/overview/compliance']) {
        await page.goto(path);
        for (const chart of await page.locator('figure[data-testid^="chart-"]').all()) {
          const box = await chart.boundingBox();
          for (const item of await chart.locator('[data-testid="legend"] li').all()) {
            const b = await item.boundingBox();
            expect(b && box && b.x >= box.x && b.x + b.width <= box.x + box.width).toBe(true);
          }
        }
      }
    });

    test('the heat map lists units in the order of the table', async ({ page }) => {
      await loginAndWait(page, DEMO.sekda);
      await page.goto('/overview?sort=compliance&dir=desc');
      const table = await page
        .getByTestId('units-table')
        .locator('tbody tr td:first-child')
        .allTextContents();
      await page.getByTestId('compliance-link').click();
      await expect(page).toHaveURL(/\/overview\/compliance\?.*sort=compliance/);
      const heat = await page.getByTestId('chart-heat').locator('details tbody th').allTextContents();
      expect(heat.length).toBeGreaterThan(5);
      expect(heat).toEqual(table.filter((name) => heat.includes(name)));
    });

    test('the organisational-predikat choices are wide enough to read', async ({ page }) => {
      await loginAndWait(page, DEMO.sekda);
      await page.goto('/overview');
      await page.getByTestId('org-predikat-link').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Predikat Kinerja Organisasi/);
      const selects = page.getByTestId('org-predikat-list').locator('select[name="predikat"]');
      expect(await selects.count()).toBeGreaterThan(0);
      const squeezed = await selects.evaluateAll(
        (els) =>
          els.filter((el) => {
            const select = el as HTMLSelectElement;
            const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
            ctx.font = getComputedStyle(select).font;
            const widest = Math.max(...[...select.options].map((o) => ctx.measureText(o.text).width));
            // Text plus the control's padding and its arrow.
            return widest + 40 > select.clientWidth;
          }).length,
      );
      expect(squeezed).toBe(0);
    });
  });
}
