import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DEMO, employee, login, loginAndWait, query } from './fixtures';

/** Every chart is an image named by its title, with the same numbers in a table beside it. */
async function expectChartsReadable(page: Page, least = 3) {
  const charts = page.locator('figure[data-testid^="chart-"]');
  expect(await charts.count()).toBeGreaterThanOrEqual(least);
  for (const chart of await charts.all()) {
    const svg = chart.locator('svg[role="img"]').first();
    const titleId = await svg.getAttribute('aria-labelledby');
    expect(await page.locator(`[id="${titleId}"]`).textContent()).toBeTruthy();
    await expect(chart.locator('details table tbody tr').first()).toBeAttached();
  }
}

async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('units-table').locator('..').locator('..').getByRole('link', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path()) as string) };
}

test('the Sekda reads the agency dashboard, downloads its table and drills down to an employee', async ({
  page,
}) => {
  await loginAndWait(page, DEMO.sekda);
  await page.getByRole('link', { name: 'Ringkasan Instansi' }).click();
  await expect(page.getByTestId('as-of')).toContainText('Data per');
  const opds = await query<{ n: string }>('SELECT count(*) AS n FROM units WHERE parent_id IS NULL');
  await expect(page.getByTestId('units-table').locator('tbody tr')).toHaveCount(Number(opds[0]?.n));
  await expectChartsReadable(page);
  await page.getByText('Lihat sebagai tabel').first().click();
  await expect(page.getByTestId('chart-skp-status').locator('details table')).toBeVisible();

  const csv = await download(page, 'CSV');
  expect(csv.name).toMatch(/\.csv$/);
  const lines = csv.body
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toContain('Unit kerja');
  expect(lines).toHaveLength(Number(opds[0]?.n) + 1);
  const xlsx = await download(page, 'Excel (XLSX)');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');

  // The Sekda sets an OPD's organisational predikat for last quarter and sees its distribution warning.
  const kadisdik = await employee(DEMO.kadisdik);
  const [opd] = await query<{ id: number; name: string }>(
    'SELECT u.id, u.name FROM units u JOIN employees e ON e.unit_id = u.id WHERE e.id = $1',
    [kadisdik.id],
  );
  // Last quarter by its id: specs running beside this one may deliver an appraisal in the running quarter,
  // which would then become the default period of the distribution.
  const [q3] = await query<{ id: number }>(
    "SELECT id FROM periods WHERE kind = 'quarterly' AND seq = 3 AND year = EXTRACT(year FROM now())",
  );
  await page.goto(`/overview?period=${q3?.id}`);
  await expect(page.getByRole('heading', { name: /^Sebaran predikat pegawai — Triwulan III/ })).toBeVisible();
  await expect(page.getByTestId(`distribution-warning-${opd?.id}`)).toHaveCount(0);
  // The overview only shows it; it is set on its own page, for the same period.
  await page.getByTestId('org-predikat-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Predikat Kinerja Organisasi — Triwulan III/,
  );
  const predikatRow = page.getByTestId(`org-predikat-${opd?.id}`);
  await predikatRow.getByLabel(`Predikat Kinerja Organisasi ${opd?.name}`).selectOption('butuh_perbaikan');
  await predikatRow.getByRole('button', { name: `Simpan — ${opd?.name}` }).click();
  await expect(predikatRow.getByText('Predikat organisasi tersimpan.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Kembali ke ringkasan instansi' }).click();
  await expect(
    page.getByTestId('predikat-table').locator('tbody tr').filter({ hasText: opd?.name }),
  ).toContainText('Butuh Perbaikan');
  await expect(page.getByTestId(`distribution-warning-${opd?.id}`)).toContainText(
    'Butuh Perbaikan paling sedikit 60 %',
  );
  const [saved] = await query<{ predikat: string }>(
    `SELECT o.predikat FROM org_results o JOIN periods p ON p.id = o.period_id
     WHERE o.unit_id = $1 AND p.kind = 'quarterly' AND p.seq = 3`,
    [opd?.id],
  );
  expect(saved?.predikat).toBe('butuh_perbaikan');
  await expect(page.getByTestId('chart-predikat-distribution')).toBeVisible();

  // OPD → sub-unit → a supervisor's team → the employee.
  await page.getByTestId('units-table').getByRole('link', { name: opd?.name, exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Jejak unit kerja' })).toContainText(opd?.name ?? '');
  const sub = page.getByTestId('units-table').locator('tbody a').first();
  const subName = (await sub.textContent()) ?? '';
  await sub.click();
  await expect(page.locator('[aria-current="page"]', { hasText: subName })).toBeVisible();
  const staff = page.getByTestId('staff-table');
  const supervisorLink = staff.locator('tbody tr td:nth-child(2) a').first();
  const supervisorName = (await supervisorLink.textContent()) ?? '';
  await supervisorLink.click();
  await expect(page.getByRole('heading', { name: `Tim ${supervisorName}` })).toBeVisible();
  const person = page.getByTestId('staff-table').locator('tbody tr td:first-child a').first();
  const personName = (await person.textContent()) ?? '';
  await person.click();
  await expect(page.getByTestId('profile-name')).toHaveText(personName);
});

test('the dashboard renders and reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, DEMO.sekda);
  await page.goto('/overview');
  await expect(page.getByTestId('overview-compliance')).toHaveText(/%/);
  await expectChartsReadable(page);
  // Sorting is a plain link.
  await page
    .getByTestId('units-table')
    .getByRole('link', { name: /Pegawai/ })
    .click();
  await expect(page).toHaveURL(/sort=headcount/);
  // Compliance per unit (bars and the weekly heat map) is a page of its own, with the same filters.
  await page.getByTestId('compliance-link').click();
  await expect(page).toHaveURL(/\/overview\/compliance\?.*sort=headcount/);
  await expectChartsReadable(page, 2);

  // The organisational predikat is set on its own page, without JavaScript too (a kecamatan: the Sekda
  // sets those, and the JavaScript test above takes an OPD).
  const [opd] = await query<{ id: number; name: string }>(
    "SELECT id, name FROM units WHERE parent_id IS NULL AND name LIKE 'Kecamatan %' ORDER BY name DESC LIMIT 1",
  );
  const [q3] = await query<{ id: number }>(
    "SELECT id FROM periods WHERE kind = 'quarterly' AND seq = 3 AND year = EXTRACT(year FROM now())",
  );
  await page.goto(`/overview?period=${q3?.id}`);
  await page.getByTestId('org-predikat-link').click();
  const row = page.getByTestId(`org-predikat-${opd?.id}`);
  await row.getByLabel(`Predikat Kinerja Organisasi ${opd?.name}`).selectOption('baik');
  await row.getByRole('button', { name: `Simpan — ${opd?.name}` }).click();
  await expect(page.getByTestId(`org-predikat-${opd?.id}`)).toContainText('Predikat organisasi tersimpan.');
  const [saved] = await query<{ predikat: string }>(
    'SELECT predikat FROM org_results WHERE unit_id = $1 AND period_id = $2',
    [opd?.id, q3?.id],
  );
  expect(saved?.predikat).toBe('baik');
  await context.close();
});

test('a Kepala OPD gets 404 for another OPD, on the page and its export', async ({ page }) => {
  await loginAndWait(page, DEMO.kadisdik);
  await page.goto('/overview');
  await expect(page.getByTestId('overview-scope')).toContainText('beserta unit di bawahnya');
  const kadisdik = await employee(DEMO.kadisdik);
  const [other] = await query<{ id: number }>(
    `SELECT id FROM units WHERE parent_id IS NULL
       AND id <> (SELECT split_part(u.path, '/', 2)::int FROM units u JOIN employees e ON e.unit_id = u.id WHERE e.id = $1)
     LIMIT 1`,
    [kadisdik.id],
  );
  expect((await page.goto(`/overview?unit=${other?.id}`))?.status()).toBe(404);
  const res = await page.request.get(`/overview/export?table=units&format=csv&unit=${other?.id}`);
  expect(res.status()).toBe(404);
});

test('the supervisor’s team dashboard shows each subordinate and exports exactly them', async ({ page }) => {
  await loginAndWait(page, DEMO.kabid);
  await page.getByRole('link', { name: 'Tim Saya' }).click();
  await expect(page.getByTestId('as-of')).toBeVisible();
  const kabid = await employee(DEMO.kabid);
  const subs = await query<{ name: string }>(
    `SELECT DISTINCT e.name FROM supervisions s JOIN employees e ON e.id = s.employee_id AND e.active
     WHERE s.supervisor_id = $1 AND s.valid_from <= CURRENT_DATE AND (s.valid_to IS NULL OR s.valid_to > CURRENT_DATE)`,
    [kabid.id],
  );
  await expect(page.getByTestId('team-table').locator('tbody tr')).toHaveCount(Math.min(25, subs.length));
  const res = await page.request.get('/team/export?format=csv');
  expect(res.status()).toBe(200);
  const names = (await res.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((l) => (l.startsWith('"') ? (l.slice(1).split('"')[0] ?? '') : (l.split(',')[0] ?? '')));
  expect(names.sort()).toEqual(subs.map((s) => s.name).sort());
});
