import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { SIASN_HEADERS, SUPERVISION_HEADERS, sampleFiles, siasnRow, toCsv } from '../lib/admin/import/sample';
import { DEMO, login, loginAndWait, query, submitButton } from './fixtures';

/** A unit head who is no demo account (`person`), with the unit's code (used as the file's UNOR ID) and name. */
async function unitHead(offset: number) {
  const [row] = await query<{ nip: string; code: string; name: string; person: string }>(
    `SELECT e.nip, u.code, u.name, e.name AS person FROM employees e
       JOIN positions p ON p.id = e.position_id JOIN units u ON u.id = e.unit_id
       JOIN users us ON us.employee_id = e.id
     WHERE p.is_unit_head AND e.active AND us.roles = '{}' AND e.nip <> ALL($1)
       AND NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id)
       AND NOT EXISTS (SELECT 1 FROM employees d WHERE d.unit_id = u.id AND d.nip = ANY($1))
     ORDER BY e.id OFFSET $2 LIMIT 1`,
    [Object.values(DEMO), offset],
  );
  if (!row) throw new Error('no unit head');
  return row;
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

async function upload(page: Page, people: string, supervision: string) {
  await page.goto('/admin/import');
  await page.getByLabel('Berkas Data ASN dari SIASN').setInputFiles(csvFile('export-data-asn.csv', people));
  await page.getByLabel('Berkas atasan (opsional)').setInputFiles(csvFile('atasan.csv', supervision));
  await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
  await expect(page.getByTestId('import-status')).toContainText('Uji coba selesai', { timeout: 60_000 });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`SIASN import, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the admin downloads the template, fixes three bad rows after the dry run and applies; a new person signs in after a password reset and sees their supervisor', async ({
      page,
    }) => {
      const head = await unitHead(javaScriptEnabled ? 0 : 1);
      const year = new Date().getFullYear();
      const files = sampleFiles(
        50,
        { unorId: head.code, unorName: head.name },
        head.nip,
        `${year}-01-01`,
        javaScriptEnabled ? 12_000 : 12_100,
      );
      await loginAndWait(page, DEMO.admin);
      await page.goto('/admin');
      await page.getByRole('link', { name: /Impor dari SIASN/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impor dari SIASN');

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Data ASN (CSV)' }).click();
      const template = await readFile(await (await download).path());
      expect(template.toString('utf8').split('\r\n')[0]).toBe(SIASN_HEADERS.map((h) => `"${h}"`).join(','));
      expect(template.toString('utf8')).toContain('"\'198309102021021101"');

      // Three bad rows: a NIP one digit short, an unknown grade, no unit.
      const bad = files.people.map((p, k) =>
        siasnRow(
          k === 4
            ? { ...p, nip: p.nip.slice(0, 17) }
            : k === 19
              ? { ...p, golongan: 'III/z' }
              : k === 34
                ? { ...p, unorId: 'null', unorName: 'null' }
                : p,
        ),
      );
      await upload(page, toCsv(SIASN_HEADERS, bad), files.supervisionCsv);
      const issues = page.getByTestId('import-issues');
      await expect(issues.locator('tbody tr')).toHaveCount(6);
      await expect(issues).toContainText('NIP tidak sah');
      await expect(issues).toContainText('Golongan tidak dikenal');
      await expect(issues).toContainText('Unit (UNOR ID) kosong');
      await expect(issues).toContainText('Pegawai tidak ada di berkas maupun di data');
      for (const line of ['6', '21', '36']) {
        const row = issues
          .locator('tbody tr')
          .filter({ hasText: 'Data ASN' })
          .filter({ has: page.getByRole('cell', { name: line, exact: true }) });
        await expect(row).toHaveCount(1);
      }
      await expect(page.getByRole('button', { name: 'Terapkan impor' })).toHaveCount(0);
      await expect(page.getByText('Perbaiki baris yang bermasalah')).toBeVisible();

      // The corrected file: no issues, 50 new people with their supervision lines; then apply.
      await upload(page, files.peopleCsv, files.supervisionCsv);
      await expect(page.getByTestId('import-issues')).toHaveCount(0);
      await expect(page.getByTestId('import-counts')).toContainText('Pegawai baru50');
      await page.getByRole('button', { name: 'Terapkan impor' }).click();
      await expect(page.getByTestId('import-status')).toContainText('Sudah diterapkan', { timeout: 60_000 });
      const [count] = await query<{ n: string }>(
        `SELECT count(*) AS n FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.code = $1 AND e.nip = ANY($2)`,
        [head.code, files.people.map((p) => p.nip)],
      );
      expect(Number(count?.n)).toBe(50);

      // One of the new people gets a temporary password from the admin (the import gives none).
      const newcomer = files.people[7] as (typeof files.people)[number];
      await page.goto(`/admin/users?q=${newcomer.nip}`);
      await page.getByRole('link', { name: `${newcomer.name}, S.Pd.` }).click();
      await submitButton(page, /^Buat kata sandi sementara$/).click();
      await expect(page.getByText(/Kata sandi sementara dibuat/)).toBeVisible();
      const temp = (await page.getByTestId('temp-password').textContent())?.trim() ?? '';
      expect(temp).toMatch(/^[A-Za-z0-9]{14}$/);

      // The unit head now finds them in the team.
      await page.context().clearCookies();
      await loginAndWait(page, head.nip);
      await page.goto('/team');
      await expect(page.getByText(/Pegawai Impor \d+, S\.Pd\./).first()).toBeVisible();
      // The team table pages by 25; its download has every row.
      const table = await (await page.request.get('/team/export?format=csv')).text();
      for (const p of files.people) expect(table).toContain(`${p.name}, S.Pd.`);

      // The newcomer signs in with it, must choose their own, and finds the unit head as pejabat penilai.
      await page.context().clearCookies();
      await login(page, newcomer.nip, temp);
      await expect(page).toHaveURL(/\/account\/password$/);
      const fresh = 'Pantai Gandoriah sore hari';
      await page.getByLabel('Kata sandi saat ini').fill(temp);
      await page.getByLabel('Kata sandi baru', { exact: true }).fill(fresh);
      await page.getByLabel('Ulangi kata sandi baru').fill(fresh);
      await submitButton(page, /^Simpan kata sandi$/).click();
      await expect(page).not.toHaveURL(/\/account\/password/);
      await page.goto('/profile');
      await expect(page.getByTestId('profile-supervisor')).toContainText(head.person);
    });
  });
}

test('the template of the supervision file has its four columns', async ({ page }) => {
  await loginAndWait(page, DEMO.admin);
  const res = await page.request.get('/admin/import/template/supervision.csv');
  expect(res.status()).toBe(200);
  expect((await res.text()).split('\r\n')[0]).toBe(SUPERVISION_HEADERS.map((h) => `"${h}"`).join(','));
});
