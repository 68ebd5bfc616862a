import 'server-only';
import type { Database } from '@/db';
import { subordinateLines } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import type { SkpStatus } from '@/lib/domain/skp';

export type TeamMember = {
  employeeId: number;
  name: string;
  position: string;
  relation: 'definitive' | 'plt' | 'plh';
  skp: { id: number; status: SkpStatus; revision: number; approvedLate: boolean } | null;
};

/** The viewer's current direct subordinates (definitive and acting) with their SKP for the year. */
export async function listTeamSkps(
  db: Database,
  viewer: Viewer,
  year: number,
  on: string,
): Promise<TeamMember[]> {
  const rows = await subordinateLines(db, viewer.employeeId, on)
    .innerJoin('employees as e', 'e.id', 's.employee_id')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .leftJoin('skps as k', (j) => j.onRef('k.employee_id', '=', 'e.id').on('k.year', '=', year))
    .select([
      'e.id',
      'e.name',
      'p.name as position',
      's.kind',
      'k.id as skp_id',
      'k.status',
      'k.revision',
      'k.approved_late',
    ])
    .where('e.active', '=', true)
    .orderBy('s.kind')
    .orderBy('e.name')
    .execute();
  return rows.map((r) => ({
    employeeId: r.id,
    name: r.name,
    position: r.position,
    relation: r.kind === 'plt' || r.kind === 'plh' ? r.kind : 'definitive',
    skp:
      r.skp_id !== null
        ? {
            id: r.skp_id,
            status: r.status as SkpStatus,
            revision: r.revision ?? 1,
            approvedLate: Boolean(r.approved_late),
          }
        : null,
  }));
}

export type MatrixRow = {
  rhk: { id: number; kind: string; text: string };
  supporters: { rhkId: number; text: string; employeeName: string; status: SkpStatus; skpId: number }[];
};

/** Matriks Peran Hasil: each of the viewer's RHK with the subordinate RHK that name it as intervensi. */
export async function getMatrix(db: Database, viewer: Viewer, year: number): Promise<MatrixRow[] | null> {
  const own = await db
    .selectFrom('skps')
    .select('id')
    .where('employee_id', '=', viewer.employeeId)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!own) return null;
  const rhks = await db
    .selectFrom('skp_rhks')
    .select(['id', 'kind', 'text'])
    .where('skp_id', '=', own.id)
    .orderBy('position')
    .execute();
  const supporters = rhks.length
    ? await db
        .selectFrom('skp_rhks as r')
        .innerJoin('skps as k', 'k.id', 'r.skp_id')
        .innerJoin('employees as e', 'e.id', 'k.employee_id')
        .select(['r.id', 'r.text', 'r.parent_rhk_id', 'e.name', 'k.status', 'k.id as skp_id'])
        .where(
          'r.parent_rhk_id',
          'in',
          rhks.map((r) => r.id),
        )
        .orderBy('e.name')
        .orderBy('r.position')
        .execute()
    : [];
  return rhks.map((rhk) => ({
    rhk,
    supporters: supporters
      .filter((s) => s.parent_rhk_id === rhk.id)
      .map((s) => ({
        rhkId: s.id,
        text: s.text,
        employeeName: s.name,
        status: s.status as SkpStatus,
        skpId: s.skp_id,
      })),
  }));
}
