import { expect, test } from '@playwright/test';
import { DEMO, employee, loginAndWait, query } from './fixtures';

type Expectation = {
  nip: string;
  roles: RegExp;
  overview: boolean;
  supervisor: RegExp | null;
  subordinates: number;
};

const accounts: Record<string, Expectation> = {
  admin: { nip: DEMO.admin, roles: /Admin BKPSDM/, overview: true, supervisor: /.+/, subordinates: 0 },
  sekda: { nip: DEMO.sekda, roles: /Pimpinan/, overview: true, supervisor: null, subordinates: 1 },
  kadisdik: {
    nip: DEMO.kadisdik,
    roles: /Pimpinan/,
    overview: true,
    supervisor: /Sekretaris Daerah/,
    subordinates: 1,
  },
  kabid: {
    nip: DEMO.kabid,
    roles: /Atasan/,
    overview: false,
    supervisor: /Kepala Dinas Pendidikan/,
    subordinates: 5,
  },
  staffA: {
    nip: DEMO.staffA,
    roles: /^Pegawai$/,
    overview: false,
    supervisor: /Kepala Bidang/,
    subordinates: 0,
  },
  staffB: {
    nip: DEMO.staffB,
    roles: /^Pegawai$/,
    overview: false,
    supervisor: /Kepala Bidang/,
    subordinates: 0,
  },
  pppk: { nip: DEMO.pppk, roles: /^Pegawai$/, overview: false, supervisor: /Kepala Bidang/, subordinates: 0 },
};

for (const [key, want] of Object.entries(accounts)) {
  test(`demo account ${key} sees their own name, role navigation and profile`, async ({ page }) => {
    const me = await employee(want.nip);
    await loginAndWait(page, want.nip);
    await expect(page.getByTestId('signed-in-as')).toHaveText(`Masuk sebagai ${me.name}`);
    await page.goto('/profile');
    await expect(page.getByTestId('roles')).toHaveText(want.roles);
    await expect(page.getByTestId('profile-name')).toHaveText(me.name);
    await expect(page.getByTestId('profile-nip')).toContainText(want.nip.slice(0, 8));
    await expect(page.getByTestId('profile-birth-date')).not.toBeEmpty();
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await expect(nav.getByRole('link', { name: 'Ringkasan Instansi' })).toHaveCount(want.overview ? 1 : 0);
    if (want.supervisor) await expect(page.getByTestId('profile-supervisor')).toContainText(want.supervisor);
    else await expect(page.getByTestId('profile-supervisor')).toContainText('puncak');
    if (want.subordinates > 0) {
      await expect(page.getByTestId('subordinates').locator('tbody tr')).toHaveCount(
        key === 'kabid' ? want.subordinates : await subordinateCount(me.id),
      );
    }
  });
}

async function subordinateCount(id: number) {
  const [row] = await query<{ n: string }>(
    // Lines valid today, a definitive one only when no acting (Plt/Plh) line supersedes it.
    `SELECT count(*) AS n FROM supervisions s JOIN employees e ON e.id = s.employee_id
     WHERE s.supervisor_id = $1 AND e.active AND s.valid_from <= CURRENT_DATE AND (s.valid_to IS NULL OR s.valid_to > CURRENT_DATE)
       AND (s.kind <> 'definitive' OR NOT EXISTS (SELECT 1 FROM supervisions a WHERE a.employee_id = s.employee_id
         AND a.kind <> 'definitive' AND a.valid_from <= CURRENT_DATE AND (a.valid_to IS NULL OR a.valid_to > CURRENT_DATE)))`,
    [id],
  );
  return Number(row?.n);
}

test('the PNS profile shows NIP parts parsed and the pangkat by name', async ({ page }) => {
  await loginAndWait(page, DEMO.staffA);
  await page.goto('/profile');
  await expect(page.getByTestId('profile-nip')).toHaveText('19900417 201503 2 002');
  await expect(page.getByTestId('profile-birth-date')).toHaveText('17 April 1990');
  await expect(page.getByTestId('profile-tmt')).toHaveText('Maret 2015');
  await expect(page.getByTestId('profile-pangkat')).toContainText(/Penata|Pengatur/);
});

test('a staff member gets 404 for a peer’s profile; their supervisor sees it', async ({ page, browser }) => {
  const peer = await employee(DEMO.staffB);
  await loginAndWait(page, DEMO.staffA);
  const res = await page.goto(`/employees/${peer.id}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(DEMO.staffB);

  const context = await browser.newContext();
  const boss = await context.newPage();
  await loginAndWait(boss, DEMO.kabid);
  await boss.goto('/profile');
  await boss.getByRole('link', { name: peer.name }).click();
  await expect(boss.getByTestId('profile-name')).toHaveText(peer.name);
  await context.close();
});

test('leadership sees the agency overview with real counts and the predikat distribution; staff get 404', async ({
  page,
  browser,
}) => {
  await loginAndWait(page, DEMO.sekda);
  await page.getByRole('link', { name: 'Ringkasan Instansi' }).click();
  const [row] = await query<{ n: string }>('SELECT count(*) AS n FROM employees WHERE active');
  await expect(page.getByTestId('overview-employees')).toHaveText(
    new Intl.NumberFormat('id-ID').format(Number(row?.n)),
  );
  await expect(page.getByRole('heading', { name: /^Sebaran predikat pegawai/ })).toBeVisible();

  const context = await browser.newContext();
  const staff = await context.newPage();
  await loginAndWait(staff, DEMO.staffB);
  expect((await staff.goto('/overview'))?.status()).toBe(404);
  await context.close();
});
