import { type Browser, expect, test } from '@playwright/test';
import { DEMO, employee, loginAndWait, query, submitButton } from './fixtures';

/** This quarter (the seed leaves a draft for each of the Kepala Bidang's staff). */
async function thisQuarter() {
  const [p] = await query<{ id: number; label_seq: number; year: number }>(
    `SELECT id, seq AS label_seq, year FROM periods
     WHERE kind = 'quarterly' AND starts_on <= (now() AT TIME ZONE 'Asia/Jakarta')::date
       AND ends_on >= (now() AT TIME ZONE 'Asia/Jakarta')::date`,
  );
  if (!p) throw new Error('no current quarter');
  return p;
}
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/**
 * Puts the employee's draft for the quarter back with the Kepala Bidang, unrouted and uncalibrated; with
 * `proposed`, rated Sesuai × Sesuai (Baik) as if he had saved it.
 */
async function resetDraft(nip: string, periodId: number, proposed = false) {
  const [e] = await query<{ id: number }>('SELECT id FROM employees WHERE nip = $1', [nip]);
  const boss = await employee(DEMO.kabid);
  await query('DELETE FROM appraisal_reassignments WHERE employee_id = $1 AND period_id = $2', [
    e?.id,
    periodId,
  ]);
  await query(
    `DELETE FROM calibration_adjustments WHERE appraisal_id IN
       (SELECT id FROM appraisals WHERE employee_id = $1 AND period_id = $2)`,
    [e?.id, periodId],
  );
  await query(
    `DELETE FROM calibrations WHERE period_id = $2 AND unit_id = (SELECT unit_id FROM employees WHERE id = $1)
       AND id NOT IN (SELECT calibration_id FROM calibration_adjustments)`,
    [e?.id, periodId],
  );
  await query(
    `UPDATE calibrations SET status = 'closed', closed_by = opened_by, closed_at = now()
     WHERE period_id = $2 AND unit_id = (SELECT unit_id FROM employees WHERE id = $1) AND status = 'open'`,
    [e?.id, periodId],
  );
  const [a] = await query<{ id: number }>(
    `UPDATE appraisals SET evaluator_id = $3, status = 'draft', delivered_on = NULL, justification = NULL,
       rating_hasil = $4, rating_perilaku = $4, predikat = $5
     WHERE employee_id = $1 AND period_id = $2 RETURNING id`,
    [e?.id, periodId, boss.id, proposed ? 'sesuai' : null, proposed ? 'baik' : null],
  );
  if (!a) throw new Error(`no draft for ${nip}`);
  return a.id;
}

async function signedIn(browser: Browser, nip: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await loginAndWait(page, nip);
  return page;
}

test.describe.configure({ mode: 'serial' });

for (const js of [true, false]) {
  const mode = js ? 'JavaScript on' : 'JavaScript off';
  // One ratee for both modes (each run starts by putting the draft back): staff A's own quarter stays with
  // the Kepala Bidang for the specs that run beside this one (realisation, coaching, appraisal).
  const ratee = DEMO.pppk;

  test(`a pejabat penilai declares a conflict and the atasan appraises instead (${mode})`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const q = await thisQuarter();
    const draftId = await resetDraft(ratee, q.id);
    const person = await employee(ratee);
    const head = await employee(DEMO.kadisdik);

    const boss = await signedIn(browser, DEMO.kabid, js);
    await boss.goto(`/appraisals?period=${q.id}`);
    await boss.getByRole('link', { name: `Nyatakan konflik ${person.name}` }).click();
    await expect(boss.getByRole('heading', { level: 1 })).toContainText(person.name);
    // "Other" needs a reason: refused beside the field, nothing recorded.
    await boss.getByLabel('Jenis konflik').selectOption({ label: 'Lainnya' });
    await submitButton(boss, /^Nyatakan dan alihkan penilaian$/).click();
    await expect(boss.getByText('Tuliskan alasannya, minimal 10 karakter.')).toBeVisible();
    await boss.getByLabel('Keterangan').fill('Pegawai ini adik ipar saya sejak tahun lalu.');
    await submitButton(boss, /^Nyatakan dan alihkan penilaian$/).click();
    await expect(boss.getByRole('status')).toHaveText('Konflik kepentingan dicatat; penilaian dialihkan.');
    await expect(boss.getByTestId('team-appraisals')).toContainText(`Dialihkan ke ${head.name}`);
    // The original rater can no longer open the draft.
    expect((await boss.goto(`/appraisals/${draftId}`))?.status()).toBe(404);
    await boss.context().close();

    const atasan = await signedIn(browser, DEMO.kadisdik, js);
    await atasan.goto(`/appraisals?period=${q.id}`);
    await atasan
      .getByTestId('routed-appraisals')
      .getByRole('link', { name: new RegExp(person.name) })
      .click();
    await atasan.getByLabel('Rating Hasil Kerja').selectOption({ label: 'Sesuai Ekspektasi' });
    await atasan.getByLabel('Rating Perilaku Kerja').selectOption({ label: 'Sesuai Ekspektasi' });
    await atasan.getByLabel('Justifikasi').fill('Dinilai oleh atasan karena konflik kepentingan penilai.');
    await submitButton(atasan, /^Simpan dan sampaikan ke pegawai$/).click();
    await expect(atasan.getByTestId('appraisal-status')).toHaveText('Dinilai');
    await atasan.context().close();

    const own = await signedIn(browser, ratee, js);
    await own.goto(`/appraisals/${draftId}`);
    await expect(own.getByTestId('why-conflict')).toContainText('menyatakan konflik kepentingan (Lainnya)');
    await expect(own.getByTestId('why-conflict')).toContainText(head.name);
    await own.context().close();
  });

  test(`a calibration changes one predikat with a justification the employee reads (${mode})`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const q = await thisQuarter();
    const draftId = await resetDraft(DEMO.staffB, q.id, true);
    const person = await employee(DEMO.staffB);
    const [unit] = await query<{ name: string }>(
      'SELECT u.name FROM units u JOIN employees e ON e.unit_id = u.id WHERE e.nip = $1',
      [DEMO.staffB],
    );
    const justification = `Capaian bidang diakui lintas unit (${mode}); kontribusi melampaui target.`;

    const leader = await signedIn(browser, DEMO.kadisdik, js);
    await leader.goto('/calibration');
    await leader.getByLabel('Unit').selectOption({ label: unit?.name ?? '' });
    await leader.getByLabel('Periode').selectOption({ label: `Triwulan ${ROMAN[q.label_seq]} ${q.year}` });
    await submitButton(leader, /^Buka kalibrasi$/).click();
    await expect(leader.getByTestId('calibration-status')).toHaveText('Terbuka');
    await expect(leader.getByTestId('calibration-rows')).toContainText(person.name);
    await expect(leader.getByTestId('calibration-distribution')).toBeVisible();

    await leader.getByLabel('Pegawai', { exact: true }).selectOption({ label: `${person.name} — Baik` });
    await leader.getByLabel('Rating Hasil Kerja').selectOption({ label: 'Di Atas Ekspektasi' });
    await leader.getByLabel('Rating Perilaku Kerja').selectOption({ label: 'Di Atas Ekspektasi' });
    await leader.getByLabel('Justifikasi').fill('Terlalu singkat');
    await submitButton(leader, /^Simpan perubahan$/).click();
    await expect(leader.getByText('Tuliskan justifikasi, minimal 20 karakter.')).toBeVisible();
    await leader.getByLabel('Justifikasi').fill(justification);
    await submitButton(leader, /^Simpan perubahan$/).click();
    await expect(leader.getByRole('status')).toHaveText('Perubahan disimpan dan dicatat.');
    await expect(leader.getByTestId('calibration-log')).toContainText(`${person.name}: Baik → Sangat Baik`);

    // While the calibration is open the Kepala Bidang cannot deliver; once it is closed he can.
    const boss = await signedIn(browser, DEMO.kabid, js);
    await boss.goto(`/appraisals/${draftId}`);
    await expect(boss.getByTestId('calibration-notice')).toContainText(justification);
    await boss.getByLabel('Justifikasi').fill('Mengikuti hasil kalibrasi pimpinan unit.');
    await submitButton(boss, /^Simpan dan sampaikan ke pegawai$/).click();
    await expect(boss.getByText('Kalibrasi unit ini untuk periode ini masih terbuka')).toBeVisible();

    await submitButton(leader, /^Tutup kalibrasi$/).click();
    await expect(leader.getByTestId('calibration-status')).toHaveText('Ditutup');
    await leader.context().close();

    await boss.goto(`/appraisals/${draftId}`);
    await submitButton(boss, /^Simpan dan sampaikan ke pegawai$/).click();
    await expect(boss.getByTestId('appraisal-status')).toHaveText('Dinilai');
    await boss.context().close();

    const own = await signedIn(browser, DEMO.staffB, js);
    await own.goto(`/appraisals/${draftId}`);
    await expect(own.getByTestId('predikat')).toHaveText('Sangat Baik');
    await expect(own.getByTestId('why-calibration')).toContainText(justification);
    await expect(own.getByTestId('why-calibration')).toContainText(`Kalibrasi ${unit?.name}`);
    await own.context().close();
  });
}
