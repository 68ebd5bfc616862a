import 'server-only';
import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { canSeeAgencyOverview } from '@/lib/auth/policy';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { toPeriod } from '@/lib/calendar/periods';
import type { Predikat } from '@/lib/domain/appraisal';
import type { Rating } from '@/lib/domain/ratings';
import { EXPORTED_STATUSES } from '@/lib/domain/siasn';
import type { ExportablePeriod, SiasnExport } from './types';

/**
 * SKP results for SIASN: one row per employee with a result handed to them in the period. Admins get the
 * agency, leadership the units of their scope (by the employee's current unit); anyone else null (→ 404).
 */

type Eb = ExpressionBuilder<DB & { a: DB['appraisals']; e: DB['employees'] }, 'a' | 'e'>;

/** The rows the viewer may export: the agency for admins and agency-wide leadership, else the scope's subtree. */
function inExportScope(viewer: Viewer) {
  return (eb: Eb) => {
    const agency = eb('e.agency_id', '=', viewer.agencyId);
    if (hasRole(viewer, 'admin') || viewer.scopeUnitId === null) return agency;
    return eb.and([
      agency,
      eb.exists(
        eb
          .selectFrom('units as u')
          .innerJoin('units as scope', (j) => j.on('scope.id', '=', viewer.scopeUnitId))
          .select(sql`1`.as('one'))
          .whereRef('u.id', '=', 'e.unit_id')
          .where(sql<SqlBool>`u.path LIKE scope.path || '%'`),
      ),
    ]);
  };
}

/** Periods with at least one exportable result in the viewer's scope, latest year first. */
export async function exportablePeriods(db: Database, viewer: Viewer): Promise<ExportablePeriod[] | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  const rows = await db
    .selectFrom('appraisals as a')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .innerJoin('periods as p', 'p.id', 'a.period_id')
    .select(['p.id', 'p.year', 'p.kind', 'p.seq', 'p.starts_on', 'p.ends_on', 'p.status'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.status', 'in', EXPORTED_STATUSES)
    .where('p.agency_id', '=', viewer.agencyId)
    .where(inExportScope(viewer))
    .groupBy('p.id')
    .orderBy('p.year', 'desc')
    .orderBy(sql`p.kind = 'annual'`)
    .orderBy('p.seq')
    .execute();
  return rows.map((r) => ({ ...toPeriod(r), rows: Number(r.n) }));
}

/** The export of one period of the viewer's agency; null when the viewer may not export or no such period. */
export async function siasnResults(
  db: Database,
  viewer: Viewer,
  periodId: number,
): Promise<SiasnExport | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  const period = await db
    .selectFrom('periods')
    .selectAll()
    .where('id', '=', periodId)
    .where('agency_id', '=', viewer.agencyId)
    .executeTakeFirst();
  if (!period) return null;
  const rows = await db
    .selectFrom('appraisals as a')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .innerJoin('positions as ep', 'ep.id', 'e.position_id')
    .innerJoin('units as eu', 'eu.id', 'e.unit_id')
    .innerJoin('employees as r', 'r.id', 'a.evaluator_id')
    .innerJoin('positions as rp', 'rp.id', 'r.position_id')
    .innerJoin('units as ru', 'ru.id', 'r.unit_id')
    .select([
      'e.nip',
      'e.name',
      'ep.name as position',
      'eu.name as unit',
      'a.status',
      'a.rating_hasil',
      'a.rating_perilaku',
      'a.predikat',
      'r.nip as r_nip',
      'r.name as r_name',
      'r.kind as r_kind',
      'r.pangkat as r_pangkat',
      'r.pppk_golongan as r_golongan',
      'rp.name as r_position',
      'ru.name as r_unit',
    ])
    .where('a.period_id', '=', period.id)
    .where('a.status', 'in', EXPORTED_STATUSES)
    .where(inExportScope(viewer))
    .orderBy('eu.path')
    .orderBy('e.nip')
    .execute();
  return {
    period: toPeriod(period),
    // A delivered appraisal always carries both ratings and the predikat (appraisals_rated_when_delivered).
    rows: rows.map((r) => ({
      nip: r.nip,
      name: r.name,
      year: period.year,
      startsOn: period.starts_on,
      endsOn: period.ends_on,
      ratingHasil: r.rating_hasil as Rating,
      ratingPerilaku: r.rating_perilaku as Rating,
      predikat: r.predikat as Predikat,
      status: r.status,
      position: r.position,
      unit: r.unit,
      penilai: {
        nip: r.r_nip,
        name: r.r_name,
        kind: r.r_kind,
        pangkat: r.r_pangkat,
        pppkGolongan: r.r_golongan,
        position: r.r_position,
        unit: r.r_unit,
      },
    })),
  };
}
