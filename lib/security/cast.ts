import { DEMO_NIP } from '../../db/seed/accounts';

/**
 * The people and records the authorization matrix (lib/security/authz-table.ts) acts with, read from the
 * seeded demo agency. Plain SQL through whatever client the caller has (Kysely in integration tests, pg
 * in e2e), so both layers use the same cast and the same ids. No app imports: Playwright loads it too.
 */

export type Query = <T>(text: string, values?: unknown[]) => Promise<T[]>;

/** Everyone who acts, relative to one employee (the owner of every record the rows point at). */
export const ROLES = ['anon', 'owner', 'peer', 'sup', 'otherSup', 'lead', 'leadOut', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anon'>;

export const ROLE_LABELS: Record<Role, string> = {
  anon: 'anonymous (no session)',
  owner: 'the employee who owns the records (staff A)',
  peer: 'a colleague in the same bidang (staff B)',
  sup: "the owner's pejabat penilai (the Kepala Bidang)",
  otherSup: 'the head of another bidang of the same OPD (supervises others, not the owner)',
  lead: "leadership scoped to the owner's OPD, outside the owner's supervision chain",
  leadOut: 'leadership of another OPD (Dinas Kesehatan)',
  admin: 'the agency admin (BKPSDM)',
};

type Ref = { id: number; version: number };

export type Fixture = {
  nip: Record<SignedInRole, string>;
  id: Record<SignedInRole, number>;
  ownerUnitId: number;
  ownerOpdId: number;
  otherOpdId: number;
  /** The owner's position, employee version and current definitive supervision line (administration). */
  ownerEmployee: { positionId: number; version: number; lineId: number };
  /** The owner's SKP of the current year (approved), one of its indicators, a revision number. */
  skp: Ref & { indicatorId: number; revision: number };
  /** The owner's newest pending daily report and an evidence file of the owner's. */
  report: Ref;
  evidenceId: number;
  /** The owner's appraisal draft of this quarter (the Kepala Bidang's), the settled annual one. */
  appraisal: Ref;
  annualAppraisal: Ref;
  /** An appraisal delivered to the owner and awaiting the owner's answer, where the test has made one. */
  deliveredAppraisal: Ref | null;
  currentPeriodId: number;
  /** A quarter in which the owner has no appraisal yet. */
  freePeriodId: number;
  /** A pending 360° request in the open round where the owner is the rater. */
  request: Ref;
  openRound: Ref;
  closedRoundId: number;
  /** A Perjanjian Kinerja goal of the owner's OPD, a holiday, a career plan item of the owner. */
  goalId: number;
  holidayId: number;
  planItem: Ref | null;
  /**
   * Periodic realisation: one of the owner's indicators measured per period (not a percentage where there is
   * another, so the realisation spec's indicators stay its own), the owner's newest entry (a pending one
   * where the test has made it) and an evidence file of a seeded entry (prepareCast adds one).
   */
  realisation: { indicatorId: number; entry: Ref; fileId: string };
  /** Continuous feedback: an RHK of the owner's SKP, the owner's newest note, the dialog and its actions. */
  coaching: { rhkId: number; note: Ref; dialog: Ref & { actionIds: number[] } };
  /** Conflict of interest: the owner's pending request for another rater, an active routing (test-made). */
  raterRequestId: number | null;
  reassignmentId: number | null;
  /** A calibration covering the owner's unit (an open one first; prepareCast adds a closed one). */
  calibration: Ref | null;
  /** A draft of the owner's with proposed ratings (test-made), for a calibration to adjust. */
  proposedAppraisal: Ref | null;
};

const OTHER_BIDANG = 'disdikbud.smp';
const LEAD_BIDANG = 'disdikbud.sekretariat';
const OTHER_OPD = 'dinkes';

async function one<T>(q: Query, what: string, text: string, values: unknown[] = []): Promise<T> {
  const [row] = await q<T>(text, values);
  if (!row) throw new Error(`authorization matrix cast: no ${what} in the seeded data`);
  return row;
}

const headOf = (q: Query, code: string) =>
  one<{ id: number; nip: string }>(
    q,
    `head of ${code}`,
    `SELECT e.id, e.nip FROM employees e JOIN positions p ON p.id = e.position_id
       JOIN units u ON u.id = p.unit_id WHERE u.code = $1 AND p.is_unit_head AND e.active LIMIT 1`,
    [code],
  );

/**
 * Makes the cast's leadership role in the owner's OPD (the Sekretaris Dinas, who does not supervise the
 * owner) and gives the owner's pending report an evidence file. Idempotent; only adds.
 */
export async function prepareCast(q: Query): Promise<void> {
  const lead = await headOf(q, LEAD_BIDANG);
  await q(
    `UPDATE users SET roles = ARRAY['leadership'], scope_unit_id = (SELECT parent_id FROM units WHERE code = $2)
      WHERE employee_id = $1`,
    [lead.id, LEAD_BIDANG],
  );
  const report = await ownerReport(q);
  await q(
    `INSERT INTO evidence_files (report_id, file_name, mime, size_bytes, content, sha256)
     SELECT $1, 'matriks.pdf', 'application/pdf', 9, convert_to('%PDF-1.4 ', 'UTF8'),
            encode(sha256(convert_to('%PDF-1.4 ', 'UTF8')), 'hex')
      WHERE NOT EXISTS (SELECT 1 FROM evidence_files WHERE report_id = $1 AND file_name = 'matriks.pdf')`,
    [report.id],
  );
  await q(
    `INSERT INTO realisation_files (entry_id, file_name, mime, size_bytes, content, sha256)
     SELECT x.id, 'matriks.pdf', 'application/pdf', 9, convert_to('%PDF-1.4 ', 'UTF8'),
            encode(sha256(convert_to('%PDF-1.4 ', 'UTF8')), 'hex')
       FROM realisation_entries x JOIN employees e ON e.id = x.employee_id
      WHERE e.nip = $1 AND x.status = 'validated'
        AND NOT EXISTS (SELECT 1 FROM realisation_files f JOIN realisation_entries y ON y.id = f.entry_id
                         WHERE y.employee_id = e.id AND f.file_name = 'matriks.pdf')
      ORDER BY x.id LIMIT 1`,
    [DEMO_NIP.staffA],
  );
  // A closed calibration of the owner's OPD for the year's first quarter: closed, so it holds up no delivery.
  await q(
    `INSERT INTO calibrations (unit_id, period_id, opened_by, status, closed_by, closed_at)
     SELECT u.parent_id, p.id, $2, 'closed', $2, now()
       FROM employees e JOIN units u ON u.id = e.unit_id
       JOIN periods p ON p.agency_id = e.agency_id AND p.kind = 'quarterly' AND p.seq = 1
        AND p.year = (SELECT max(year) FROM skps WHERE employee_id = e.id)
      WHERE e.nip = $1 AND NOT EXISTS (SELECT 1 FROM calibrations c WHERE c.unit_id = u.parent_id)`,
    [DEMO_NIP.staffA, lead.id],
  );
}

const ownerReport = (q: Query) =>
  one<Ref>(
    q,
    "owner's pending report",
    `SELECT r.id, r.version FROM daily_reports r JOIN employees e ON e.id = r.employee_id
      WHERE e.nip = $1 AND r.status = 'pending' ORDER BY r.report_date DESC, r.id DESC LIMIT 1`,
    [DEMO_NIP.staffA],
  );

export async function loadFixture(q: Query): Promise<Fixture> {
  const byNip = async (nip: string) =>
    one<{ id: number; nip: string }>(q, `employee ${nip}`, 'SELECT id, nip FROM employees WHERE nip = $1', [
      nip,
    ]);
  const people: Record<SignedInRole, { id: number; nip: string }> = {
    owner: await byNip(DEMO_NIP.staffA),
    peer: await byNip(DEMO_NIP.staffB),
    sup: await byNip(DEMO_NIP.kabid),
    otherSup: await headOf(q, OTHER_BIDANG),
    lead: await headOf(q, LEAD_BIDANG),
    leadOut: await headOf(q, OTHER_OPD),
    admin: await byNip(DEMO_NIP.admin),
  };
  const owner = people.owner.id;
  const units = await one<{
    unit: number;
    opd: number;
    other: number;
    position: number;
    version: number;
    line: number;
  }>(
    q,
    'units',
    `SELECT e.unit_id AS unit, u.parent_id AS opd, (SELECT id FROM units WHERE code = $2) AS other,
            e.position_id AS position, e.version,
            (SELECT s.id FROM supervisions s WHERE s.employee_id = e.id AND s.kind = 'definitive'
              AND s.valid_to IS NULL ORDER BY s.valid_from DESC LIMIT 1) AS line
       FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.id = $1`,
    [owner, OTHER_OPD],
  );
  const skp = await one<Ref & { indicatorId: number; revision: number }>(
    q,
    "owner's SKP",
    `SELECT s.id, s.version, s.revision,
            (SELECT i.id FROM skp_rhks r JOIN skp_indicators i ON i.rhk_id = r.id
              WHERE r.skp_id = s.id ORDER BY r.position, i.position LIMIT 1) AS "indicatorId"
       FROM skps s WHERE s.employee_id = $1 AND s.status = 'approved' ORDER BY s.year DESC LIMIT 1`,
    [owner],
  );
  const revision = await one<{ n: number }>(
    q,
    'SKP revision',
    'SELECT COALESCE(MIN(revision), 0) AS n FROM skp_revisions WHERE skp_id = $1',
    [skp.id],
  );
  const appraisal = await one<Ref & { periodId: number }>(
    q,
    "owner's appraisal draft",
    `SELECT id, version, period_id AS "periodId" FROM appraisals
      WHERE employee_id = $1 AND status = 'draft' ORDER BY period_id DESC LIMIT 1`,
    [owner],
  );
  const annual = await one<Ref>(
    q,
    "owner's annual appraisal",
    `SELECT a.id, a.version FROM appraisals a JOIN periods p ON p.id = a.period_id
      WHERE a.employee_id = $1 AND p.kind = 'annual' ORDER BY p.year DESC LIMIT 1`,
    [owner],
  );
  const freePeriod = await one<{ id: number }>(
    q,
    'a quarter without an appraisal of the owner',
    `SELECT p.id FROM periods p JOIN periods cur ON cur.id = $2
      WHERE p.kind = 'quarterly' AND p.agency_id = cur.agency_id AND p.starts_on < cur.starts_on
        AND NOT EXISTS (SELECT 1 FROM appraisals a WHERE a.period_id = p.id AND a.employee_id = $1)
      ORDER BY p.starts_on DESC LIMIT 1`,
    [owner, appraisal.periodId],
  );
  const request = await one<Ref>(
    q,
    "a pending 360° request of the owner's",
    `SELECT r.id, r.version FROM feedback_requests r JOIN feedback_rounds fr ON fr.id = r.round_id
      WHERE r.rater_id = $1 AND fr.status = 'open' AND r.status = 'pending' ORDER BY r.id LIMIT 1`,
    [owner],
  );
  const openRound = await one<Ref>(
    q,
    'open 360° round',
    "SELECT id, version FROM feedback_rounds WHERE status = 'open' ORDER BY id DESC LIMIT 1",
  );
  const closedRound = await one<{ id: number }>(
    q,
    'closed 360° round',
    "SELECT id FROM feedback_rounds WHERE status = 'closed' ORDER BY id DESC LIMIT 1",
  );
  const goal = await one<{ id: number }>(
    q,
    'unit goal',
    'SELECT id FROM unit_goals ORDER BY (unit_id = $1) DESC, id LIMIT 1',
    [units.opd],
  );
  const holiday = await one<{ id: number }>(
    q,
    'holiday',
    'SELECT id FROM holidays ORDER BY date DESC LIMIT 1',
  );
  const evidence = await one<{ id: number }>(
    q,
    'evidence file (prepareCast adds one)',
    `SELECT f.id FROM evidence_files f JOIN daily_reports r ON r.id = f.report_id
      WHERE r.employee_id = $1 ORDER BY f.id LIMIT 1`,
    [owner],
  );
  const [delivered] = await q<Ref>(
    "SELECT id, version FROM appraisals WHERE employee_id = $1 AND status = 'delivered' ORDER BY id LIMIT 1",
    [owner],
  );
  const [planItem] = await q<Ref>(
    'SELECT id, version FROM development_plan_items WHERE employee_id = $1 ORDER BY id LIMIT 1',
    [owner],
  );
  const indicator = await one<{ id: number }>(
    q,
    "owner's indicator measured per period",
    `SELECT i.id FROM skp_indicators i JOIN skp_rhks r ON r.id = i.rhk_id
      WHERE r.skp_id = $1 AND (i.measure IN ('periodic', 'duration', 'amount')
         OR (i.measure IS NULL AND i.aspek <> 'kuantitas'))
      ORDER BY (i.target_unit = '%'), r.position DESC, i.position DESC LIMIT 1`,
    [skp.id],
  );
  const entry = await one<Ref>(
    q,
    "owner's realisation entry",
    `SELECT id, version FROM realisation_entries WHERE employee_id = $1
      ORDER BY (status = 'pending') DESC, period_id DESC, id DESC LIMIT 1`,
    [owner],
  );
  const realisationFile = await one<{ id: string }>(
    q,
    "owner's realisation evidence file (prepareCast adds one)",
    `SELECT f.id FROM realisation_files f JOIN realisation_entries x ON x.id = f.entry_id
      WHERE x.employee_id = $1 ORDER BY f.created_at, f.id LIMIT 1`,
    [owner],
  );
  const rhk = await one<{ id: number }>(
    q,
    "RHK of the owner's SKP",
    'SELECT id FROM skp_rhks WHERE skp_id = $1 ORDER BY position LIMIT 1',
    [skp.id],
  );
  const note = await one<Ref>(
    q,
    "owner's feedback note",
    'SELECT id, version FROM coaching_notes WHERE employee_id = $1 ORDER BY noted_on DESC, id DESC LIMIT 1',
    [owner],
  );
  const dialog = await one<Ref & { actionIds: number[] }>(
    q,
    "owner's dialog kinerja",
    `SELECT d.id, d.version,
            ARRAY(SELECT a.id FROM coaching_actions a WHERE a.dialog_id = d.id ORDER BY a.id) AS "actionIds"
       FROM coaching_dialogs d WHERE d.employee_id = $1 ORDER BY d.held_on DESC, d.id DESC LIMIT 1`,
    [owner],
  );
  const [raterRequest] = await q<{ id: number }>(
    `SELECT id FROM appraisal_reassignments WHERE employee_id = $1 AND kind = 'request' AND status = 'pending'
      ORDER BY id LIMIT 1`,
    [owner],
  );
  const [reassignment] = await q<{ id: number }>(
    "SELECT id FROM appraisal_reassignments WHERE employee_id = $1 AND status = 'active' ORDER BY id LIMIT 1",
    [owner],
  );
  const [calibration] = await q<Ref>(
    `SELECT c.id, c.version FROM calibrations c WHERE c.unit_id IN ($1, $2)
      ORDER BY (c.status = 'open') DESC, c.id DESC LIMIT 1`,
    [units.unit, units.opd],
  );
  const [proposed] = await q<Ref>(
    `SELECT id, version FROM appraisals WHERE employee_id = $1 AND status = 'draft' AND predikat IS NOT NULL
      ORDER BY period_id DESC LIMIT 1`,
    [owner],
  );
  const map = <T>(f: (p: { id: number; nip: string }) => T) =>
    Object.fromEntries(Object.entries(people).map(([k, p]) => [k, f(p)])) as Record<SignedInRole, T>;
  return {
    nip: map((p) => p.nip),
    id: map((p) => p.id),
    ownerUnitId: units.unit,
    ownerOpdId: units.opd,
    otherOpdId: units.other,
    ownerEmployee: { positionId: units.position, version: units.version, lineId: units.line },
    skp: { ...skp, revision: revision.n },
    report: await ownerReport(q),
    evidenceId: evidence.id,
    appraisal: { id: appraisal.id, version: appraisal.version },
    annualAppraisal: annual,
    deliveredAppraisal: delivered ?? null,
    currentPeriodId: appraisal.periodId,
    freePeriodId: freePeriod.id,
    request,
    openRound,
    closedRoundId: closedRound.id,
    goalId: goal.id,
    holidayId: holiday.id,
    planItem: planItem ?? null,
    realisation: { indicatorId: indicator.id, entry, fileId: realisationFile.id },
    coaching: { rhkId: rhk.id, note, dialog },
    raterRequestId: raterRequest?.id ?? null,
    reassignmentId: reassignment?.id ?? null,
    calibration: calibration ?? null,
    proposedAppraisal: proposed ?? null,
  };
}
