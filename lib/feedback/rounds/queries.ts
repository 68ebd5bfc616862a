import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { canManageOrganisation, canSeeAgencyOverview, mayManageRaters } from '@/lib/auth/policy';
import { supervisedBy, supervisionValidOn } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { type DeclineKind, type FeedbackGroup, jabatanLevel, proposePeers } from '@/lib/domain/feedback';
import type { PeriodRef, RoundStatus } from '../types';

export type RoundSummary = {
  id: number;
  name: string;
  status: RoundStatus;
  deadline: string;
  version: number;
  period: PeriodRef;
  units: string[];
};

const roundColumns = [
  'o.id',
  'o.name',
  'o.status',
  'o.deadline',
  'o.version',
  'pe.year',
  'pe.kind',
  'pe.seq',
] as const;

function toSummary(
  r: {
    id: number;
    name: string;
    status: string;
    deadline: string;
    version: number;
    year: number;
    kind: string;
    seq: number;
  },
  units: string[],
): RoundSummary {
  return {
    id: r.id,
    name: r.name,
    status: r.status as RoundStatus,
    deadline: r.deadline,
    version: r.version,
    period: { year: r.year, kind: r.kind, seq: r.seq },
    units,
  };
}

async function unitNames(db: Database, roundIds: number[]) {
  if (roundIds.length === 0) return new Map<number, string[]>();
  const rows = await db
    .selectFrom('feedback_round_units as ru')
    .innerJoin('units as u', 'u.id', 'ru.unit_id')
    .select(['ru.round_id', 'u.name'])
    .where('ru.round_id', 'in', roundIds)
    .orderBy('u.path')
    .execute();
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.round_id, [...(map.get(r.round_id) ?? []), r.name]);
  return map;
}

/** Rounds of the agency, for admins and leadership (progress pages). */
export async function listRounds(db: Database, viewer: Viewer): Promise<RoundSummary[]> {
  if (!canSeeAgencyOverview(viewer)) return [];
  const rows = await db
    .selectFrom('feedback_rounds as o')
    .innerJoin('periods as pe', 'pe.id', 'o.period_id')
    .select([...roundColumns])
    .where('o.agency_id', '=', viewer.agencyId)
    .orderBy('o.created_at', 'desc')
    .execute();
  const units = await unitNames(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSummary(r, units.get(r.id) ?? []));
}

export async function getRound(db: Database, viewer: Viewer, roundId: number): Promise<RoundSummary | null> {
  const r = await db
    .selectFrom('feedback_rounds as o')
    .innerJoin('periods as pe', 'pe.id', 'o.period_id')
    .select([...roundColumns])
    .where('o.id', '=', roundId)
    .where('o.agency_id', '=', viewer.agencyId)
    .executeTakeFirst();
  if (!r) return null;
  return toSummary(r, (await unitNames(db, [r.id])).get(r.id) ?? []);
}

export type UnitProgress = {
  unitId: number;
  unit: string;
  ratees: number;
  invited: number;
  submitted: number;
  declined: number;
};

/**
 * Progress per unit of the ratees (counts only, never who answered what), limited to the units the
 * viewer oversees: the whole agency for admins and agency-wide leadership, the OPD for a Kepala OPD.
 */
export async function roundProgress(
  db: Database,
  viewer: Viewer,
  roundId: number,
): Promise<UnitProgress[] | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  const round = await getRound(db, viewer, roundId);
  if (!round) return null;
  const scoped = !canManageOrganisation(viewer) && viewer.scopeUnitId !== null;
  const rows = await db
    .selectFrom('feedback_requests as r')
    .innerJoin('employees as e', 'e.id', 'r.ratee_id')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select([
      'u.id',
      'u.name',
      'u.path',
      sql<number>`count(DISTINCT r.ratee_id)`.as('ratees'),
      sql<number>`count(*)`.as('invited'),
      sql<number>`count(*) FILTER (WHERE r.status = 'submitted')`.as('submitted'),
      sql<number>`count(*) FILTER (WHERE r.status = 'declined')`.as('declined'),
    ])
    .where('r.round_id', '=', roundId)
    .$if(scoped, (q) =>
      q.where(sql<boolean>`u.path LIKE (SELECT path FROM units WHERE id = ${viewer.scopeUnitId}) || '%'`),
    )
    .groupBy(['u.id', 'u.name', 'u.path'])
    .orderBy('u.path')
    .execute();
  return rows.map((r) => ({
    unitId: r.id,
    unit: r.name,
    ratees: Number(r.ratees),
    invited: Number(r.invited),
    submitted: Number(r.submitted),
    declined: Number(r.declined),
  }));
}

export type TeamRoundMember = {
  employeeId: number;
  name: string;
  raters: number;
  declinedOpen: number;
};

export type TeamRound = RoundSummary & { members: TeamRoundMember[] };

/** Rounds in which the viewer's current subordinates are rated, for the pejabat penilai. */
export async function teamRounds(db: Database, viewer: Viewer, on: string): Promise<TeamRound[]> {
  const rows = await db
    .selectFrom('feedback_requests as r')
    .innerJoin('feedback_rounds as o', 'o.id', 'r.round_id')
    .innerJoin('periods as pe', 'pe.id', 'o.period_id')
    .innerJoin('employees as e', 'e.id', 'r.ratee_id')
    .select([
      ...roundColumns,
      'e.id as employee_id',
      'e.name as employee_name',
      sql<number>`count(*)`.as('raters'),
      sql<number>`count(*) FILTER (WHERE r.status = 'declined' AND NOT EXISTS (SELECT 1 FROM feedback_requests x WHERE x.replaces_id = r.id))`.as(
        'declined_open',
      ),
    ])
    .where('o.agency_id', '=', viewer.agencyId)
    .where(supervisedBy(viewer.employeeId, on, 'r.ratee_id'))
    .groupBy([...roundColumns, 'e.id', 'e.name', 'o.created_at'])
    .orderBy('o.created_at', 'desc')
    .orderBy('e.name')
    .execute();
  const byRound = new Map<number, TeamRound>();
  for (const r of rows) {
    const round = byRound.get(r.id) ?? { ...toSummary(r, []), members: [] };
    round.members.push({
      employeeId: r.employee_id,
      name: r.employee_name,
      raters: Number(r.raters),
      declinedOpen: Number(r.declined_open),
    });
    byRound.set(r.id, round);
  }
  return [...byRound.values()];
}

export type RaterRow = {
  requestId: number;
  name: string;
  nip: string;
  position: string;
  group: FeedbackGroup;
  declined: { kind: DeclineKind; reason: string | null; replaced: boolean } | null;
};

export type RaterList = {
  round: RoundSummary;
  ratee: { id: number; name: string; position: string };
  raters: RaterRow[];
  /** For every declined peer not yet replaced: a proposed colleague (the pejabat penilai decides). */
  proposals: { name: string; nip: string; position: string }[];
};

/**
 * The raters of one ratee, for the pejabat penilai or an admin — names and groups, and who declined;
 * never whether anyone has answered or what.
 */
export async function raterList(
  db: Database,
  viewer: Viewer,
  roundId: number,
  rateeId: number,
  on: string,
): Promise<RaterList | null> {
  const round = await getRound(db, viewer, roundId);
  if (!round || !(await mayManageRaters(db, viewer, rateeId, on))) return null;
  const ratee = await db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .select(['e.id', 'e.name', 'e.unit_id', 'p.kind', 'p.name as position'])
    .where('e.id', '=', rateeId)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('feedback_requests as r')
    .innerJoin('employees as e', 'e.id', 'r.rater_id')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .select([
      'r.id',
      'e.id as rater_id',
      'e.name',
      'e.nip',
      'p.name as position',
      'r.group',
      'r.status',
      'r.decline_kind',
      'r.decline_reason',
      sql<boolean>`EXISTS (SELECT 1 FROM feedback_requests x WHERE x.replaces_id = r.id)`.as('replaced'),
    ])
    .where('r.round_id', '=', roundId)
    .where('r.ratee_id', '=', rateeId)
    .orderBy(sql`CASE r."group" WHEN 'self' THEN 0 WHEN 'supervisor' THEN 1 WHEN 'peer' THEN 2 ELSE 3 END`)
    .orderBy('e.name')
    .execute();
  if (rows.length === 0) return null;
  const raters: RaterRow[] = rows.map((r) => ({
    requestId: r.id,
    name: r.name,
    nip: r.nip,
    position: r.position,
    group: r.group as FeedbackGroup,
    declined:
      r.status === 'declined'
        ? { kind: r.decline_kind as DeclineKind, reason: r.decline_reason, replaced: Boolean(r.replaced) }
        : null,
  }));
  const openDeclines = raters.filter((r) => r.group === 'peer' && r.declined && !r.declined.replaced).length;
  const proposals =
    openDeclines > 0
      ? await proposeReplacements(
          db,
          ratee,
          rows.map((r) => r.rater_id),
          openDeclines,
          on,
        )
      : [];
  return { round, ratee: { id: ratee.id, name: ratee.name, position: ratee.position }, raters, proposals };
}

/** Colleagues who could replace declined peers: same rules as the first proposal, minus everyone asked. */
async function proposeReplacements(
  db: Database,
  ratee: { id: number; unit_id: number; kind: string },
  alreadyAsked: number[],
  count: number,
  on: string,
) {
  const candidates = await db
    .selectFrom('employees as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .select(['e.id', 'e.name', 'e.nip', 'e.unit_id', 'p.kind', 'p.name as position'])
    .where('e.active', '=', true)
    .where('e.id', '<>', ratee.id)
    .where(
      sql<boolean>`split_part(u.path, '/', 2) = (SELECT split_part(path, '/', 2) FROM units WHERE id = ${ratee.unit_id})`,
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          // Nobody in a supervision line with the ratee, acting or superseded, is offered as a peer.
          selectFrom('supervisions as s')
            .select('s.id')
            .where(supervisionValidOn('s', on))
            .where((eb) =>
              eb.or([
                eb.and([eb('s.employee_id', '=', ratee.id), eb('s.supervisor_id', '=', eb.ref('e.id'))]),
                eb.and([eb('s.supervisor_id', '=', ratee.id), eb('s.employee_id', '=', eb.ref('e.id'))]),
              ]),
            ),
        ),
      ),
    )
    .execute();
  const level = jabatanLevel(ratee.kind);
  const pool = candidates
    .map((c) => ({ id: c.id, sameUnit: c.unit_id === ratee.unit_id, level: jabatanLevel(c.kind) }))
    .filter((c) => c.sameUnit || c.level === level);
  const chosen = proposePeers(ratee.id, level, pool, new Map(), new Set(alreadyAsked)).slice(0, count);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return chosen.map((id) => {
    const c = byId.get(id);
    return { name: c?.name ?? '', nip: c?.nip ?? '', position: c?.position ?? '' };
  });
}

/** The closed rounds in which the viewer was rated, newest first (links to their results). */
export async function myClosedRounds(db: Database, viewer: Viewer): Promise<RoundSummary[]> {
  const rows = await db
    .selectFrom('feedback_rounds as o')
    .innerJoin('periods as pe', 'pe.id', 'o.period_id')
    .select([...roundColumns])
    .where('o.status', '=', 'closed')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('feedback_requests as r')
          .select('r.id')
          .whereRef('r.round_id', '=', 'o.id')
          .where('r.ratee_id', '=', viewer.employeeId),
      ),
    )
    .orderBy('o.closed_at', 'desc')
    .execute();
  return rows.map((r) => toSummary(r, []));
}

/** What the "new round" form offers an admin: open periods, and the units as an indented tree. */
export async function roundFormOptions(db: Database, viewer: Viewer) {
  if (!canManageOrganisation(viewer)) return null;
  const [periods, units] = await Promise.all([
    db
      .selectFrom('periods')
      .select(['id', 'year', 'kind', 'seq', 'ends_on'])
      .where('agency_id', '=', viewer.agencyId)
      .where('status', '=', 'open')
      .orderBy('year')
      .orderBy('kind')
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('units')
      .select(['id', 'name', 'path'])
      .where('agency_id', '=', viewer.agencyId)
      .orderBy('path')
      .execute(),
  ]);
  return {
    periods: periods.map((p) => ({
      id: p.id,
      period: { year: p.year, kind: p.kind, seq: p.seq },
      endsOn: p.ends_on,
    })),
    units: units.map((u) => ({ id: u.id, name: u.name, depth: u.path.split('/').length - 3 })),
  };
}

/** An employee of the agency by NIP, for an admin looking up whose raters to adjust. */
export async function rateeInRound(db: Database, viewer: Viewer, roundId: number, nip: string) {
  if (!canManageOrganisation(viewer)) return null;
  return (
    (await db
      .selectFrom('feedback_requests as r')
      .innerJoin('employees as e', 'e.id', 'r.ratee_id')
      .select(['e.id', 'e.name'])
      .where('r.round_id', '=', roundId)
      .where('e.nip', '=', nip)
      .where('e.agency_id', '=', viewer.agencyId)
      .executeTakeFirst()) ?? null
  );
}
