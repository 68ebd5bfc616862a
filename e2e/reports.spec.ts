import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import {
  addDays,
  BACKDATE_DAYS,
  DEMO,
  holidaysInWindow,
  isWeekend,
  login,
  loginAndWait,
  query,
  submitButton,
  thisYear,
  today,
  workingDay,
} from './fixtures';

const pdfFile = {
  name: 'daftar-hadir.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n% daftar hadir rapat\n%%EOF\n'),
};

/**
 * A weekend day or holiday a report may still carry. On a Thursday or Friday the window holds none, so a
 * local holiday is declared for the test on its earliest day (no other test files reports on it).
 */
async function dayOff(): Promise<{ date: string; weekend: boolean; undo: () => Promise<void> }> {
  const off = await holidaysInWindow();
  for (let i = 0; i <= BACKDATE_DAYS; i++) {
    const d = addDays(today(), -i);
    if (isWeekend(d) || off.has(d)) return { date: d, weekend: isWeekend(d), undo: async () => {} };
  }
  const date = addDays(today(), -BACKDATE_DAYS);
  const [row] = await query<{ id: number }>(
    `INSERT INTO holidays (agency_id, date, kind, name)
     SELECT agency_id, $2, 'local', 'Libur uji e2e' FROM employees WHERE nip = $1 RETURNING id`,
    [DEMO.kabid, date],
  );
  return {
    date,
    weekend: false,
    undo: async () => void (await query('DELETE FROM holidays WHERE id = $1', [row!.id])),
  };
}

async function realisationCell(page: import('@playwright/test').Page, indicatorId: string) {
  await page.goto('/skp');
  return (await page.getByTestId(`realisation-${indicatorId}`).textContent()) ?? '';
}

test.describe.configure({ mode: 'serial' });

/**
 * The staff the Kepala Bidang supervises as Plt (Bidang Kebudayaan): not used by the SKP specs running
 * beside these, and a check that acting supervisors validate too. Their SKP is made approved if needed.
 */
async function actingStaff(n: number) {
  const rows = await query<{ id: number; nip: string; name: string }>(
    `SELECT e.id, e.nip, e.name FROM supervisions s JOIN employees e ON e.id = s.employee_id
     WHERE s.kind = 'plt' AND s.valid_to IS NULL AND s.supervisor_id = (SELECT id FROM employees WHERE nip = $1)
     ORDER BY e.id`,
    [DEMO.kabid],
  );
  const who = rows[n];
  if (!who) throw new Error('no acting staff');
  await query(`UPDATE skps SET status = 'approved' WHERE employee_id = $1 AND year = $2`, [
    who.id,
    thisYear(),
  ]);
  return who;
}

test('a report with a PDF appears on the open queue by itself; once approved the realisation goes up', async ({
  page,
  browser,
}) => {
  const staff = await actingStaff(0);
  const bossContext = await browser.newContext();
  const boss = await bossContext.newPage();
  await loginAndWait(boss, DEMO.kabid);
  await boss.goto('/team/queue');
  await expect(boss.getByRole('heading', { name: 'Validasi Laporan Harian' })).toBeVisible();

  await loginAndWait(page, staff.nip);
  await page.goto('/reports/new');
  const indicatorId = await page.getByLabel('Indikator SKP').inputValue();
  const before = await realisationCell(page, indicatorId);
  await page.goto('/reports/new');
  const date = await workingDay();
  await page.getByLabel('Tanggal', { exact: true }).fill(date);
  await page.getByLabel('Indikator SKP').selectOption(indicatorId);
  await page.getByLabel('Mulai').fill('19:00');
  await page.getByLabel('Selesai').fill('20:15');
  const activity = `Memverifikasi data Dapodik sekolah binaan ${randomUUID().slice(0, 8)}`;
  await page.getByLabel('Uraian kegiatan').fill(activity);
  await page.getByLabel('Jumlah output').fill('2');
  await page.getByLabel('Bukti dukung').setInputFiles(pdfFile);
  await submitButton(page, /^Simpan laporan$/).click();
  await expect(page.getByText('Laporan tersimpan dan menunggu validasi atasan.')).toBeVisible();

  // The Kepala Bidang did not reload: the queue refreshes itself.
  const row = boss.getByTestId('queue-row').filter({ hasText: activity });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row).toContainText(staff.name);
  const evidence = row.getByRole('link', { name: 'daftar-hadir.pdf' });
  const file = await boss.request.get((await evidence.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await row.getByRole('button', { name: 'Setujui' }).click();
  await expect(boss.getByTestId('queue-row').filter({ hasText: activity })).toHaveCount(0);
  await bossContext.close();

  await page.goto(`/reports?month=${date.slice(0, 7)}&status=approved`);
  await expect(page.getByTestId('report-row').filter({ hasText: activity })).toContainText('Disetujui');
  const after = await realisationCell(page, indicatorId);
  const number = (s: string) => Number(s.trim().split(/\s/)[0]?.replace(',', '.'));
  expect(number(after)).toBe(number(before) + 2);
});

test('the Kepala Bidang approves three selected reports at once', async ({ page }) => {
  const staff = await actingStaff(0);
  const [indicator] = await query<{ id: number; skp_id: number; unit: string }>(
    `SELECT i.id, r.skp_id, i.target_unit AS unit FROM skp_indicators i JOIN skp_rhks r ON r.id = i.rhk_id
     JOIN skps s ON s.id = r.skp_id WHERE s.employee_id = $1 AND s.status = 'approved' ORDER BY r.position, i.position LIMIT 1`,
    [staff.id],
  );
  const ids: number[] = [];
  for (const [start, end] of [
    ['21:00', '21:20'],
    ['21:20', '21:40'],
    ['21:40', '22:00'],
  ] as const) {
    const [r] = await query<{ id: number }>(
      `INSERT INTO daily_reports (employee_id, skp_id, indicator_id, report_date, start_time, end_time, minutes, activity, quantity, unit, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, 20, $7, 1, $8, $9) RETURNING id`,
      [
        staff.id,
        indicator!.skp_id,
        indicator!.id,
        today(),
        start,
        end,
        `Kegiatan massal ${start}`,
        indicator!.unit,
        randomUUID(),
      ],
    );
    ids.push(r!.id);
  }
  await loginAndWait(page, DEMO.kabid);
  await page.goto('/team/queue');
  for (const start of ['21:00', '21:20', '21:40']) {
    await page
      .getByTestId('queue-row')
      .filter({ hasText: `Kegiatan massal ${start}` })
      .getByRole('checkbox')
      .check();
  }
  await submitButton(page, /^Setujui yang dipilih$/).click();
  await expect(page.getByText('Laporan disetujui.')).toBeVisible();
  await expect(page.getByTestId('queue-row').filter({ hasText: 'Kegiatan massal' })).toHaveCount(0);
  const rows = await query<{ status: string }>('SELECT status FROM daily_reports WHERE id = ANY($1)', [ids]);
  expect(rows.map((r) => r.status)).toEqual(['approved', 'approved', 'approved']);
});

test('filing a report works with JavaScript disabled, including a refused evidence file', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, (await actingStaff(1)).nip);
  await page.goto('/reports/new');
  await page.getByLabel('Tanggal', { exact: true }).fill(await workingDay());
  await page.getByLabel('Mulai').fill('18:00');
  await page.getByLabel('Selesai').fill('18:45');
  await page.getByLabel('Uraian kegiatan').fill('Mengarsipkan surat masuk bidang');
  await page.getByLabel('Bukti dukung').setInputFiles({
    name: 'surat.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><body>bukan pdf</body></html>'),
  });
  await submitButton(page, /^Simpan laporan$/).click();
  await expect(page.locator('#field-evidence-error')).toContainText('PDF, JPG atau PNG');
  await expect(page.getByLabel('Uraian kegiatan')).toHaveValue('Mengarsipkan surat masuk bidang');
  await page.getByLabel('Bukti dukung').setInputFiles({
    name: 'foto.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  });
  await submitButton(page, /^Simpan laporan$/).click();
  await expect(page.getByText('Laporan tersimpan dan menunggu validasi atasan.')).toBeVisible();
  await expect(
    page.getByTestId('report-row').filter({ hasText: 'Mengarsipkan surat masuk bidang' }),
  ).toContainText('Menunggu validasi');
  await context.close();
});

test('what is typed before the page’s JavaScript has loaded stays in the form and is saved', async ({
  page,
}) => {
  const staff = await actingStaff(1);
  const activity = `Menyusun notula rapat ${randomUUID().slice(0, 8)}`;
  await loginAndWait(page, staff.nip);
  // The scripts are held back until the fields are filled, as on a slow phone or a busy intranet PC.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_next/static/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/reports/new', { waitUntil: 'domcontentloaded' });
  const date = await workingDay();
  await page.getByLabel('Tanggal', { exact: true }).fill(date);
  await page.getByLabel('Mulai').fill('16:00');
  await page.getByLabel('Selesai').fill('16:30');
  await page.getByLabel('Uraian kegiatan').fill(activity);
  await page.getByLabel('Jumlah output').fill('2');
  release();
  // React marks the DOM nodes it has hydrated; its effects run before the next input event.
  await page.waitForFunction(() => {
    const form = document.querySelector('main form');
    return !!form && Object.keys(form).some((k) => k.startsWith('__reactFiber'));
  });
  await expect(page.getByLabel('Uraian kegiatan')).toHaveValue(activity);
  await expect(page.getByLabel('Mulai')).toHaveValue('16:00');
  await submitButton(page, /^Simpan laporan$/).click();
  await expect(page.getByText('Laporan tersimpan dan menunggu validasi atasan.')).toBeVisible();
  const saved = await query<{ date: string; start: string; quantity: number }>(
    `SELECT to_char(report_date, 'YYYY-MM-DD') AS date, to_char(start_time, 'HH24:MI') AS start,
            quantity::float8 AS quantity
     FROM daily_reports WHERE employee_id = $1 AND activity = $2`,
    [staff.id, activity],
  );
  expect(saved).toEqual([{ date, start: '16:00', quantity: 2 }]);
});

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';
  // Own slots per variant, before the seeded office hours, so the two never overlap.
  const hour = javaScriptEnabled ? '05' : '06';

  test.describe(how, () => {
    test.use({ javaScriptEnabled });

    /** Opens a fresh form and fills what every report needs; the evidence fields stay empty. */
    async function fillReport(page: Page, date: string, start: string, end: string, activity: string) {
      await page.goto('/reports/new');
      await page.getByLabel('Tanggal', { exact: true }).fill(date);
      await page.getByLabel('Mulai').fill(start);
      await page.getByLabel('Selesai').fill(end);
      await page.getByLabel('Uraian kegiatan').fill(activity);
      await page.getByLabel('Jumlah output').fill('1');
    }

    test('a report without an evidence file is saved, one with only a link too; a future date is refused beside the date', async ({
      page,
    }) => {
      const staff = await actingStaff(1);
      const tag = randomUUID().slice(0, 8);
      await loginAndWait(page, staff.nip);
      const date = await workingDay();

      await fillReport(page, date, `${hour}:00`, `${hour}:15`, `Rapat koordinasi tanpa berkas ${tag}`);
      await submitButton(page, /^Simpan laporan$/).click();
      await expect(page.getByText('Laporan tersimpan dan menunggu validasi atasan.')).toBeVisible();

      await fillReport(page, date, `${hour}:15`, `${hour}:30`, `Rapat dengan tautan notulen ${tag}`);
      await page.getByLabel('Tautan bukti (opsional)').fill('https://drive.pariamankota.go.id/notulen');
      await submitButton(page, /^Simpan laporan$/).click();
      await expect(page.getByText('Laporan tersimpan dan menunggu validasi atasan.')).toBeVisible();

      await fillReport(page, addDays(today(), 1), `${hour}:30`, `${hour}:45`, `Kegiatan besok ${tag}`);
      await submitButton(page, /^Simpan laporan$/).click();
      await expect(page.locator('#field-reportDate-error')).toHaveText(
        'Tanggal laporan tidak boleh di masa depan.',
      );
      await expect(page.getByLabel('Tanggal', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#field-evidence-error')).toBeEmpty();
      await expect(page.getByLabel('Uraian kegiatan')).toHaveValue(`Kegiatan besok ${tag}`);

      const rows = await query<{ activity: string; evidence_link: string | null; files: number }>(
        `SELECT activity, evidence_link, (SELECT count(*)::int FROM evidence_files f WHERE f.report_id = r.id) AS files
         FROM daily_reports r WHERE employee_id = $1 AND activity LIKE $2 ORDER BY start_time`,
        [staff.id, `%${tag}`],
      );
      expect(rows).toEqual([
        { activity: `Rapat koordinasi tanpa berkas ${tag}`, evidence_link: null, files: 0 },
        {
          activity: `Rapat dengan tautan notulen ${tag}`,
          evidence_link: 'https://drive.pariamankota.go.id/notulen',
          files: 0,
        },
      ]);
    });

    test('a report dated on a weekend or holiday asks first and is saved once confirmed', async ({
      page,
    }) => {
      const staff = await actingStaff(1);
      const tag = randomUUID().slice(0, 8);
      const off = await dayOff();
      try {
        await loginAndWait(page, staff.nip);
        await fillReport(
          page,
          off.date,
          `0${javaScriptEnabled ? 3 : 4}:00`,
          `0${javaScriptEnabled ? 3 : 4}:30`,
          `Piket layanan ${tag}`,
        );
        await submitButton(page, /^Simpan laporan$/).click();
        await expect(page.locator('#field-reportDate-error')).toContainText(
          off.weekend ? 'hari Sabtu atau Minggu' : 'hari libur',
        );
        const confirm = page.getByLabel('Ya, saya bekerja pada tanggal ini.');
        await expect(confirm).not.toBeChecked();
        expect(
          await query('SELECT id FROM daily_reports WHERE activity = $1', [`Piket layanan ${tag}`]),
        ).toEqual([]);
        await confirm.check();
        await submitButton(page, /^Simpan laporan$/).click();
        await expect(page.getByText('Laporan tersimpan dan menunggu validasi atasan.')).toBeVisible();
        const saved = await query<{ date: string }>(
          `SELECT to_char(report_date, 'YYYY-MM-DD') AS date FROM daily_reports WHERE employee_id = $1 AND activity = $2`,
          [staff.id, `Piket layanan ${tag}`],
        );
        expect(saved).toEqual([{ date: off.date }]);
      } finally {
        await off.undo();
      }
    });
  });
}
