import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  addDays,
  DEMO,
  employee,
  login,
  loginAndWait,
  query,
  submitButton,
  thisYear,
  today,
} from './fixtures';

const YEAR = thisYear();
const QUARTER = Math.floor((Number(today().slice(5, 7)) - 1) / 3) + 1;
const QUARTER_LABEL = `Triwulan ${['I', 'II', 'III', 'IV'][QUARTER - 1]} ${YEAR}`;

/** Staff A without an appraisal in this quarter, so the Kepala Bidang starts (and delivers) a fresh one. */
async function withoutAppraisal() {
  await query(
    `DELETE FROM appraisals WHERE employee_id = (SELECT id FROM employees WHERE nip = $1)
     AND period_id = (SELECT id FROM periods WHERE year = $2 AND kind = 'quarterly' AND seq = $3)`,
    [DEMO.staffA, YEAR, QUARTER],
  );
}

async function signedIn(browser: Browser, nip: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  if (javaScriptEnabled) await loginAndWait(page, nip);
  else await login(page, nip);
  return page;
}

async function writeNote(page: Page, staffId: number, kind: string, target: string, text: string) {
  await page.goto(`/employees/${staffId}`);
  await page.getByTestId('coaching-link').click();
  const form = page.getByTestId('note-form');
  await form.getByLabel('Jenis catatan').selectOption({ label: kind });
  await form.getByLabel('Terkait dengan').selectOption({ label: target });
  await form.getByLabel('Catatan', { exact: true }).fill(text);
  await submitButton(page, /^Simpan catatan$/).click();
  await expect(page.getByText('Catatan disimpan; pegawai diberi tahu.')).toBeVisible();
  await expect(page.getByTestId('coaching-notes')).toContainText(text);
}

async function answer(page: Page, text: string, response: string) {
  await page.goto('/profile');
  await page.getByTestId('coaching-link').click();
  const note = page.getByTestId('coaching-note').filter({ hasText: text });
  await note.getByLabel('Tanggapan Anda').fill(response);
  await note.getByRole('button', { name: 'Kirim tanggapan' }).click();
  await expect(note.getByTestId('coaching-response')).toContainText(response);
}

async function startAppraisal(page: Page, staffName: string) {
  await page.goto('/appraisals');
  await page.getByLabel('Periode').selectOption({ label: QUARTER_LABEL });
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await submitButton(page, new RegExp(`^Mulai menilai ${staffName}`)).click();
  await expect(page.getByTestId('appraisal-status')).toHaveText('Draf');
}

test.describe.configure({ mode: 'serial' });

test('the Kepala Bidang notes "to improve" on a value, staff A answers, the appraisal lists and summarises it, the PDF prints it', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  await withoutAppraisal();
  const staff = await employee(DEMO.staffA);
  const text = `Sapa rekan bidang lain sebelum rapat koordinasi (${Date.now()}).`;
  const response = 'Baik, mulai minggu depan saya hubungi mereka lebih dulu.';

  const boss = await signedIn(browser, DEMO.kabid, true);
  await writeNote(boss, staff.id, 'Perlu diperbaiki', 'Nilai BerAKHLAK: Harmonis', text);

  const own = await signedIn(browser, DEMO.staffA, true);
  await own.goto('/notifications');
  await expect(own.getByTestId('notifications')).toContainText('menulis catatan umpan balik untuk Anda');
  await answer(own, text, response);

  await startAppraisal(boss, staff.name);
  const evidence = boss.getByTestId('coaching-evidence');
  const perValue = evidence.getByTestId('coaching-per-value');
  await expect(perValue).toContainText('Harmonis');
  await expect(perValue).toContainText(text);
  await expect(perValue).toContainText(response);
  await boss.getByLabel('Rating Hasil Kerja').selectOption({ label: 'Sesuai Ekspektasi' });
  await boss.getByLabel('Rating Perilaku Kerja').selectOption({ label: 'Sesuai Ekspektasi' });
  await boss
    .getByLabel('Justifikasi')
    .fill('Target triwulan tercapai sesuai dokumen pendukung yang diperiksa.');
  await submitButton(boss, /^Simpan dan sampaikan ke pegawai$/).click();
  await expect(boss.getByTestId('appraisal-status')).toHaveText('Dinilai');
  const appraisalPath = new URL(boss.url()).pathname;

  await own.goto(appraisalPath);
  await expect(own.getByTestId('coaching-per-value')).toContainText(text);
  const why = own.getByTestId('why-coaching');
  await expect(why).toContainText('Umpan balik berkelanjutan:');
  await expect(why).toContainText(/Perlu diperbaiki pada: .*Harmonis/);

  const [download] = await Promise.all([
    own.waitForEvent('download'),
    own.getByRole('link', { name: 'Unduh PDF' }).click(),
  ]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'coaching-')), 'evaluasi.pdf');
  await download.saveAs(file);
  const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(pdf).toContain(`Perlu diperbaiki (`);
  expect(pdf).toContain(text);
  expect(pdf).toContain(`Tanggapan: ${response}`);
  await boss.context().close();
  await own.context().close();
});

test.describe('without JavaScript', () => {
  test('the Kepala Bidang notes praise on an RHK and records a dialog with one action; staff A answers; the quarter’s appraisal lists the note', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const staff = await employee(DEMO.staffA);
    const [rhk] = await query<{ text: string }>(
      `SELECT r.text FROM skp_rhks r JOIN skps k ON k.id = r.skp_id
       WHERE k.employee_id = $1 AND k.year = $2 ORDER BY r.kind DESC, r.position LIMIT 1`,
      [staff.id, YEAR],
    );
    const text = `Rekap sekolah binaan rapi dan tepat waktu (${Date.now()}).`;
    const boss = await signedIn(browser, DEMO.kabid, false);

    // An empty form is refused beside its fields, with nothing saved.
    await boss.goto(`/employees/${staff.id}/coaching`);
    await submitButton(boss, /^Simpan catatan$/).click();
    await expect(boss.getByTestId('note-form').getByText('Wajib diisi.').first()).toBeVisible();

    // The optional report is left empty.
    await writeNote(boss, staff.id, 'Apresiasi', `RHK 1 (Utama): ${rhk!.text}`, text);

    const dialog = boss.getByTestId('dialog-form');
    await dialog.getByLabel('Tanggal dialog').fill(today());
    await dialog.getByLabel('Yang dibahas').fill('Capaian triwulan dan rencana kunjungan sekolah.');
    await dialog.getByLabel('Tindak lanjut 1', { exact: true }).fill('Susun jadwal kunjungan');
    await dialog.getByLabel('Tenggat tindak lanjut 1').fill(addDays(today(), 14));
    // Rows 2 and 3 stay empty: no action.
    await submitButton(boss, /^Simpan dialog kinerja$/).click();
    await expect(boss.getByText('Dialog kinerja disimpan; pegawai diberi tahu.')).toBeVisible();
    const recorded = boss.getByTestId('coaching-dialog').filter({ hasText: 'rencana kunjungan sekolah' });
    await expect(recorded).toContainText('Susun jadwal kunjungan');
    await expect(recorded.locator('li')).toHaveCount(1);

    // Follow-up: the action is marked done.
    await recorded.getByLabel('Susun jadwal kunjungan').check();
    await recorded.getByLabel('Catatan tindak lanjut').fill('Jadwal sudah dibagikan.');
    await recorded.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await expect(
      boss.getByTestId('coaching-dialog').filter({ hasText: 'rencana kunjungan sekolah' }),
    ).toContainText('selesai');

    const own = await signedIn(browser, DEMO.staffA, false);
    await answer(own, text, 'Terima kasih, Pak.');

    const [appraisal] = await query<{ id: number }>(
      `SELECT a.id FROM appraisals a JOIN periods p ON p.id = a.period_id
       WHERE a.employee_id = $1 AND p.year = $2 AND p.kind = 'quarterly' AND p.seq = $3`,
      [staff.id, YEAR, QUARTER],
    );
    if (!appraisal) await startAppraisal(boss, staff.name);
    else await boss.goto(`/appraisals/${appraisal.id}`);
    const perRhk = boss.getByTestId('coaching-evidence').getByTestId('coaching-per-rhk');
    await expect(perRhk).toContainText(rhk!.text);
    await expect(perRhk).toContainText(text);
    await expect(perRhk).toContainText('Terima kasih, Pak.');
    await boss.context().close();
    await own.context().close();
  });
});

test('the atasan reads the record without forms; a peer gets 404', async ({ browser }) => {
  const staff = await employee(DEMO.staffA);
  const head = await signedIn(browser, DEMO.kadisdik, true);
  await head.goto(`/employees/${staff.id}/coaching`);
  await expect(head.getByRole('heading', { level: 1 })).toContainText('Umpan Balik Berkelanjutan');
  await expect(head.getByTestId('coaching-note').first()).toBeVisible();
  await expect(head.getByTestId('note-form')).toHaveCount(0);
  await expect(head.getByTestId('dialog-form')).toHaveCount(0);
  await expect(head.getByTestId('follow-up-form')).toHaveCount(0);
  await head.context().close();

  const peer = await signedIn(browser, DEMO.staffB, true);
  const res = await peer.goto(`/employees/${staff.id}/coaching`);
  expect(res!.status()).toBe(404);
  await peer.context().close();
});

test.describe('without JavaScript: a note on a realisation entry', () => {
  test.use({ javaScriptEnabled: false });

  test('the Kepala Bidang links staff A’s entry (report and entry together are refused); the note leads to the entry on the SKP page', async ({
    page,
  }) => {
    const staff = await employee(DEMO.staffA);
    const [entry] = await query<{ id: number; skp_id: number }>(
      `SELECT x.id, r.skp_id FROM realisation_entries x JOIN skp_indicators i ON i.id = x.indicator_id
       JOIN skp_rhks r ON r.id = i.rhk_id JOIN periods p ON p.id = x.period_id
       WHERE x.employee_id = $1 AND p.year = $2 ORDER BY p.starts_on DESC, r.position, i.id LIMIT 1`,
      [staff.id, YEAR],
    );
    const text = `Capaian triwulan tercatat dengan bukti lengkap (${Date.now()}).`;
    await login(page, DEMO.kabid);
    await page.goto(`/employees/${staff.id}/coaching`);
    const form = page.getByTestId('note-form');
    await form.getByLabel('Jenis catatan').selectOption({ label: 'Apresiasi' });
    await form.getByLabel('Terkait dengan').selectOption({ label: 'Nilai BerAKHLAK: Akuntabel' });
    await form.getByLabel('Catatan', { exact: true }).fill(text);
    await form.getByLabel('Laporan harian terkait (opsional)').selectOption({ index: 1 });
    await form.getByLabel('Realisasi periodik terkait (opsional)').selectOption(String(entry!.id));
    await submitButton(page, /^Simpan catatan$/).click();
    await expect(
      form.getByText('Kaitkan catatan dengan laporan harian atau realisasi, tidak keduanya.'),
    ).toBeVisible();
    await expect(page.getByTestId('coaching-notes')).not.toContainText(text);

    await form.getByLabel('Laporan harian terkait (opsional)').selectOption('');
    await submitButton(page, /^Simpan catatan$/).click();
    await expect(page.getByText('Catatan disimpan; pegawai diberi tahu.')).toBeVisible();
    const note = page.getByTestId('coaching-note').filter({ hasText: text });
    await note.getByTestId('coaching-note-entry').getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/skp/${entry!.skp_id}#realisation-entry-${entry!.id}$`));
    await expect(page.locator(`#realisation-entry-${entry!.id}`)).toBeVisible();
  });
});
