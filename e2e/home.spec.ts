import { type Browser, expect, type Page, test } from '@playwright/test';
import { appraisalDue } from '../lib/domain/appraisal';
import { DEMO, employee, loginAndWait, query, thisYear, today } from './fixtures';

const year = thisYear();

async function as(
  browser: Browser,
  nip: string,
  opts: { javaScriptEnabled?: boolean; locale?: string } = {},
) {
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    locale: opts.locale ?? 'id-ID',
  });
  const page = await context.newPage();
  await loginAndWait(page, nip);
  await page.goto('/');
  return page;
}

/** What the report item must say today, worked out from the tables. */
async function expectReportItem(page: Page, employeeId: number) {
  const [r] = await query<{ can_report: boolean; filed: number; holiday: boolean }>(
    `SELECT (k.status = 'approved' OR EXISTS (SELECT 1 FROM skp_revisions v WHERE v.skp_id = k.id)) AS can_report,
       (SELECT count(*)::int FROM daily_reports d WHERE d.employee_id = $1 AND d.report_date = $2::date
         AND d.status <> 'rejected') AS filed,
       EXISTS (SELECT 1 FROM holidays h WHERE h.date = $2::date) AS holiday
     FROM employees e LEFT JOIN skps k ON k.employee_id = e.id AND k.year = $3 WHERE e.id = $1`,
    [employeeId, today(), year],
  );
  const item = page.getByTestId('todo-report');
  const weekday = new Date(`${today()}T00:00:00Z`).getUTCDay();
  if (!r?.can_report) await expect(item).toContainText(`setelah SKP ${year} Anda disetujui`);
  else if ((r?.filed ?? 0) > 0) await expect(item).toContainText(`sudah diisi (${r?.filed} kegiatan)`);
  else if (weekday === 0 || weekday === 6 || r?.holiday) await expect(item).toContainText('bukan hari kerja');
  else {
    await expect(item).toContainText('Laporan hari ini belum diisi.');
    await expect(item.getByRole('link', { name: '+ Isi laporan hari ini' })).toHaveAttribute(
      'href',
      '/reports/new',
    );
  }
}

async function feedbackDue(employeeId: number) {
  const [r] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM feedback_requests r JOIN feedback_rounds o ON o.id = r.round_id
     WHERE r.rater_id = $1 AND r.status IN ('pending', 'draft') AND o.status = 'open' AND o.deadline >= $2::date`,
    [employeeId, today()],
  );
  return r?.n ?? 0;
}

for (const javaScriptEnabled of [true, false])
  test(`an employee starts the day with today’s report and feedback due; the profile has its own page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const me = await employee(DEMO.staffA);
    const page = await as(browser, DEMO.staffA, { javaScriptEnabled });
    await expect(page.getByRole('heading', { level: 1, name: 'Hari ini' })).toBeVisible();
    await expectReportItem(page, me.id);
    const due = await feedbackDue(me.id);
    if (due > 0)
      await expect(page.getByTestId('todo-feedback')).toContainText(`${due} formulir umpan balik 360°`);
    await expect(page.getByTestId('todo-validate')).toHaveCount(0);
    await expect(page.getByTestId('todo-objection')).toHaveCount(0);
    await expect(page.getByTestId('profile-name')).toHaveCount(0);
    await page.getByTestId('profile-link').click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByTestId('profile-name')).toHaveText(me.name);
    await expect(page.getByTestId('career')).toBeVisible();
    await page.context().close();
  });

test('a supervisor sees reports waiting for validation and the appraisals due, each with its link', async ({
  browser,
}) => {
  const me = await employee(DEMO.kabid);
  const page = await as(browser, DEMO.kabid);
  await expectReportItem(page, me.id);
  const validate = page.getByTestId('todo-validate');
  await expect(validate).toContainText(/\d+ laporan bawahan menunggu validasi Anda\./);
  const periods = await query<{
    id: number;
    kind: 'annual' | 'quarterly' | 'monthly';
    ends_on: string;
    status: string;
  }>(
    `SELECT id, kind, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, status FROM periods WHERE year IN ($1, $1 - 1)`,
    [year],
  );
  const due = periods.filter((p) =>
    appraisalDue({ kind: p.kind, endsOn: p.ends_on, open: p.status === 'open' }, today()),
  );
  if (due.some((p) => p.kind === 'quarterly'))
    await expect(page.getByTestId('todo-appraise').first()).toContainText('Penilaian kinerja');
  await validate.getByRole('link', { name: 'Validasi laporan' }).click();
  await expect(page.getByRole('heading', { name: 'Validasi Laporan Harian' })).toBeVisible();
  await page.context().close();
});

test('in English the supervisor’s list reads the same', async ({ browser }) => {
  const page = await as(browser, DEMO.kabid, { locale: 'en-US' });
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByTestId('todo-validate')).toContainText(/waiting for your validation\./);
  await expect(page.getByTestId('profile-link')).toHaveText(/^My profile/);
  await page.context().close();
});

test('leadership decides objections from home; the employee is asked to answer a delivered appraisal', async ({
  browser,
}) => {
  // Two delivered appraisals outside the demo OPD, each appraised by someone the Sekda supervises.
  const rows = await query<{ id: number; employee_id: number; employee_name: string; employee_nip: string }>(
    `SELECT a.id, e.id AS employee_id, e.name AS employee_name, e.nip AS employee_nip
     FROM appraisals a JOIN employees e ON e.id = a.employee_id
     JOIN supervisions s ON s.employee_id = a.evaluator_id AND s.valid_to IS NULL
       AND s.supervisor_id = (SELECT id FROM employees WHERE nip = $1)
     JOIN users u ON u.employee_id = e.id AND u.disabled_at IS NULL
     WHERE a.status = 'delivered' AND a.evaluator_id <> (SELECT id FROM employees WHERE nip = $2)
     ORDER BY a.id LIMIT 2`,
    [DEMO.sekda, DEMO.kadisdik],
  );
  const [objected, delivered] = rows;
  if (!objected || !delivered) throw new Error('no delivered appraisals to use');
  await query(`UPDATE appraisals SET status = 'objected' WHERE id = $1`, [objected.id]);

  const sekda = await as(browser, DEMO.sekda);
  const item = sekda.getByTestId('todo-objection').filter({ hasText: objected.employee_name });
  await expect(item).toContainText('menunggu keputusan Anda');
  await item.getByRole('link', { name: /^Putuskan/ }).click();
  await expect(sekda).toHaveURL(new RegExp(`/appraisals/${objected.id}$`));
  await sekda.context().close();

  const owner = await as(browser, delivered.employee_nip, { javaScriptEnabled: false });
  const ack = owner
    .getByTestId('todo-acknowledge')
    .filter({ has: owner.locator(`a[href="/appraisals/${delivered.id}"]`) });
  await expect(ack).toContainText('terima, atau ajukan keberatan');
  await ack.getByRole('link', { name: /^Lihat penilaian/ }).click();
  await expect(owner).toHaveURL(new RegExp(`/appraisals/${delivered.id}$`));
  await owner.context().close();
});

test('the admin, with no team, sees their own day and no supervisor work', async ({ browser }) => {
  const me = await employee(DEMO.admin);
  const page = await as(browser, DEMO.admin);
  await expectReportItem(page, me.id);
  await expect(page.getByTestId('todo-validate')).toHaveCount(0);
  await expect(page.getByTestId('todo-appraise')).toHaveCount(0);
  const [drafts] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM feedback_rounds WHERE status = 'draft'`,
  );
  if ((drafts?.n ?? 0) === 0) await expect(page.getByTestId('todo-rounds')).toHaveCount(0);
  await page.context().close();
});
