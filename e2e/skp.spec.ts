import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DEMO, employee, login, loginAndWait, query, submitButton } from './fixtures';

const YEAR = new Date().getFullYear();

/** The Kepala Bidang's approved RHK, which the staff RHK must intervene in. */
async function kabidRhks(): Promise<string[]> {
  const rows = await query<{ text: string }>(
    `SELECT r.text FROM skp_rhks r JOIN skps s ON s.id = r.skp_id JOIN employees e ON e.id = s.employee_id
     WHERE e.nip = $1 AND s.year = $2 AND s.status = 'approved' ORDER BY r.position`,
    [DEMO.kabid, YEAR],
  );
  return rows.map((r) => r.text);
}

/** Starts the scenario from "no SKP yet" for this employee (the seed gives every demo account one). */
async function withoutSkp(nip: string) {
  const mine = `SELECT s.id FROM skps s JOIN employees e ON e.id = s.employee_id WHERE e.nip = $1 AND s.year = $2`;
  await query(`DELETE FROM daily_reports WHERE skp_id IN (${mine})`, [nip, YEAR]);
  await query(
    `DELETE FROM realisation_entries WHERE indicator_id IN (SELECT i.id FROM skp_indicators i
      JOIN skp_rhks r ON r.id = i.rhk_id WHERE r.skp_id IN (${mine}))`,
    [nip, YEAR],
  );
  await query(`DELETE FROM skps WHERE id IN (${mine})`, [nip, YEAR]);
}

async function fillIndicator(page: Page, rhk: number, n: number, text: string, target: string, unit: string) {
  const group = page.getByRole('group', { name: `RHK ${rhk}` });
  const row = group.getByTestId('indicator-row').nth(n - 1);
  await row.getByLabel(`Indikator ${n}`, { exact: true }).fill(text);
  await row.getByLabel('Target', { exact: true }).fill(target);
  await row.getByLabel('Satuan', { exact: true }).fill(unit);
}

test.describe.configure({ mode: 'serial' });

test('staff creates and submits an SKP; the Kepala Bidang returns it, then approves the resubmission', async ({
  page,
  browser,
}) => {
  const parents = await kabidRhks();
  expect(parents.length).toBeGreaterThanOrEqual(2);
  await withoutSkp(DEMO.staffB);
  const staff = await employee(DEMO.staffB);

  await loginAndWait(page, DEMO.staffB);
  await page.getByRole('link', { name: 'SKP Saya' }).click();
  await submitButton(page, /^Buat SKP$/).click();
  await expect(page.getByRole('group', { name: 'RHK 1' })).toBeVisible();

  const rhk1 = page.getByRole('group', { name: 'RHK 1' });
  await rhk1
    .getByLabel('Uraian Rencana Hasil Kerja')
    .fill('Tersusunnya data pokok pendidikan SD yang mutakhir');
  await fillIndicator(page, 1, 1, 'Jumlah sekolah yang datanya diverifikasi', '55', 'Sekolah');
  await rhk1.getByRole('button', { name: 'Tambah indikator pada RHK 1' }).click();
  await fillIndicator(page, 1, 2, 'Data terkirim tepat waktu', '12', 'Bulan');
  await page.getByRole('button', { name: 'Tambah RHK' }).click();
  const rhk2 = page.getByRole('group', { name: 'RHK 2' });
  await rhk2.getByLabel('Uraian Rencana Hasil Kerja').fill('Terlaksananya pendampingan operator sekolah');
  await rhk2.getByLabel('RHK atasan yang diintervensi').selectOption({ label: parents[1]! });
  await fillIndicator(page, 2, 1, 'Jumlah operator yang didampingi', '40', 'Orang');

  // RHK 1 has no intervensi yet: the submit is refused beside that field.
  await submitButton(page, /^Simpan dan ajukan$/).click();
  await expect(page.locator('#rhks-0-parentRhkId-error')).toHaveText(
    'Pilih RHK atasan yang diintervensi oleh RHK Utama ini.',
  );
  await rhk1.getByLabel('RHK atasan yang diintervensi').selectOption({ label: parents[0]! });
  await submitButton(page, /^Simpan dan ajukan$/).click();
  await expect(page.getByTestId('skp-status')).toHaveText('Diajukan');
  const skpUrl = page.url();

  const bossContext = await browser.newContext();
  const boss = await bossContext.newPage();
  await loginAndWait(boss, DEMO.kabid);
  await boss.getByRole('link', { name: 'Tim Saya' }).click();
  const row = boss.getByTestId('team-table').getByRole('row', { name: new RegExp(staff.name) });
  await expect(row).toContainText('Diajukan');
  await row.getByRole('link', { name: 'Tinjau' }).click();
  await boss.getByLabel('Catatan pengembalian').fill('Indikator RHK 1 perlu target kualitas data.');
  await submitButton(boss, /^Kembalikan untuk diperbaiki$/).click();
  await expect(boss.getByTestId('skp-status')).toHaveText('Dikembalikan');

  await page.goto(skpUrl);
  await expect(page.getByTestId('return-comment')).toContainText(
    'Indikator RHK 1 perlu target kualitas data.',
  );
  await page.getByRole('link', { name: 'Ubah SKP' }).click();
  await page
    .getByRole('group', { name: 'RHK 1' })
    .getByRole('button', { name: 'Tambah indikator pada RHK 1' })
    .click();
  const third = page.getByRole('group', { name: 'RHK 1' }).getByTestId('indicator-row').nth(2);
  await third.getByLabel('Aspek').selectOption('kualitas');
  await fillIndicator(page, 1, 3, 'Persentase data tanpa kesalahan', '95', '%');
  await submitButton(page, /^Simpan dan ajukan$/).click();
  await expect(page.getByTestId('skp-status')).toHaveText('Diajukan');

  await boss.goto(skpUrl);
  await submitButton(boss, /^Setujui SKP$/).click();
  await expect(boss.getByTestId('skp-status')).toHaveText('Disetujui');
  await expect(boss.getByTestId('skp-late')).toContainText(
    new Date() > new Date(`${YEAR}-02-01`) ? 'terlambat' : 'tepat waktu',
  );

  await boss.getByRole('link', { name: 'Matriks Peran Hasil' }).click();
  const matrixRow = boss.getByTestId('matrix-row').filter({ hasText: parents[0]! });
  await expect(matrixRow).toContainText('Tersusunnya data pokok pendidikan SD yang mutakhir');
  await expect(boss.getByTestId('matrix-row').filter({ hasText: parents[1]! })).toContainText(
    'Terlaksananya pendampingan operator sekolah',
  );
  await bossContext.close();

  await page.goto('/notifications');
  await expect(page.getByTestId('notifications')).toContainText('menyetujui SKP');
});

test('with JavaScript disabled, a staff member adds an indicator row, saves and submits', async ({
  browser,
}) => {
  const parents = await kabidRhks();
  await withoutSkp(DEMO.pppk);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, DEMO.pppk);
  await page.goto('/skp');
  await submitButton(page, /^Buat SKP$/).click();
  const rhk1 = page.getByRole('group', { name: 'RHK 1' });
  await rhk1.getByLabel('RHK atasan yang diintervensi').selectOption({ label: parents[0]! });
  await rhk1.getByLabel('Uraian Rencana Hasil Kerja').fill('Terselenggaranya layanan administrasi bidang');
  await fillIndicator(page, 1, 1, 'Jumlah surat yang diproses', '600', 'Surat');
  await rhk1.getByRole('button', { name: 'Tambah indikator pada RHK 1' }).click();
  // The server sent the form back with a second row and everything typed so far.
  await expect(
    page.getByRole('group', { name: 'RHK 1' }).getByLabel('Indikator 1', { exact: true }),
  ).toHaveValue('Jumlah surat yang diproses');
  await fillIndicator(page, 1, 2, 'Surat selesai dalam 2 hari kerja', '90', '%');
  await submitButton(page, /^Simpan dan ajukan$/).click();
  await expect(page.getByTestId('skp-status')).toHaveText('Diajukan');
  await expect(page.getByTestId('rhk-table-utama')).toContainText('Surat selesai dalam 2 hari kerja');
  await context.close();
});

test('the PDF download is a valid PDF with the employee’s NIP; a peer gets 404 for the SKP', async ({
  page,
  browser,
}) => {
  await loginAndWait(page, DEMO.staffA);
  await page.goto('/skp');
  await expect(page.getByTestId('skp-status')).toBeVisible();
  const download = await page.request.get(`${page.url()}/pdf`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  const body = await download.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'skp-')), 'skp.pdf');
  writeFileSync(file, body);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain(DEMO.staffA);

  const skpPath = new URL(page.url()).pathname;
  const context = await browser.newContext();
  const peer = await context.newPage();
  await loginAndWait(peer, DEMO.staffB);
  expect((await peer.goto(skpPath))?.status()).toBe(404);
  expect((await peer.request.get(`${skpPath}/pdf`)).status()).toBe(404);
  await context.close();
});

/**
 * An ordinary employee (not a demo account, no subordinates, not acting-supervised) with an approved SKP
 * this year, so revising it disturbs no other test.
 */
async function approvedSkpOwner(offset: number) {
  const [row] = await query<{ nip: string; skp_id: number; revision: number }>(
    `SELECT e.nip, s.id AS skp_id, s.revision FROM employees e
     JOIN users u ON u.employee_id = e.id
     JOIN skps s ON s.employee_id = e.id AND s.year = $2 AND s.status = 'approved'
     WHERE e.active AND u.disabled_at IS NULL AND u.roles = '{}' AND e.nip <> ALL($1)
       AND EXISTS (SELECT 1 FROM skp_revisions v WHERE v.skp_id = s.id AND v.revision = s.revision)
       AND NOT EXISTS (SELECT 1 FROM supervisions x WHERE x.supervisor_id = e.id)
       AND NOT EXISTS (SELECT 1 FROM supervisions p WHERE p.employee_id = e.id AND p.kind <> 'definitive')
     ORDER BY e.id OFFSET $3 LIMIT 1`,
    [Object.values(DEMO), YEAR, offset],
  );
  if (!row) throw new Error('no employee with an approved SKP');
  return row;
}

const skpState = async (id: number) =>
  (
    await query<{ status: string; revision: number }>('SELECT status, revision FROM skps WHERE id = $1', [id])
  )[0];

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'JavaScript on' : 'JavaScript off', () => {
    test.use({ javaScriptEnabled });

    test('starting a revision asks first; the owner discards it and the approved SKP applies again', async ({
      page,
    }) => {
      const owner = await approvedSkpOwner(javaScriptEnabled ? 0 : 1);
      const [first] = await query<{ id: number; text: string }>(
        'SELECT id, text FROM skp_rhks WHERE skp_id = $1 ORDER BY position LIMIT 1',
        [owner.skp_id],
      );
      await loginAndWait(page, owner.nip);
      await page.goto(`/skp/${owner.skp_id}`);

      // The first button only opens the question; nothing changes yet.
      const yes = page.getByRole('button', { name: 'Ya, buat revisi baru' });
      await expect(yes).toBeHidden();
      await page.getByText('Ubah SKP (buat revisi baru)').click();
      await expect(page.getByText('SKP yang sudah disetujui tetap berlaku')).toBeVisible();
      expect(await skpState(owner.skp_id)).toEqual({ status: 'approved', revision: owner.revision });
      await yes.click();
      await expect(page).toHaveURL(new RegExp(`/skp/${owner.skp_id}/edit`));
      expect(await skpState(owner.skp_id)).toEqual({ status: 'draft', revision: owner.revision + 1 });

      // The revision changes an RHK (the editor is tested elsewhere), then the owner drops it.
      await query('UPDATE skp_rhks SET text = $2 WHERE id = $1', [first!.id, 'Teks revisi yang dibatalkan']);
      await page.goto(`/skp/${owner.skp_id}`);
      await expect(page.getByTestId('skp-status')).toHaveText('Draf');
      await expect(page.getByTestId('approved-in-force')).toContainText(`revisi ${owner.revision}`);
      await page.getByText(`Batalkan revisi ${owner.revision + 1}`).click();
      await page.getByRole('button', { name: `Ya, buang revisi ${owner.revision + 1}` }).click();
      await expect(
        page.getByText(`Revisi dibatalkan. SKP kembali ke revisi ${owner.revision}`),
      ).toBeVisible();
      await expect(page.getByTestId('skp-status')).toHaveText('Disetujui');
      await expect(page.getByTestId('rhk-table-utama')).toContainText(first!.text);
      await expect(page.getByTestId('rhk-table-utama')).not.toContainText('Teks revisi yang dibatalkan');
      expect(await skpState(owner.skp_id)).toEqual({ status: 'approved', revision: owner.revision });
    });
  });
}

test('a PPPK’s SKP page and PDF say NI PPPK and show the PPPK golongan', async ({ page }) => {
  const roman = [
    'I',
    'II',
    'III',
    'IV',
    'V',
    'VI',
    'VII',
    'VIII',
    'IX',
    'X',
    'XI',
    'XII',
    'XIII',
    'XIV',
    'XV',
    'XVI',
    'XVII',
  ];
  const [pppk] = await query<{ golongan: number }>(
    'SELECT pppk_golongan AS golongan FROM employees WHERE nip = $1',
    [DEMO.pppk],
  );
  const golongan = roman[pppk!.golongan - 1]!;
  await loginAndWait(page, DEMO.pppk);
  await page.goto('/skp');
  const identity = page.getByRole('table', { name: 'Pegawai yang dinilai' });
  await expect(identity.getByRole('row', { name: /^NI PPPK/ })).toContainText('19910525 2023 21 1 031');
  await expect(identity.getByRole('row', { name: /^Golongan PPPK/ })).toContainText(golongan);
  await expect(identity.getByRole('rowheader', { name: 'NIP', exact: true })).toHaveCount(0);

  const pdf = await page.request.get(`${page.url()}/pdf`);
  expect(pdf.status()).toBe(200);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'skp-')), 'skp.pdf');
  writeFileSync(file, await pdf.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/NI PPPK\s+19910525 2023 21 1 031/);
  // The layout text puts a wrapped row's cells on lines of their own.
  expect(text).toContain('Golongan PPPK');
  expect(text).toMatch(new RegExp(`^\\s*${golongan}\\s*$`, 'm'));
});
