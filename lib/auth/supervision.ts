// Not server-only: the demo seed proposes 360° raters with the same rule (lib/feedback/propose.ts).
import { type Expression, type SqlBool, sql } from 'kysely';

/** Supervision lines valid on `on` (valid_to is exclusive), whatever their kind: for showing the lines. */
export function supervisionValidOn(alias: string, on: string): Expression<SqlBool> {
  const ref = (col: string) => sql.ref(`${alias}.${col}`);
  return sql<SqlBool>`(${ref('valid_from')} <= ${on} AND (${ref('valid_to')} IS NULL OR ${ref('valid_to')} > ${on}))`;
}

/**
 * The line that makes someone the employee's pejabat penilai on `on` — the one rule every permission
 * uses. An employee has at most one definitive and at most one acting (Plt/Plh) line on any date (both
 * exclusion constraints); while an acting line is valid (the post is vacant or its holder away) the
 * acting supervisor is the pejabat penilai, otherwise the definitive one. So there is never more than one.
 */
export function currentSupervision(alias: string, on: string): Expression<SqlBool> {
  const ref = (col: string) => sql.ref(`${alias}.${col}`);
  return sql<SqlBool>`(${supervisionValidOn(alias, on)} AND (${ref('kind')} <> 'definitive' OR NOT EXISTS (
    SELECT 1 FROM supervisions acting WHERE acting.employee_id = ${ref('employee_id')}
      AND acting.kind <> 'definitive' AND ${supervisionValidOn('acting', on)})))`;
}
