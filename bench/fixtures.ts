/**
 * Who the bench signs in as, picked from the seeded database, and their session cookies: next-auth JWTs
 * with the same claims and secret the app uses (see lib/auth/session.ts, which cannot be imported here
 * because it is server-only).
 */
import { sql } from 'kysely';
import { encode } from 'next-auth/jwt';
import type { Database } from '../db/pool';

/** Over plain http the app uses next-auth's unprefixed cookie name. */
export const SESSION_COOKIE = 'next-auth.session-token';
/** The app's default idle timeout (SESSION_IDLE_MINUTES) is the token's lifetime. */
const IDLE_SECONDS = 30 * 60;

export type Person = { id: number; nip: string; name: string; post: string; sessionVersion: number };
export type Supervisor = Person & { subordinates: number; pending: number };
export type Employee = Person & { skpId: number; indicatorIds: number[]; reportsThisMonth: number };
export type Submitter = { id: number; sessionVersion: number; indicatorId: number; unit: string };

/** The Asia/Jakarta calendar date, as the app's "today". */
export function jakartaToday(at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** A session cookie for one person; `lat` (login time) and the token's iat are now. */
export async function sessionCookie(person: { id: number; sessionVersion: number }, secret: string) {
  const token = await encode({
    token: {
      sub: String(person.id),
      uid: person.id,
      sv: person.sessionVersion,
      lat: Math.floor(Date.now() / 1000),
    },
    secret,
    maxAge: IDLE_SECONDS,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** Current supervision on `on`, as the app's policy reads it (valid_from ≤ on < valid_to). */
const current = (alias: string, on: string) => {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  return sql`(${col('valid_from')} <= ${on}::date AND (${col('valid_to')} IS NULL OR ${col('valid_to')} > ${on}::date))`;
};

/** The supervisor with the longest validation queue among those with at least three current subordinates. */
export async function pickSupervisor(db: Database, on: string): Promise<Supervisor> {
  const { rows } = await sql<{
    id: number;
    nip: string;
    name: string;
    post: string;
    session_version: number;
    subordinates: number;
    pending: number;
  }>`
    WITH subs AS (
      SELECT s.supervisor_id, s.employee_id, sub.active
      FROM supervisions s JOIN employees sub ON sub.id = s.employee_id
      WHERE ${current('s', on)}
    ), pending AS (
      SELECT employee_id, count(*) AS n FROM daily_reports WHERE status = 'pending' GROUP BY employee_id
    ), queues AS (
      SELECT subs.supervisor_id AS id, count(*) FILTER (WHERE subs.active) AS subordinates,
             coalesce(sum(pending.n), 0) AS pending
      FROM subs LEFT JOIN pending USING (employee_id)
      GROUP BY subs.supervisor_id
      HAVING count(*) FILTER (WHERE subs.active) >= 3
    )
    SELECT e.id, e.nip, e.name, p.name AS post, u.session_version, q.subordinates::int, q.pending::int
    FROM queues q
    JOIN employees e ON e.id = q.id AND e.active
    JOIN users u ON u.employee_id = e.id AND u.disabled_at IS NULL
    JOIN positions p ON p.id = e.position_id
    ORDER BY q.pending DESC, e.id
    LIMIT 1`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('no supervisor with three or more subordinates in the seeded database');
  return {
    id: row.id,
    nip: row.nip,
    name: row.name,
    post: row.post,
    sessionVersion: row.session_version,
    subordinates: row.subordinates,
    pending: row.pending,
  };
}

/**
 * An employee with an approved SKP of this year who supervises no one (the plain staff view), the one
 * with the most reports this month: the heaviest month page of that kind.
 */
export async function pickEmployee(db: Database, on: string): Promise<Employee> {
  const year = Number(on.slice(0, 4));
  const month = `${on.slice(0, 7)}-01`;
  const { rows } = await sql<{
    id: number;
    nip: string;
    name: string;
    post: string;
    session_version: number;
    skp_id: number;
    reports: number;
  }>`
    SELECT e.id, e.nip, e.name, p.name AS post, u.session_version, k.id AS skp_id,
           (SELECT count(*) FROM daily_reports d
             WHERE d.employee_id = e.id AND d.report_date >= ${month}::date
               AND d.report_date < (${month}::date + interval '1 month'))::int AS reports
    FROM employees e
    JOIN skps k ON k.employee_id = e.id AND k.year = ${year} AND k.status = 'approved'
    JOIN users u ON u.employee_id = e.id AND u.disabled_at IS NULL
    JOIN positions p ON p.id = e.position_id
    WHERE e.active
      AND NOT EXISTS (SELECT 1 FROM supervisions s WHERE s.supervisor_id = e.id AND ${current('s', on)})
    ORDER BY reports DESC, e.id
    LIMIT 1`.execute(db);
  const row = rows[0];
  if (!row) throw new Error(`no employee with an approved SKP of ${year} in the seeded database`);
  const indicators = await indicatorIds(db, [row.skp_id]);
  return {
    id: row.id,
    nip: row.nip,
    name: row.name,
    post: row.post,
    sessionVersion: row.session_version,
    skpId: row.skp_id,
    indicatorIds: indicators.get(row.skp_id)?.map((i) => i.id) ?? [],
    reportsThisMonth: row.reports,
  };
}

async function indicatorIds(db: Database, skpIds: number[]) {
  const rows = await db
    .selectFrom('skp_indicators as i')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .select(['r.skp_id', 'i.id', 'i.target_unit'])
    .where('r.skp_id', 'in', skpIds)
    .orderBy('r.skp_id')
    .orderBy('r.position')
    .orderBy('i.position')
    .execute();
  const bySkp = new Map<number, { id: number; unit: string }[]>();
  for (const r of rows) {
    const list = bySkp.get(r.skp_id) ?? [];
    list.push({ id: r.id, unit: r.target_unit });
    bySkp.set(r.skp_id, list);
  }
  return bySkp;
}

/** `count` employees who may file reports this year (approved SKP, enabled account), spread over the agency. */
export async function pickSubmitters(db: Database, on: string, count: number): Promise<Submitter[]> {
  const year = Number(on.slice(0, 4));
  const { rows } = await sql<{ id: number; session_version: number; skp_id: number }>`
    SELECT e.id, u.session_version, k.id AS skp_id
    FROM employees e
    JOIN skps k ON k.employee_id = e.id AND k.year = ${year} AND k.status = 'approved'
    JOIN users u ON u.employee_id = e.id AND u.disabled_at IS NULL
    WHERE e.active
    ORDER BY md5(e.nip)
    LIMIT ${count}`.execute(db);
  const indicators = await indicatorIds(
    db,
    rows.map((r) => r.skp_id),
  );
  const out: Submitter[] = [];
  for (const r of rows) {
    const first = indicators.get(r.skp_id)?.[0];
    if (first)
      out.push({ id: r.id, sessionVersion: r.session_version, indicatorId: first.id, unit: first.unit });
  }
  if (out.length === 0) throw new Error(`no employee may file reports in ${year}`);
  return out;
}

/** The agency-wide leader (leadership role, no unit scope): the whole-agency dashboard. */
export async function pickLeader(db: Database): Promise<Person> {
  const { rows } = await sql<{
    id: number;
    nip: string;
    name: string;
    post: string;
    session_version: number;
  }>`
    SELECT e.id, e.nip, e.name, p.name AS post, u.session_version
    FROM users u JOIN employees e ON e.id = u.employee_id AND e.active
    JOIN positions p ON p.id = e.position_id
    WHERE 'leadership' = ANY(u.roles) AND u.scope_unit_id IS NULL AND u.disabled_at IS NULL
    ORDER BY e.id LIMIT 1`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('no agency-wide leader in the seeded database');
  return { id: row.id, nip: row.nip, name: row.name, post: row.post, sessionVersion: row.session_version };
}

/** A record a scenario opens and the person who opens it (their own, or one in their charge). */
export type Opened = { id: number; viewer: { id: number; sessionVersion: number } };

/**
 * The appraisal page as its pejabat penilai opens it (the heaviest view of it: evidence, anchor, forms),
 * and a 360° questionnaire as its rater opens it. Null when the seed holds none (then the scenario is skipped).
 */
export async function pickOpened(
  db: Database,
): Promise<{ appraisal: Opened | null; questionnaire: Opened | null }> {
  const appraisal = await sql<{ id: number; viewer: number; session_version: number }>`
    SELECT a.id, a.evaluator_id AS viewer, u.session_version
    FROM appraisals a JOIN users u ON u.employee_id = a.evaluator_id AND u.disabled_at IS NULL
    ORDER BY a.id DESC LIMIT 1`.execute(db);
  const questionnaire = await sql<{ id: number; viewer: number; session_version: number }>`
    SELECT r.id, r.rater_id AS viewer, u.session_version
    FROM feedback_requests r JOIN feedback_rounds f ON f.id = r.round_id
    JOIN users u ON u.employee_id = r.rater_id AND u.disabled_at IS NULL
    WHERE f.status = 'open' AND r.status IN ('pending', 'draft')
    ORDER BY r.id DESC LIMIT 1`.execute(db);
  const opened = (row: { id: number; viewer: number; session_version: number } | undefined) =>
    row ? { id: row.id, viewer: { id: row.viewer, sessionVersion: row.session_version } } : null;
  return { appraisal: opened(appraisal.rows[0]), questionnaire: opened(questionnaire.rows[0]) };
}
