import { type Kysely, sql, type Transaction } from 'kysely';
import { AGENCY_TIMEZONE } from '../../lib/domain/dates';
import { analyseDefaultSpan } from '../../lib/raters/analysis';
import { rebuildReportRollups } from '../../lib/reports/rollups';
import type { DB } from '../types';
import { seedAppraisals } from './appraisals';
import { seedCoaching } from './coaching';
import { seedFeedback } from './feedback';
import { seedHolidays } from './holidays';
import { seedImports } from './imports';
import { buildPlan, type Plan } from './plan';
import { seedRaterPatterns } from './rater-patterns';
import { seedRealisation } from './realisation';
import { seedDemoReports } from './reports';
import { seedSkps } from './skp';
import { leavingDate } from './supervisions';

export { DEMO_ACCOUNTS, type DemoRole } from './accounts';

export const DEMO_AGENCY = {
  code: 'pariaman',
  name: 'Pemerintah Kota Pariaman',
  timezone: AGENCY_TIMEZONE,
} as const;

export type SeedOptions = {
  employees?: number;
  /** One hash shared by every demo user: hashing thousands of passwords would take minutes. */
  passwordHash: string;
  /** YYYY-MM-DD; ages, ranks and periods are computed from it. Defaults to today in Asia/Jakarta. */
  today?: string;
  onProgress?: (done: number, total: number) => void;
  /** Daily reports from 2 January up to today (default true); off when a full year is COPYed afterwards. */
  demoReports?: boolean;
};

export type SeedResult = { agencyId: number; employees: number; units: number };

// Well under PostgreSQL's 65,535 bind parameters for the widest table (employees, 16 columns).
const CHUNK = 1000;

export async function isSeeded(db: Kysely<DB>): Promise<boolean> {
  const row = await db
    .selectFrom('agencies')
    .select('id')
    .where('code', '=', DEMO_AGENCY.code)
    .executeTakeFirst();
  return row !== undefined;
}

function jakartaToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: DEMO_AGENCY.timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`seed plan refers to a missing row ${index}`);
  return item;
}

async function inChunks<T>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
  after?: (done: number) => void,
) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await insert(chunk);
    after?.(start + chunk.length);
  }
}

/** Ids taken from the serial sequence up front, so paths and foreign keys are known before inserting. */
async function reserveIds(trx: Transaction<DB>, table: 'units' | 'positions' | 'employees', count: number) {
  if (count === 0) return [];
  const { rows } = await sql<{ id: number | string }>`
    SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id FROM generate_series(1, ${count}::int)`.execute(
    trx,
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

function periodRows(agencyId: number, year: number, status: 'open' | 'closed') {
  const quarters = [
    ['01-01', '03-31'],
    ['04-01', '06-30'],
    ['07-01', '09-30'],
    ['10-01', '12-31'],
  ] as const;
  return [
    {
      agency_id: agencyId,
      year,
      kind: 'annual',
      seq: 0,
      starts_on: `${year}-01-01`,
      ends_on: `${year}-12-31`,
      status,
    },
    ...quarters.map(([from, to], i) => ({
      agency_id: agencyId,
      year,
      kind: 'quarterly',
      seq: i + 1,
      starts_on: `${year}-${from}`,
      ends_on: `${year}-${to}`,
      status,
    })),
  ];
}

/**
 * Creates the demo agency (Pemerintah Kota Pariaman) in one transaction: units, positions, employees,
 * users, supervisions, periods and an audit entry. Deterministic for a given size and `today`.
 */
export async function seedDemoAgency(db: Kysely<DB>, opts: SeedOptions): Promise<SeedResult> {
  const total = opts.employees ?? 300;
  if (!Number.isInteger(total) || total < 1)
    throw new Error(`employees must be a positive integer, got ${total}`);
  const today = opts.today ?? jakartaToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
  const plan = buildPlan(total, today);

  const seeded = await db.transaction().execute(async (trx) => {
    if (await isSeeded(trx)) {
      throw new Error(`The demo agency '${DEMO_AGENCY.code}' already exists; refusing to seed it twice.`);
    }
    const { id: agencyId } = await trx
      .insertInto('agencies')
      .values(DEMO_AGENCY)
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertPlan(trx, agencyId, plan, today, opts);

    const year = Number(today.slice(0, 4));
    await trx
      .insertInto('periods')
      .values([...periodRows(agencyId, year - 1, 'closed'), ...periodRows(agencyId, year, 'open')])
      .execute();
    await seedSkps(trx, { agencyId, plan, today });
    await seedHolidays(trx, agencyId, year);
    if (opts.demoReports !== false) await seedDemoReports(trx, { agencyId, today });
    await seedFeedback(trx, { agencyId, today });
    await seedRealisation(trx, { agencyId, today });
    await seedAppraisals(trx, { agencyId, today });
    await seedCoaching(trx, { agencyId, today });
    await seedRaterPatterns(trx, { agencyId, today });
    await seedImports(trx, agencyId);
    if (opts.demoReports !== false) await rebuildReportRollups(trx);
    await trx
      .insertInto('audit_log')
      .values({
        actor_id: null,
        action: 'seed',
        entity: 'agency',
        entity_id: String(agencyId),
        after: { employees: plan.employees.length, units: plan.units.length },
      })
      .execute();
    return { agencyId, employees: plan.employees.length, units: plan.units.length };
  });
  // The demo opens with its rater analysis ready; later changes are the background job's (analysis.ts).
  await analyseDefaultSpan(db, seeded.agencyId, today);
  return seeded;
}

async function insertPlan(
  trx: Transaction<DB>,
  agencyId: number,
  plan: Plan,
  today: string,
  opts: SeedOptions,
) {
  const unitIds = await reserveIds(trx, 'units', plan.units.length);
  const paths: string[] = [];
  const units = plan.units.map((u, i) => {
    const id = at(unitIds, i);
    // Parents come before their children in the plan, so the parent's path is already known.
    const path = `${u.parent === null ? '/' : at(paths, u.parent)}${id}/`;
    paths.push(path);
    const parent_id = u.parent === null ? null : at(unitIds, u.parent);
    return {
      id,
      agency_id: agencyId,
      parent_id,
      kind: u.kind,
      code: u.code,
      name: u.name,
      path,
      sort_order: u.sort,
    };
  });
  await inChunks(units, (chunk) => trx.insertInto('units').values(chunk).execute());

  const positionIds = await reserveIds(trx, 'positions', plan.positions.length);
  const positions = plan.positions.map((p, i) => ({
    id: at(positionIds, i),
    unit_id: at(unitIds, p.unit),
    name: p.name,
    kind: p.kind,
    is_unit_head: p.isHead,
  }));
  await inChunks(positions, (chunk) => trx.insertInto('positions').values(chunk).execute());

  const employeeIds = await reserveIds(trx, 'employees', plan.employees.length);
  const employees = plan.employees.map((e, i) => ({
    id: at(employeeIds, i),
    agency_id: agencyId,
    nip: e.nip,
    kind: e.kind,
    name: e.name,
    gender: e.gender,
    birth_date: e.birthDate,
    tmt: e.tmt,
    pangkat: e.pangkat,
    pangkat_tmt: e.pangkatTmt,
    pppk_golongan: e.pppkGolongan,
    unit_id: at(unitIds, e.unit),
    position_id: at(positionIds, e.position),
    email: null,
    active: e.active,
  }));
  opts.onProgress?.(0, employees.length);
  await inChunks(
    employees,
    (chunk) => trx.insertInto('employees').values(chunk).execute(),
    (done) => opts.onProgress?.(done, employees.length),
  );

  const disabledAt = `${leavingDate(today)}T00:00:00+07:00`;
  // Leadership sees its own OPD; whoever heads the whole tree (the Sekda) sees the whole agency.
  const supervised = new Set(plan.supervisions.map((s) => s.employee));
  const users = plan.employees.map((e, i) => ({
    employee_id: at(employeeIds, i),
    password_hash: opts.passwordHash,
    roles: e.roles,
    scope_unit_id: e.roles.includes('leadership') && supervised.has(i) ? at(unitIds, e.unit) : null,
    locale: null,
    disabled_at: e.active ? null : disabledAt,
  }));
  await inChunks(users, (chunk) => trx.insertInto('users').values(chunk).execute());

  const supervisions = plan.supervisions.map((s) => ({
    employee_id: at(employeeIds, s.employee),
    supervisor_id: at(employeeIds, s.supervisor),
    kind: s.kind,
    valid_from: s.validFrom,
    valid_to: s.validTo,
    note: s.note,
  }));
  await inChunks(supervisions, (chunk) => trx.insertInto('supervisions').values(chunk).execute());
}
