import 'server-only';
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '@/db';
import { canSeeAgencyOverview } from '@/lib/auth/policy';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { givenPeriods } from '@/lib/calendar/given';
import { type OrgPredikat, PREDIKAT, type Predikat } from '@/lib/domain/appraisal';
import { type DistributionWarning, distributionWarnings } from '@/lib/domain/distribution';
import { membersCte, resolveUnits, type Unit } from './agency';
import { dashboardCache, scopeVersion } from './cache';

export type PeriodOption = { id: number; year: number; kind: string; seq: number; open: boolean };

export type PredikatRow = {
  id: number;
  name: string;
  /** The chosen unit's own staff (its Predikat Kinerja Organisasi is set one level up). */
  own: boolean;
  counts: Record<Predikat, number>;
  total: number;
  org: { predikat: OrgPredikat; version: number } | null;
  /** The viewer may set this unit's organisational predikat for the period (leadership over it). */
  canSet: boolean;
  warnings: DistributionWarning[];
};

export type PredikatDistribution = {
  period: PeriodOption;
  periods: PeriodOption[];
  rows: PredikatRow[];
  summary: Record<Predikat, number>;
};

const zero = (): Record<Predikat, number> => ({
  sangat_baik: 0,
  baik: 0,
  butuh_perbaikan: 0,
  kurang: 0,
  sangat_kurang: 0,
});

/**
 * Employee predikat given in a period (delivered or later; drafts are still the appraiser's), per row of
 * the leadership dashboard, beside each unit's Predikat Kinerja Organisasi and the warnings of its pattern.
 * Same scope as the rest of the dashboard: a unit outside it gives null (→ 404).
 */
export async function getPredikatDistribution(
  db: Database,
  viewer: Viewer,
  filters: { unitId: number | null; periodId: number | null },
  on: string,
): Promise<PredikatDistribution | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  const units = await resolveUnits(db, viewer, filters.unitId);
  if (!units) return null;
  const year = Number(on.slice(0, 4));
  const periodRows = await db
    .selectFrom('periods as p')
    .select(['p.id', 'p.year', 'p.kind', 'p.seq', 'p.status', 'p.starts_on'])
    .where('p.agency_id', '=', viewer.agencyId)
    .where('p.year', '>=', year - 1)
    .where('p.kind', 'in', ['annual', 'quarterly'])
    .where('p.starts_on', '<=', on)
    .orderBy('p.year', 'desc')
    .orderBy('p.kind')
    .orderBy('p.seq', 'desc')
    .execute();
  const periods: PeriodOption[] = periodRows.map((p) => ({
    id: p.id,
    year: p.year,
    kind: p.kind,
    seq: p.seq,
    open: p.status === 'open',
  }));
  const given = await givenPeriods(
    db,
    periodRows.map((p) => p.id),
  );
  const latestGiven = [...periodRows]
    .sort((a, b) => (a.starts_on < b.starts_on ? 1 : -1))
    .find((p) => given.has(p.id));
  const period =
    periods.find((p) => p.id === filters.periodId) ??
    periods.find((p) => p.id === latestGiven?.id) ??
    periods.find((p) => p.kind === 'annual' && p.year === year);
  if (!period) return null;

  const selected: Unit | null = units.selected;
  const cte = membersCte(viewer.agencyId, selected);
  const version = await scopeVersion(db, viewer.agencyId, selected);
  const key = `predikat:${viewer.agencyId}:${selected?.id ?? 'agency'}:${period.id}`;
  const { kids, counted, orgs } = await dashboardCache.get(key, version, () =>
    scopeCounts(db, cte, period.id),
  );
  const countsOf = new Map<number, Record<Predikat, number>>();
  for (const c of counted.rows) {
    const m = countsOf.get(c.row_id) ?? zero();
    m[c.predikat] += c.n;
    countsOf.set(c.row_id, m);
  }
  const orgOf = new Map(orgs.rows.map((o) => [o.unit_id, o]));
  const leader = hasRole(viewer, 'leadership');
  const summary = zero();
  const rows = kids.rows.map((k): PredikatRow => {
    const counts = countsOf.get(k.id) ?? zero();
    for (const p of PREDIKAT) summary[p] += counts[p];
    const org = k.own ? undefined : orgOf.get(k.id);
    return {
      id: k.id,
      name: k.name,
      own: k.own,
      counts,
      total: PREDIKAT.reduce((n, p) => n + counts[p], 0),
      org: org ? { predikat: org.predikat, version: org.version } : null,
      // setOrgResult decides again in its transaction; this only chooses whether to offer the form.
      canSet: leader && period.open && !k.own && k.id !== viewer.unitId,
      warnings: org ? distributionWarnings(org.predikat, counts) : [],
    };
  });
  return { period, periods, rows, summary };
}

/** Per row of the scope: its predikat counts in the period and the organisational predikat set for it. */
async function scopeCounts(db: Database, cte: RawBuilder<unknown>, periodId: number) {
  const [kids, counted, orgs] = await Promise.all([
    sql<{ id: number; name: string; own: boolean }>`
      WITH ${cte} SELECT id, name, own FROM kids ORDER BY own DESC, sort_order, name`.execute(db),
    sql<{ row_id: number; predikat: Predikat; n: number }>`
      WITH ${cte}
      SELECT mem.row_id, a.predikat, count(*)::int AS n
      FROM mem JOIN appraisals a ON a.employee_id = mem.employee_id
      WHERE a.period_id = ${periodId} AND a.status <> 'draft' AND a.predikat IS NOT NULL
      GROUP BY 1, 2`.execute(db),
    sql<{ unit_id: number; predikat: OrgPredikat; version: number }>`
      WITH ${cte}
      SELECT o.unit_id, o.predikat, o.version FROM org_results o JOIN kids k ON k.id = o.unit_id AND NOT k.own
      WHERE o.period_id = ${periodId}`.execute(db),
  ]);
  return { kids, counted, orgs };
}
