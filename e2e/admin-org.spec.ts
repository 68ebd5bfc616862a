import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO, login, loginAndWait, query, submitButton } from './fixtures';

/**
 * BKPSDM administers the organisation. A move takes an employee out of their old supervisor's team at
 * once; a new employee's NIP is checked beside the field before anything is saved. Movers are ordinary
 * staff of the Sekretariat DPRD (no spec depends on them), one per JavaScript mode.
 */

async function signedIn(browser: Browser, nip: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  if (javaScriptEnabled) await loginAndWait(page, nip);
  else await login(page, nip);
  return page;
}

type Person = { id: number; nip: string; name: string };

/** A Setwan staff member who supervises nobody, with their pejabat penilai (not a demo account). */
async function mover(offset: number) {
  const [row] = await query<Person & { supId: number; supNip: string; supName: string }>(
    `SELECT e.id, e.nip, e.name, s.supervisor_id AS "supId", sup.nip AS "supNip", sup.name AS "supName"
       FROM employees e
       JOIN units u ON u.id = e.unit_id
       JOIN units opd ON opd.code = 'setwan' AND u.path LIKE opd.path || '%'
       JOIN supervisions s ON s.employee_id = e.id AND s.kind = 'definitive' AND s.valid_to IS NULL
       JOIN employees sup ON sup.id = s.supervisor_id
      WHERE e.active AND e.nip <> ALL($1) AND sup.nip <> ALL($1)
        AND NOT EXISTS (SELECT 1 FROM supervisions x WHERE x.supervisor_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM supervisions x WHERE x.employee_id = e.id AND x.kind <> 'definitive')
      ORDER BY e.id OFFSET $2 LIMIT 1`,
    [Object.values(DEMO), offset],
  );
  if (!row) throw new Error('no Setwan staff to move');
  return row;
}

/** A position in the Inspektorat and the holder of its unit's head position, the new pejabat penilai. */
async function destination() {
  const [row] = await query<{ positionId: number; headNip: string; headName: string }>(
    `SELECT p.id AS "positionId", head.nip AS "headNip", head.name AS "headName"
       FROM units opd
       JOIN units u ON u.path LIKE opd.path || '%'
       JOIN positions hp ON hp.unit_id = u.id AND hp.is_unit_head
       JOIN employees head ON head.position_id = hp.id AND head.active
       JOIN positions p ON p.unit_id = u.id AND NOT p.is_unit_head
      WHERE opd.code = 'inspektorat'
      ORDER BY u.path, p.id LIMIT 1`,
  );
  if (!row) throw new Error('no Inspektorat position');
  return row;
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`the admin moves an employee to another unit and supervisor; the old supervisor loses them (${mode})`, async ({
    browser,
  }) => {
    const person = await mover(javaScriptEnabled ? 0 : 1);
    const target = await destination();
    const oldBoss = await signedIn(browser, person.supNip, javaScriptEnabled);
    await oldBoss.goto('/team');
    await expect(oldBoss.getByTestId('team-table')).toContainText(person.name);

    const admin = await signedIn(browser, DEMO.admin, javaScriptEnabled);
    await admin.goto('/admin');
    await admin.getByRole('link', { name: /^Pegawai/ }).click();
    await admin.getByLabel('Cari NIP atau nama').fill(person.nip);
    await admin.getByRole('button', { name: 'Cari' }).click();
    await admin.getByTestId('admin-employees').getByRole('link', { name: person.name }).click();
    const form = admin.getByTestId('move-employee');
    await form.getByLabel('Jabatan — unit kerja').selectOption(String(target.positionId));
    await form.getByLabel('NIP pejabat penilai').fill(target.headNip);
    await submitButton(admin, /^Pindahkan pegawai$/).click();
    await expect(form.getByText('Pegawai dipindahkan.')).toBeVisible();
    await expect(admin.getByTestId('pejabat-penilai')).toContainText(target.headName);

    await oldBoss.goto('/team');
    await expect(oldBoss.getByRole('main')).not.toContainText(person.name);
    const gone = await oldBoss.goto(`/employees/${person.id}`);
    expect(gone?.status()).toBe(404);
    const newBoss = await signedIn(browser, target.headNip, javaScriptEnabled);
    await newBoss.goto('/team');
    await expect(newBoss.getByTestId('team-table')).toContainText(person.name);
  });

  test(`the admin creates an employee: a bad NIP is refused beside the field, then a good one is saved (${mode})`, async ({
    browser,
  }) => {
    const nip = javaScriptEnabled ? '199601102020122001' : '199601102020122002';
    const name = javaScriptEnabled ? 'Rina Uji Satu' : 'Rina Uji Dua';
    const target = await destination();
    const admin = await signedIn(browser, DEMO.admin, javaScriptEnabled);
    await admin.goto('/admin/employees/new');
    const form = admin.getByTestId('create-employee');
    await form.getByLabel('NIP / NI PPPK').fill('199013402020121001');
    await form.getByLabel('Nama lengkap (dengan gelar)').fill(name);
    await form.getByLabel('Jabatan — unit kerja').selectOption(String(target.positionId));
    await form.getByLabel('Pangkat / golongan (PNS)').selectOption('III/a');
    await submitButton(admin, /^Simpan pegawai$/).click();
    await expect(admin.locator('#field-nip-error')).toHaveText(
      'Tanggal lahir dalam NIP (angka 1–8) tidak valid.',
    );
    expect(await query('SELECT 1 FROM employees WHERE name = $1', [name])).toHaveLength(0);

    // Optional fields (TMT pangkat, golongan PPPK, supervisor) stay empty: the unit head is proposed.
    await form.getByLabel('NIP / NI PPPK').fill(nip);
    await submitButton(admin, /^Simpan pegawai$/).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Pegawai tersimpan.' })).toBeVisible();
    await expect(admin.getByTestId('pejabat-penilai')).toContainText(target.headName);
    const [saved] = await query<{ birth_date: string; gender: string }>(
      "SELECT to_char(birth_date, 'YYYY-MM-DD') AS birth_date, gender FROM employees WHERE nip = $1",
      [nip],
    );
    expect(saved).toEqual({ birth_date: '1996-01-10', gender: 'P' });
  });
}

/**
 * A head of a small leaf unit (no demo account near, outside the Setwan and the Inspektorat the tests
 * above use, from the other end of the id order than the import spec's heads), one of their people and
 * their own pejabat penilai.
 */
async function headWithTeam(offset: number) {
  const [row] = await query<Person & { subId: number; subName: string; upNip: string; upName: string }>(
    `SELECT e.id, e.nip, e.name, (array_agg(sub.id ORDER BY sub.id))[1] AS "subId",
            (array_agg(sub.name ORDER BY sub.id))[1] AS "subName",
            up.nip AS "upNip", up.name AS "upName"
       FROM employees e
       JOIN positions p ON p.id = e.position_id AND p.is_unit_head
       JOIN units u ON u.id = e.unit_id
       JOIN users us ON us.employee_id = e.id AND us.roles = '{}'
       JOIN supervisions s ON s.supervisor_id = e.id AND s.kind = 'definitive' AND s.valid_to IS NULL
       JOIN employees sub ON sub.id = s.employee_id AND sub.active
       JOIN supervisions su ON su.employee_id = e.id AND su.kind = 'definitive' AND su.valid_to IS NULL
       JOIN employees up ON up.id = su.supervisor_id
      WHERE e.active AND e.nip <> ALL($1) AND up.nip <> ALL($1)
        AND NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id)
        AND NOT EXISTS (SELECT 1 FROM employees d WHERE d.unit_id = u.id AND d.nip = ANY($1))
        AND NOT EXISTS (SELECT 1 FROM units opd WHERE opd.code IN ('setwan', 'inspektorat')
                          AND u.path LIKE opd.path || '%')
      GROUP BY e.id, up.id
      ORDER BY count(*), e.id DESC OFFSET $2 LIMIT 1`,
    [Object.values(DEMO), offset],
  );
  if (!row) throw new Error('no head with a team');
  return row;
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`a head who moves: the form names their people, whose lines go to the successor or end (${mode})`, async ({
    browser,
  }) => {
    const head = await headWithTeam(javaScriptEnabled ? 0 : 1);
    const target = await destination();
    const admin = await signedIn(browser, DEMO.admin, javaScriptEnabled);
    await admin.goto(`/admin/employees/${head.id}`);
    const form = admin.getByTestId('move-employee');
    await expect(form.getByTestId('move-subordinates')).toContainText(head.subName);

    // The head cannot succeed themself: said beside the field, nothing moved.
    await form.getByLabel('Jabatan — unit kerja').selectOption(String(target.positionId));
    await form.getByLabel('NIP pengganti (opsional)').fill(head.nip);
    await submitButton(admin, /^Pindahkan pegawai$/).click();
    await expect(form.getByText('Pengganti tidak boleh pegawai yang dimutasi.')).toBeVisible();

    // With JavaScript the head's own pejabat penilai takes over; without, the field is left empty.
    await form.getByLabel('Jabatan — unit kerja').selectOption(String(target.positionId));
    await form.getByLabel('NIP pengganti (opsional)').fill(javaScriptEnabled ? head.upNip : '');
    await submitButton(admin, /^Pindahkan pegawai$/).click();
    await expect(form.getByText('Pegawai dipindahkan.')).toBeVisible();
    await expect(admin.getByTestId('move-subordinates')).toHaveCount(0);

    await admin.goto(`/admin/employees/${head.subId}`);
    await expect(admin.getByTestId('pejabat-penilai')).toHaveText(javaScriptEnabled ? /./ : 'Tidak ada');
    if (javaScriptEnabled) await expect(admin.getByTestId('pejabat-penilai')).toContainText(head.upName);
    const oldHead = await signedIn(browser, head.nip, javaScriptEnabled);
    expect((await oldHead.goto(`/employees/${head.subId}`))?.status()).toBe(404);
  });
}
