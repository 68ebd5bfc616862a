import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DEMO, loginAndWait, query } from './fixtures';

/** SKP results for SIASN: reached from the administration area and from the overview, downloaded as files. */

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path()) as string) };
}

const lastQuarter = async () =>
  (
    await query<{ id: number }>(
      "SELECT id FROM periods WHERE kind = 'quarterly' AND seq = 3 AND year = EXTRACT(year FROM now())",
    )
  )[0]!.id;

test('the admin downloads last quarter’s results in SIASN’s fields as CSV and XLSX', async ({ page }) => {
  await loginAndWait(page, DEMO.admin);
  await page.goto('/admin');
  await page.getByRole('link', { name: /Ekspor ke SIASN/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ekspor Hasil SKP ke SIASN');
  const q3 = await lastQuarter();
  const csv = await download(page, `siasn-csv-${q3}`);
  expect(csv.name).toMatch(/^siasn-skp-\d{4}-quarterly-3\.csv$/);
  const lines = csv.body
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^nipBaru,nama,tahun,periodeMulai,periodeSelesai,hasilKinerjaNilai,/);
  const [given] = await query<{ n: number }>(
    "SELECT count(*)::int AS n FROM appraisals WHERE period_id = $1 AND status IN ('delivered', 'accepted', 'final')",
    [q3],
  );
  expect(lines).toHaveLength(given!.n + 1);
  const xlsx = await download(page, `siasn-xlsx-${q3}`);
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
});

test('an OPD head reaches the export from the overview, in English, with only their OPD', async ({
  page,
}) => {
  await page.context().addCookies([{ name: 'locale', value: 'en', url: 'http://localhost' }]);
  await loginAndWait(page, DEMO.kadisdik);
  await page.goto('/overview');
  await page.getByTestId('siasn-export-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export SKP results to SIASN');
  const q3 = await lastQuarter();
  const csv = await download(page, `siasn-csv-${q3}`);
  const rows = csv.body
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1);
  const [own] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM appraisals a JOIN employees e ON e.id = a.employee_id
       JOIN units u ON u.id = e.unit_id
      WHERE a.period_id = $1 AND a.status IN ('delivered', 'accepted', 'final')
        AND u.path LIKE (SELECT s.path FROM users x JOIN units s ON s.id = x.scope_unit_id
                          JOIN employees k ON k.id = x.employee_id WHERE k.nip = $2) || '%'`,
    [q3, DEMO.kadisdik],
  );
  expect(rows).toHaveLength(own!.n);
  expect(rows.length).toBeGreaterThan(0);
});

test('a supervisor without leadership gets a 404 for the page and the file', async ({ page }) => {
  await loginAndWait(page, DEMO.kabid);
  expect((await page.goto('/overview/siasn'))?.status()).toBe(404);
  const res = await page.request.get(`/overview/siasn/export?format=csv&period=${await lastQuarter()}`);
  expect(res.status()).toBe(404);
});
