import { randomUUID } from 'node:crypto';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO, employee, loginAndWait, query, submitButton } from './fixtures';

const VALUES = [
  'Berorientasi Pelayanan',
  'Akuntabel',
  'Kompeten',
  'Harmonis',
  'Loyal',
  'Adaptif',
  'Kolaboratif',
];

test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, nip: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await loginAndWait(page, nip);
  return page;
}

async function requestId(roundId: number, rateeId: number, raterNip: string) {
  const [row] = await query<{ id: number }>(
    `SELECT r.id FROM feedback_requests r JOIN employees e ON e.id = r.rater_id
     WHERE r.round_id = $1 AND r.ratee_id = $2 AND e.nip = $3`,
    [roundId, rateeId, raterNip],
  );
  if (!row) throw new Error('no such request');
  return row.id;
}

async function answerAll(page: Page, answer: string, skip?: string) {
  for (const value of VALUES) {
    if (value === skip) continue;
    await page.getByRole('group', { name: value, exact: true }).getByLabel(answer, { exact: true }).check();
  }
}

test('peers and the supervisor give feedback; after closing the ratee sees the peer aggregate and nothing that names a peer', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const staffA = await employee(DEMO.staffA);
  const staffB = await employee(DEMO.staffB);
  const [unit] = await query<{ unit_id: number }>('SELECT unit_id FROM employees WHERE nip = $1', [
    DEMO.staffA,
  ]);

  // The admin starts a round for the Kepala Bidang's unit and opens it.
  const admin = await as(browser, DEMO.admin);
  await admin.goto('/feedback');
  await admin.getByRole('link', { name: 'Putaran umpan balik' }).click();
  const name = `Umpan balik uji ${randomUUID().slice(0, 6)}`;
  await admin.getByLabel('Nama putaran').fill(name);
  await admin.getByLabel('Unit kerja yang dinilai').selectOption(String(unit!.unit_id));
  // This quarter already has the seeded agency-wide round, still open: a second one is refused.
  await submitButton(admin, /^Buat putaran$/).click();
  await expect(admin.getByText(/Periode ini sudah punya putaran/)).toBeVisible();
  await expect(admin.getByLabel('Nama putaran')).toHaveValue(name);
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()).slice(0, 4);
  await admin.getByLabel('Periode', { exact: true }).selectOption({ label: `Tahunan ${year}` });
  await submitButton(admin, /^Buat putaran$/).click();
  await expect(admin.getByRole('heading', { name })).toBeVisible();
  const roundId = Number(admin.url().split('/').pop());
  await submitButton(admin, /^Mulai putaran/).click();
  await expect(admin.getByTestId('round-status')).toHaveText('Berjalan');

  const peersOf = async (rateeId: number) =>
    query<{ nip: string; name: string }>(
      `SELECT e.nip, e.name FROM feedback_requests r JOIN employees e ON e.id = r.rater_id
       WHERE r.round_id = $1 AND r.ratee_id = $2 AND r."group" = 'peer' ORDER BY e.id`,
      [roundId, rateeId],
    );
  const peersA = await peersOf(staffA.id);
  const peersB = await peersOf(staffB.id);
  expect(peersA.length).toBeGreaterThanOrEqual(3);
  expect(peersA.map((p) => p.nip)).not.toContain(DEMO.staffA);

  // First peer: through "My tasks", with JavaScript.
  const first = await as(browser, peersA[0]!.nip);
  await first.goto('/feedback');
  await first
    .getByRole('row')
    .filter({ hasText: name })
    .filter({ hasText: staffA.name })
    .getByRole('link', { name: /^Isi/ })
    .click();
  await expect(first.getByRole('heading', { name: `Umpan balik untuk ${staffA.name}` })).toBeVisible();
  await answerAll(first, 'Di Atas Ekspektasi');
  await first.getByLabel('Kekuatan').fill('Selalu siap membantu sekolah binaan.');
  // A draft first: the form stays open with what was typed and the new version, ready for the final send.
  await submitButton(first, /^Simpan draf$/).click();
  await expect(first.getByText('Draf tersimpan.')).toBeVisible();
  await expect(first.getByLabel('Kekuatan')).toHaveValue('Selalu siap membantu sekolah binaan.');
  await submitButton(first, /^Kirim \(final\)$/).click();
  await expect(first.getByText('Terima kasih, umpan balik Anda telah terkirim.')).toBeVisible();

  // Second peer: JavaScript disabled. A missing value is refused beside it and nothing is saved.
  const noJs = await as(browser, peersA[1]!.nip, false);
  const secondId = await requestId(roundId, staffA.id, peersA[1]!.nip);
  await noJs.goto(`/feedback/requests/${secondId}`);
  await answerAll(noJs, 'Di Atas Ekspektasi', 'Loyal');
  await submitButton(noJs, /^Kirim \(final\)$/).click();
  await expect(noJs.getByRole('group', { name: 'Loyal', exact: true })).toContainText(
    'Beri jawaban untuk nilai ini',
  );
  const [still] = await query<{ status: string }>('SELECT status FROM feedback_requests WHERE id = $1', [
    secondId,
  ]);
  expect(still!.status).toBe('pending');
  await noJs
    .getByRole('group', { name: 'Loyal', exact: true })
    .getByLabel('Sesuai Ekspektasi', { exact: true })
    .check();
  await submitButton(noJs, /^Kirim \(final\)$/).click();
  await expect(noJs.getByText('Terima kasih, umpan balik Anda telah terkirim.')).toBeVisible();

  // Third peer of staff A, two peers of staff B, and the supervisor for both.
  for (const [rateeId, nip] of [
    [staffA.id, peersA[2]!.nip],
    [staffB.id, peersB[0]!.nip],
    [staffB.id, peersB[1]!.nip],
  ] as const) {
    const p = await as(browser, nip);
    await p.goto(`/feedback/requests/${await requestId(roundId, rateeId, nip)}`);
    await answerAll(p, 'Di Atas Ekspektasi');
    await submitButton(p, /^Kirim \(final\)$/).click();
    await expect(p.getByText('Terima kasih, umpan balik Anda telah terkirim.')).toBeVisible();
  }
  const boss = await as(browser, DEMO.kabid);
  for (const ratee of [staffA, staffB]) {
    await boss.goto(`/feedback/requests/${await requestId(roundId, ratee.id, DEMO.kabid)}`);
    await answerAll(boss, 'Sesuai Ekspektasi');
    await boss.getByLabel('Yang perlu ditingkatkan').fill('Perlu lebih aktif dalam rapat koordinasi.');
    await submitButton(boss, /^Kirim \(final\)$/).click();
    await expect(boss.getByText('Terima kasih, umpan balik Anda telah terkirim.')).toBeVisible();
  }

  await admin.reload();
  await submitButton(admin, /^Tutup putaran$/).click();
  await expect(admin.getByTestId('round-status')).toHaveText('Ditutup');

  // The ratee sees the peer aggregate and the supervisor's attributed feedback.
  const ratee = await as(browser, DEMO.staffA);
  await ratee.goto('/feedback');
  await ratee.getByRole('link', { name }).click();
  await expect(ratee.getByRole('heading', { name: `Hasil umpan balik 360° — ${staffA.name}` })).toBeVisible();
  await expect(ratee.getByTestId('peers-kompeten')).toContainText('Di Atas: 3');
  const kabid = await employee(DEMO.kabid);
  await expect(ratee.getByTestId('supervisor-comment')).toContainText(kabid.name);
  await expect(ratee.getByTestId('supervisor-comment')).toContainText(
    'Perlu lebih aktif dalam rapat koordinasi.',
  );
  await expect(ratee.getByText('Selalu siap membantu sekolah binaan.')).toBeVisible();

  // Neither the HTML nor the RSC payload of that page carries a peer's name or NIP. (Loaded afresh: after
  // a client-side navigation the document still holds the previous page's own payload — here "My tasks",
  // where staff A's peers rightly appear as people she is asked to rate.)
  const url = ratee.url();
  await ratee.goto(url);
  const html = await ratee.content();
  const served = await (await ratee.request.get(url)).text();
  const rsc = await (await ratee.request.get(url, { headers: { RSC: '1' } })).text();
  expect(rsc.length).toBeGreaterThan(1000);
  for (const peer of peersA) {
    for (const body of [html, served, rsc]) {
      expect(body).not.toContain(peer.nip);
      expect(body).not.toContain(peer.name);
    }
  }

  // With two peer answers the pejabat penilai's view of staff B says there are not enough.
  await boss.goto(`/feedback/results/${roundId}/${staffB.id}`);
  await expect(boss.getByTestId('peers-kompeten')).toContainText('Belum cukup jawaban (minimal 3)');
  await expect(boss.getByTestId('responses')).toContainText('Rekan kerja: 2');
  // A peer cannot open the results at all.
  const peerView = await as(browser, peersA[0]!.nip);
  const refused = await peerView.goto(`/feedback/results/${roundId}/${staffA.id}`);
  expect(refused?.status()).toBe(404);
});
