import { randomUUID } from 'node:crypto';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { loginAndWait, query, submitButton, thisYear, today } from './fixtures';

type Person = { id: number; nip: string; name: string };

/**
 * A supervisor outside the demo OPD (so no other spec touches their queue) with two subordinates who
 * have an approved SKP this year.
 */
async function team(): Promise<{ boss: Person; staff: Person[] }> {
  const rows = await query<{ boss_id: number; boss_nip: string; boss_name: string } & Person>(
    `SELECT b.id AS boss_id, b.nip AS boss_nip, b.name AS boss_name, e.id, e.nip, e.name
     FROM supervisions s
     JOIN employees b ON b.id = s.supervisor_id JOIN users ub ON ub.employee_id = b.id AND ub.disabled_at IS NULL
     JOIN employees e ON e.id = s.employee_id AND e.active
     JOIN skps k ON k.employee_id = e.id AND k.year = $1 AND k.status = 'approved'
     WHERE s.kind = 'definitive' AND s.valid_to IS NULL
       AND b.unit_id NOT IN (SELECT id FROM units WHERE path LIKE (
         SELECT u.path FROM units u JOIN employees x ON x.unit_id = u.id WHERE x.nip = '197002201996032001') || '%')
       AND (SELECT count(*) FROM supervisions c WHERE c.supervisor_id = b.id AND c.valid_to IS NULL) BETWEEN 2 AND 10
     ORDER BY b.id, e.id`,
    [thisYear()],
  );
  const first = rows[0];
  if (!first) throw new Error('no team');
  const mine = rows.filter((r) => r.boss_id === first.boss_id);
  return {
    boss: { id: first.boss_id, nip: first.boss_nip, name: first.boss_name },
    staff: mine.slice(0, 2).map((r) => ({ id: r.id, nip: r.nip, name: r.name })),
  };
}

/** Pending reports dated today in the evening, after office hours (no overlap with the seed's reports). */
async function pendingReports(employeeId: number, count: number, fromMinute = 17 * 60): Promise<number[]> {
  const [ind] = await query<{ id: number; skp_id: number; unit: string }>(
    `SELECT i.id, r.skp_id, i.target_unit AS unit FROM skp_indicators i JOIN skp_rhks r ON r.id = i.rhk_id
     JOIN skps k ON k.id = r.skp_id WHERE k.employee_id = $1 AND k.year = $2 ORDER BY r.position, i.position LIMIT 1`,
    [employeeId, thisYear()],
  );
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = fromMinute + i * 10;
    const [row] = await query<{ id: number }>(
      `INSERT INTO daily_reports (employee_id, skp_id, indicator_id, report_date, start_time, end_time, minutes,
         activity, quantity, unit, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, 10, $7, 1, $8, $9) RETURNING id::int AS id`,
      [
        employeeId,
        ind!.skp_id,
        ind!.id,
        today(),
        hhmm(start),
        hhmm(start + 10),
        `Antrean uji ${hhmm(start)}`,
        ind!.unit,
        randomUUID(),
      ],
    );
    ids.push(row!.id);
  }
  return ids;
}

/** Everything of theirs the filter (this employee, today) holds: ours plus any the seed left pending today. */
async function pendingToday(employeeId: number) {
  const [row] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM daily_reports WHERE employee_id = $1 AND report_date = $2 AND status = 'pending'`,
    [employeeId, today()],
  );
  return row?.n ?? 0;
}

async function statuses(ids: number[]) {
  const rows = await query<{ id: number; status: string }>(
    'SELECT id::int AS id, status FROM daily_reports WHERE id = ANY($1) ORDER BY id',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.status]));
}

async function as(browser: Browser, nip: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await loginAndWait(page, nip);
  return page;
}

/** Chooses the filters in the plain GET form, as a person would. */
async function filterTo(page: Page, person: Person) {
  await page.goto('/team/queue');
  const form = page.getByTestId('queue-filter');
  await form.getByLabel('Pegawai').selectOption(String(person.id));
  await form.getByLabel('Dari tanggal').fill(today());
  await form.getByLabel('Sampai tanggal').fill(today());
  await form.getByRole('button', { name: 'Terapkan' }).click();
  await expect(page).toHaveURL(new RegExp(`employee=${person.id}&from=${today()}&to=${today()}`));
}

const shownIds = async (page: Page) =>
  (await page
    .getByTestId('queue-row')
    .getByRole('checkbox')
    .evaluateAll((els) => els.map((el) => Number((el as HTMLInputElement).value.split(':')[0])))) as number[];

test.describe.configure({ mode: 'serial' });

test('with JavaScript: filter, select every row of a full page, approve; the filter and the count of what remains stay', async ({
  browser,
}) => {
  const { boss, staff } = await team();
  const person = staff[0]!;
  const ids = await pendingReports(person.id, 28);
  const total = await pendingToday(person.id);
  const page = await as(browser, boss.nip, true);
  await filterTo(page, person);
  await expect(page.getByTestId('queue-count')).toContainText(
    new RegExp(`^${total} laporan menunggu validasi dalam saringan ini`),
  );
  await expect(page.getByTestId('queue-row')).toHaveCount(25);
  const shown = await shownIds(page);
  expect(shown.every((id) => ids.includes(id))).toBe(true);

  await page.getByTestId('select-all').check();
  for (const box of await page.getByTestId('queue-row').getByRole('checkbox').all())
    await expect(box).toBeChecked();
  await submitButton(page, /^Setujui yang dipilih$/).click();
  await expect(page.getByText('Laporan disetujui.')).toBeVisible();
  await expect(page.getByTestId('queue-remaining')).toHaveText(
    `Masih ${total - 25} laporan menunggu di sini.`,
  );
  await expect(page.getByTestId('queue-count')).toContainText(
    new RegExp(`^${total - 25} laporan menunggu validasi dalam saringan ini`),
  );
  await expect(page.getByTestId('queue-row')).toHaveCount(Math.min(25, total - 25));
  await expect(page).toHaveURL(new RegExp(`employee=${person.id}`));
  await expect(page.getByTestId('queue-filter').getByLabel('Pegawai')).toHaveValue(String(person.id));
  await expect(page.getByTestId('select-all')).not.toBeChecked();

  const after = await statuses(ids);
  expect(shown.every((id) => after.get(id) === 'approved')).toBe(true);
  expect(ids.filter((id) => after.get(id) === 'pending')).toHaveLength(3);
  await page.context().close();
});

test.describe('without JavaScript', () => {
  test('filters, then "approve all on this page" approves exactly the rows shown, not one that arrived since', async ({
    browser,
  }) => {
    const { boss, staff } = await team();
    const person = staff[1]!;
    const ids = await pendingReports(person.id, 27);
    const total = await pendingToday(person.id);
    const page = await as(browser, boss.nip, false);
    await expect(page.getByTestId('select-all')).toHaveCount(0);
    await filterTo(page, person);
    await expect(page.getByTestId('queue-count')).toContainText(
      new RegExp(`^${total} laporan menunggu validasi dalam saringan ini`),
    );
    const shown = await shownIds(page);
    expect(shown).toHaveLength(25);

    // A report filed after the page was shown: newest, so it would top the list on a reload.
    const [late] = await pendingReports(person.id, 1, 23 * 60);
    await submitButton(page, /^Setujui semua di halaman ini \(25\)$/).click();
    await expect(page.getByText('Laporan disetujui.')).toBeVisible();
    // What remains: the two of ours not shown, the late one and any the seed left today.
    await expect(page.getByTestId('queue-remaining')).toHaveText(
      `Masih ${total + 1 - 25} laporan menunggu di sini.`,
    );
    await expect(page).toHaveURL(new RegExp(`employee=${person.id}&from=${today()}&to=${today()}`));
    await expect(page.getByTestId('queue-filter').getByLabel('Pegawai')).toHaveValue(String(person.id));

    const after = await statuses([...ids, late!]);
    expect(shown.every((id) => after.get(id) === 'approved')).toBe(true);
    expect(after.get(late!)).toBe('pending');
    expect([...after.values()].filter((s) => s === 'approved')).toHaveLength(25);

    // The other filter member's reports were never on the page.
    await page.goto(`/team/queue?employee=${staff[0]!.id}&from=${today()}&to=${today()}`);
    await expect(page.getByTestId('queue-row')).toHaveCount(Math.min(25, await pendingToday(staff[0]!.id)));
    await page.context().close();
  });

  test('an end date before the start date is shown beside the field and lists nothing', async ({
    browser,
  }) => {
    const { boss } = await team();
    const page = await as(browser, boss.nip, false);
    await page.goto('/team/queue');
    const form = page.getByTestId('queue-filter');
    await form.getByLabel('Dari tanggal').fill(today());
    await form.getByLabel('Sampai tanggal').fill('2020-01-01');
    await form.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page.locator('#filter-to-error')).toHaveText(
      'Tanggal akhir harus sama dengan atau setelah tanggal awal.',
    );
    await expect(page.getByTestId('queue-row')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Setujui semua di halaman ini/ })).toHaveCount(0);
    await page.context().close();
  });
});

test('with JavaScript the open queue asks only for its fingerprint while nothing changes, and shows a new report by itself', async ({
  browser,
}) => {
  const { boss, staff } = await team();
  const person = staff[0]!;
  const page = await as(browser, boss.nip, true);
  await filterTo(page, person);
  let stamps = 0;
  let refreshes = 0;
  page.on('request', (r) => {
    const url = new URL(r.url());
    const headers = r.headers();
    if (url.pathname === '/team/queue/stamp') stamps++;
    // A refresh is the queue's own server data fetched again; prefetches of the nav links are not.
    else if (url.pathname === '/team/queue' && headers.rsc === '1' && !headers['next-router-prefetch'])
      refreshes++;
  });
  await expect.poll(() => stamps, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  expect(refreshes).toBe(0);

  // A slot of its own in the evening, different on a retry.
  const [late] = await pendingReports(person.id, 1, 22 * 60 + 10 * Math.floor(Math.random() * 10));
  await expect.poll(async () => (await shownIds(page)).includes(late!), { timeout: 15_000 }).toBe(true);
  expect(refreshes).toBe(1);
  await page.context().close();
});

test('with JavaScript an open queue whose session has ended leaves for the sign-in page by itself', async ({
  browser,
}) => {
  const { boss } = await team();
  const page = await as(browser, boss.nip, true);
  await page.goto('/team/queue');
  await expect(page.getByTestId('queue-count')).toBeVisible();
  // As when the idle time has passed: the next poll finds no session.
  await page.context().clearCookies();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fteam%2Fqueue/, { timeout: 15_000 });
  await expect(page.getByTestId('queue-row')).toHaveCount(0);
  await page.context().close();
});
