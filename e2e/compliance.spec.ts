import { randomUUID } from 'node:crypto';
import { type Browser, expect, test } from '@playwright/test';
import { createDb } from '../db/pool';
import { refreshReportRollups } from '../lib/reports/rollups';
import { DEMO, loginAndWait, query, thisYear, today } from './fixtures';

const month = today().slice(0, 7);

type Person = { id: number; nip: string; name: string; boss_nip: string };

/**
 * Someone outside the demo OPD, with an approved SKP and a small team around their supervisor, who
 * reported every working day of this month while the supervisor validated none of it yet.
 */
async function diligentButUnvalidated(): Promise<{ person: Person; workingDays: number; pending: number }> {
  const [person] = await query<Person>(
    `SELECT e.id, e.nip, e.name, b.nip AS boss_nip FROM employees e
     JOIN users u ON u.employee_id = e.id AND u.roles = '{}' AND u.disabled_at IS NULL
     JOIN skps k ON k.employee_id = e.id AND k.year = $1 AND k.status = 'approved'
     JOIN supervisions s ON s.employee_id = e.id AND s.kind = 'definitive' AND s.valid_to IS NULL
     JOIN employees b ON b.id = s.supervisor_id
     WHERE e.active AND e.nip <> ALL($2)
       AND NOT EXISTS (SELECT 1 FROM supervisions x WHERE x.supervisor_id = e.id)
       AND (SELECT count(*) FROM supervisions c WHERE c.supervisor_id = b.id AND c.valid_to IS NULL) BETWEEN 2 AND 20
       AND b.unit_id NOT IN (SELECT id FROM units WHERE path LIKE (
         SELECT u.path FROM units u JOIN employees x ON x.unit_id = u.id WHERE x.nip = $3) || '%')
     ORDER BY e.id DESC OFFSET 40 LIMIT 1`,
    [thisYear(), Object.values(DEMO), DEMO.kadisdik],
  );
  if (!person) throw new Error('no such employee');
  const [last] = await query<{ indicator_id: number; skp_id: number; unit: string }>(
    `SELECT i.id AS indicator_id, r.skp_id, i.target_unit AS unit FROM skp_indicators i
     JOIN skp_rhks r ON r.id = i.rhk_id JOIN skps k ON k.id = r.skp_id
     WHERE k.employee_id = $1 AND k.year = $2 ORDER BY r.position, i.position LIMIT 1`,
    [person.id, thisYear()],
  );
  await query(
    `UPDATE daily_reports SET status = 'pending', reviewed_by = NULL, reviewed_at = NULL, review_comment = NULL
     WHERE employee_id = $1 AND report_date >= $2::date`,
    [person.id, `${month}-01`],
  );
  const days = await query<{ day: string }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM generate_series($1::date, $2::date, interval '1 day') AS day
     WHERE extract(isodow FROM day) < 6 AND day::date NOT IN (SELECT date FROM holidays)`,
    [`${month}-01`, today()],
  );
  for (const { day } of days)
    await query(
      `INSERT INTO daily_reports (employee_id, skp_id, indicator_id, report_date, start_time, end_time, minutes,
         activity, quantity, unit, idempotency_key)
       SELECT $1, $2, $3, $4::date, '18:00', '19:00', 60, 'Merekap surat masuk', 1, $5, $6
       WHERE NOT EXISTS (SELECT 1 FROM daily_reports WHERE employee_id = $1 AND report_date = $4::date)`,
      [person.id, last!.skp_id, last!.indicator_id, day, last!.unit, randomUUID()],
    );
  // Direct writes bypass the mutations, so the rollups are rewritten as a mutation would.
  const db = createDb(process.env.E2E_DATABASE_URL ?? '', { max: 1 });
  try {
    const touched = await query<{ report_date: string; indicator_id: number }>(
      `SELECT to_char(report_date, 'YYYY-MM-DD') AS report_date, indicator_id FROM daily_reports
       WHERE employee_id = $1 AND report_date >= $2::date`,
      [person.id, `${month}-01`],
    );
    await db.transaction().execute((trx) =>
      refreshReportRollups(
        trx,
        touched.map((r) => ({ employeeId: person.id, date: r.report_date })),
        touched.map((r) => r.indicator_id),
      ),
    );
  } finally {
    await db.destroy();
  }
  const [pending] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM daily_reports WHERE employee_id = $1 AND report_date >= $2::date AND status = 'pending'`,
    [person.id, `${month}-01`],
  );
  return { person, workingDays: days.length, pending: pending?.n ?? 0 };
}

const percent = (n: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n);

async function homeOf(browser: Browser, nip: string, javaScriptEnabled: boolean, locale = 'id-ID') {
  const context = await browser.newContext({ javaScriptEnabled, locale });
  const page = await context.newPage();
  await loginAndWait(page, nip);
  await page.goto('/');
  return page;
}

test.describe.configure({ mode: 'serial' });
let setup: Awaited<ReturnType<typeof diligentButUnvalidated>>;
test.beforeAll(async () => {
  setup = await diligentButUnvalidated();
});

for (const javaScriptEnabled of [true, false]) {
  test(`home shows every day reported, none validated yet, with what waits — JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
    browser,
  }) => {
    const { person, workingDays, pending } = setup;
    const page = await homeOf(browser, person.nip, javaScriptEnabled);
    const card = page.getByTestId('compliance');
    const days = workingDays;
    await expect(card.getByTestId('compliance-reported')).toHaveText(
      `${days} dari ${days} hari kerja (${percent(days ? 1 : 0, 'id-ID')})`,
    );
    await expect(card.getByTestId('compliance-validated')).toHaveText(
      `0 dari ${days} hari kerja (${percent(0, 'id-ID')})`,
    );
    await expect(card.getByText('Hari dilaporkan')).toBeVisible();
    await expect(card.getByText('Hari divalidasi atasan')).toBeVisible();
    await expect(card.getByTestId('compliance-pending')).toHaveText(
      `${pending} laporan masih menunggu validasi atasan.`,
    );
    const day = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${today()}T00:00:00Z`),
    );
    await expect(card.getByTestId('compliance-running')).toHaveText(`(berjalan, s.d. ${day})`);
    await page.context().close();
  });
}

test('in English the two figures keep their labels', async ({ browser }) => {
  const { person, workingDays } = setup;
  const page = await homeOf(browser, person.nip, true, 'en-US');
  const card = page.getByTestId('compliance');
  await expect(card.getByText('Days reported')).toBeVisible();
  await expect(card.getByText('Days validated by your supervisor')).toBeVisible();
  await expect(card.getByTestId('compliance-validated')).toHaveText(
    `0 of ${workingDays} working days (${percent(0, 'en-US')})`,
  );
  await expect(card.getByTestId('compliance-running')).toContainText('in progress, through');
  await page.context().close();
});

test('their supervisor’s team dashboard shows both figures, labelled, and says the month is running', async ({
  browser,
}) => {
  const { person } = setup;
  const page = await homeOf(browser, person.boss_nip, false);
  await page.goto('/team');
  const row = page.getByTestId('team-table').locator('tbody tr').filter({ hasText: person.name });
  await expect(row.getByTestId('team-reported')).toHaveText(/^Dilaporkan 100 ?%$/);
  await expect(row.getByTestId('team-validated')).toHaveText(/^Divalidasi 0 ?%$/);
  await expect(page.getByTestId('counted-month')).toContainText('masih berjalan');
  await page.context().close();
});

test('the leadership overview shows days reported and validated, and marks the month in progress in the trend', async ({
  browser,
}) => {
  const page = await homeOf(browser, DEMO.sekda, false);
  await page.goto('/overview');
  await expect(page.getByTestId('overview-reported')).toHaveText(/%$/);
  await expect(page.getByTestId('overview-compliance')).toHaveText(/%$/);
  await expect(page.getByTestId('overview-compliance-note')).toContainText('menunggu validasi');
  const trend = page.getByTestId('chart-trend');
  const label = new Intl.DateTimeFormat('id-ID', { month: 'short', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  await expect(trend).toContainText(/masih berjalan \(s\.d\. .+\) dan belum digambar/);
  await trend.getByText('Lihat sebagai tabel').click();
  const row = trend.getByRole('row', { name: new RegExp(`^${label}\\*`) });
  await expect(row.getByRole('cell').first()).toHaveText('–');
  await expect(row.getByRole('cell').last()).toHaveText(/%$/);
  await page.context().close();
});
