import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DEMO, employee, login, loginAndWait, query, submitButton } from './fixtures';

const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()).slice(0, 4),
);

/** Starts the scenario from "not appraised" for staff A in quarter `seq` of this year. */
async function withoutAppraisal(seq: number) {
  await query(
    `DELETE FROM appraisals WHERE employee_id = (SELECT id FROM employees WHERE nip = $1)
     AND period_id = (SELECT id FROM periods WHERE year = $2 AND kind = 'quarterly' AND seq = $3)`,
    [DEMO.staffA, YEAR, seq],
  );
}

async function openTeamPeriod(page: Page, label: string) {
  await page
    .getByRole('link', { name: /^Penilaian Kinerja/ })
    .first()
    .click();
  await page.getByLabel('Periode').selectOption({ label });
  await page.getByRole('button', { name: 'Tampilkan' }).click();
}

const rate = async (page: Page, hasil: string, perilaku: string) => {
  await page.getByLabel('Rating Hasil Kerja').selectOption({ label: hasil });
  await page.getByLabel('Rating Perilaku Kerja').selectOption({ label: perilaku });
};

test.describe.configure({ mode: 'serial' });

test('Kepala Bidang appraises a quarter, staff objects, Kepala Dinas changes the result; PDF has the predikat', async ({
  page,
  browser,
}) => {
  // Three people sign in and act in turn: past 30 s on a loaded two-core machine.
  test.setTimeout(90_000);
  await withoutAppraisal(3);
  const staff = await employee(DEMO.staffA);
  const bossContext = await browser.newContext();
  const boss = await bossContext.newPage();
  await loginAndWait(boss, DEMO.kabid);
  await openTeamPeriod(boss, `Triwulan III ${YEAR}`);
  await submitButton(boss, new RegExp(`^Mulai menilai ${staff.name}`)).click();
  await expect(boss.getByTestId('appraisal-status')).toHaveText('Draf');
  await expect(boss.getByTestId('suggestion')).toContainText('Saran berdasarkan realisasi');

  // The predikat follows the official matrix as the ratings change, before anything is saved.
  const live = boss.getByTestId('live-predikat');
  await rate(boss, 'Sesuai Ekspektasi', 'Di Atas Ekspektasi');
  await expect(live).toHaveText('Baik');
  await rate(boss, 'Di Atas Ekspektasi', 'Di Atas Ekspektasi');
  await expect(live).toHaveText('Sangat Baik');
  await rate(boss, 'Di Atas Ekspektasi', 'Di Bawah Ekspektasi');
  await expect(live).toHaveText('Kurang/Misconduct');
  await rate(boss, 'Di Bawah Ekspektasi', 'Di Bawah Ekspektasi');
  await expect(live).toHaveText('Sangat Kurang');
  await rate(boss, 'Di Bawah Ekspektasi', 'Sesuai Ekspektasi');
  await expect(live).toHaveText('Butuh Perbaikan');
  await boss
    .getByLabel('Umpan balik Kolaboratif')
    .fill('Perlu berbagi data sekolah lebih awal dengan bidang lain.');
  await boss.getByLabel('Justifikasi').fill('Dua laporan triwulan terlambat dan belum lengkap datanya.');
  await submitButton(boss, /^Simpan dan sampaikan ke pegawai$/).click();
  await expect(boss.getByTestId('appraisal-status')).toHaveText('Dinilai');
  await expect(boss.getByTestId('predikat')).toHaveText('Butuh Perbaikan');
  const appraisalUrl = boss.url().split('?')[0]!;

  await loginAndWait(page, DEMO.staffA);
  await page
    .getByRole('link', { name: /^Penilaian Kinerja/ })
    .first()
    .click();
  await page
    .getByTestId('own-appraisals')
    .getByRole('link', { name: `Triwulan III ${YEAR}` })
    .click();
  await expect(page.getByTestId('predikat')).toHaveText('Butuh Perbaikan');
  await page
    .getByLabel('Alasan keberatan')
    .fill('Dua laporan sudah dikirim tepat waktu tetapi validasinya tertunda di atasan.');
  await page.getByLabel('Lampiran (opsional)').setInputFiles({
    name: 'bukti-laporan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% bukti pengiriman laporan\n%%EOF\n'),
  });
  await submitButton(page, /^Ajukan keberatan$/).click();
  await expect(page.getByTestId('appraisal-status')).toHaveText('Keberatan');

  // The appraiser sees the objection but gets no decision form for their own rating.
  await boss.goto(appraisalUrl);
  await expect(boss.getByTestId('objection')).toContainText('validasinya tertunda');
  await expect(boss.getByRole('button', { name: 'Ubah hasil penilaian' })).toHaveCount(0);
  await bossContext.close();

  const headContext = await browser.newContext();
  const head = await headContext.newPage();
  await loginAndWait(head, DEMO.kadisdik);
  await head
    .getByRole('link', { name: /^Penilaian Kinerja/ })
    .first()
    .click();
  await head
    .getByTestId('objections-to-decide')
    .getByRole('link', { name: `Triwulan III ${YEAR}` })
    .click();
  await expect(head.getByTestId('objection')).toContainText('bukti-laporan.pdf');
  // The attachment keeps its own policy: a sandbox, nothing loaded, whatever the file holds.
  const attachment = head.getByTestId('objection').getByRole('link', { name: 'bukti-laporan.pdf' });
  const served = await head.request.get((await attachment.getAttribute('href'))!);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
  await head.getByLabel('Rating Hasil Kerja baru').selectOption({ label: 'Sesuai Ekspektasi' });
  await head.getByLabel('Rating Perilaku Kerja baru').selectOption({ label: 'Sesuai Ekspektasi' });
  await head.getByLabel('Alasan keputusan').fill('Bukti pengiriman menunjukkan target triwulan tercapai.');
  await submitButton(head, /^Ubah hasil penilaian$/).click();
  await expect(head.getByTestId('appraisal-status')).toHaveText('Final');
  await headContext.close();

  await page.goto(appraisalUrl);
  await expect(page.getByTestId('predikat')).toHaveText('Baik');
  const why = page.getByTestId('why-predikat');
  await expect(why).toContainText('Matriks resmi');
  await expect(why.getByTestId('why-decision')).toContainText('mengubah hasil');
  await expect(why.getByTestId('why-decision')).toContainText(
    'Bukti pengiriman menunjukkan target triwulan tercapai.',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh PDF' }).click(),
  ]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'appraisal-')), 'evaluasi.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
  expect(text).toContain(staff.name);
  expect(text).toMatch(/\bBAIK\b/);
  expect(text).not.toContain('BUTUH PERBAIKAN');
});

test('with JavaScript disabled the Kepala Bidang rates, sees the predikat after saving, and delivers', async ({
  browser,
}) => {
  await withoutAppraisal(2);
  const staff = await employee(DEMO.staffA);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, DEMO.kabid);
  await page.goto('/appraisals');
  await page.getByLabel('Periode').selectOption({ label: `Triwulan II ${YEAR}` });
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await submitButton(page, new RegExp(`^Mulai menilai ${staff.name}`)).click();
  await expect(page.getByTestId('appraisal-status')).toHaveText('Draf');
  await rate(page, 'Sesuai Ekspektasi', 'Di Atas Ekspektasi');
  await page
    .getByLabel('Justifikasi')
    .fill('Target triwulan tercapai sesuai dokumen pendukung yang diperiksa.');
  await submitButton(page, /^Simpan draf$/).click();
  // The saved predikat is on the page, and the form keeps what was saved for the next submit.
  await expect(page.getByTestId('live-predikat')).toHaveText('Baik');
  await expect(page.getByLabel('Rating Perilaku Kerja')).toHaveValue('di_atas');
  await expect(page.getByLabel('Justifikasi')).toHaveValue(/Target triwulan tercapai/);
  await rate(page, 'Di Atas Ekspektasi', 'Di Atas Ekspektasi');
  await submitButton(page, /^Simpan dan sampaikan ke pegawai$/).click();
  await expect(page.getByTestId('appraisal-status')).toHaveText('Dinilai');
  await expect(page.getByTestId('predikat')).toHaveText('Sangat Baik');
  await context.close();
});

test('with JavaScript on, staff object without an attachment', async ({ page, browser }) => {
  await withoutAppraisal(2);
  const staff = await employee(DEMO.staffA);
  const bossContext = await browser.newContext();
  const boss = await bossContext.newPage();
  await loginAndWait(boss, DEMO.kabid);
  await boss.goto('/appraisals');
  await boss.getByLabel('Periode').selectOption({ label: `Triwulan II ${YEAR}` });
  await boss.getByRole('button', { name: 'Tampilkan' }).click();
  await submitButton(boss, new RegExp(`^Mulai menilai ${staff.name}`)).click();
  await rate(boss, 'Sesuai Ekspektasi', 'Sesuai Ekspektasi');
  await boss
    .getByLabel('Justifikasi')
    .fill('Target triwulan tercapai sesuai dokumen pendukung yang diperiksa.');
  await submitButton(boss, /^Simpan dan sampaikan ke pegawai$/).click();
  await expect(boss.getByTestId('appraisal-status')).toHaveText('Dinilai');
  const appraisalPath = new URL(boss.url()).pathname;
  await bossContext.close();

  await loginAndWait(page, DEMO.staffA);
  await page.goto(appraisalPath);
  await page
    .getByLabel('Alasan keberatan')
    .fill('Rating perilaku tidak memperhitungkan kegiatan kolaborasi lintas bidang triwulan ini.');
  // "Lampiran (opsional)" stays empty.
  await submitButton(page, /^Ajukan keberatan$/).click();
  await expect(page.getByTestId('appraisal-status')).toHaveText('Keberatan');
  const files = await query<{ n: number }>(
    `SELECT count(f.id)::int AS n FROM objections o LEFT JOIN objection_files f ON f.objection_id = o.id
     WHERE o.appraisal_id = $1`,
    [Number(appraisalPath.split('/').pop())],
  );
  expect(files).toEqual([{ n: 0 }]);
});

test('a peer gets 404 for someone else’s appraisal; staff see career follow-up on their profile page', async ({
  page,
}) => {
  const [row] = await query<{ id: number }>(
    `SELECT a.id FROM appraisals a JOIN employees e ON e.id = a.employee_id JOIN periods p ON p.id = a.period_id
     WHERE e.nip = $1 AND p.kind = 'annual' AND p.year = $2`,
    [DEMO.staffA, YEAR - 1],
  );
  await loginAndWait(page, DEMO.staffB);
  const res = await page.goto(`/appraisals/${row!.id}`);
  expect(res!.status()).toBe(404);
  await page.goto('/profile');
  const career = page.getByTestId('career');
  await expect(career.getByTestId('predikat-history')).toContainText(String(YEAR - 1));
  await expect(career.getByTestId('promotion')).toContainText(`Predikat ${YEAR - 2}: Butuh Perbaikan`);
});

test('the Kepala Bidang plans development from last year’s feedback on the staff profile and prints the document', async ({
  page,
}) => {
  const staff = await employee(DEMO.staffA);
  await query(`DELETE FROM development_plan_items WHERE employee_id = $1`, [staff.id]);
  await loginAndWait(page, DEMO.kabid);
  await page.goto(`/employees/${staff.id}`);
  const career = page.getByTestId('career');
  await expect(career.getByTestId('plan-proposals')).toContainText('Kolaboratif');
  const form = career.getByTestId('add-plan-item');
  await form.getByLabel('Kegiatan pengembangan').fill('Pendampingan berbagi data Dapodik dengan bidang SMP');
  await form.getByLabel('Target selesai').fill(`${YEAR + 1}-03-31`);
  await submitButton(page, /^Tambahkan ke rencana$/).click();
  await expect(career.getByTestId('development-plan')).toContainText('Pendampingan berbagi data Dapodik');

  const [row] = await query<{ id: number }>(
    `SELECT a.id FROM appraisals a JOIN periods p ON p.id = a.period_id
     WHERE a.employee_id = $1 AND p.kind = 'annual' AND p.year = $2`,
    [staff.id, YEAR - 1],
  );
  await page.goto(`/appraisals/${row!.id}/print`);
  await expect(page.getByRole('heading', { name: 'DOKUMEN EVALUASI KINERJA PEGAWAI' })).toBeVisible();
  await expect(page.getByTestId('predikat')).toHaveText('Baik');
  await expect(page.getByTestId('why-predikat')).toContainText('Matriks resmi');
});
