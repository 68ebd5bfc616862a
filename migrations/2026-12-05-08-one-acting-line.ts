import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// At most one acting (Plt/Plh) line per employee on any date, as there is at most one definitive line
// (supervisions_one_definitive). With both, the pejabat penilai on a date is never ambiguous: the acting
// supervisor while an acting line is valid, otherwise the definitive one (lib/auth/supervision.ts).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE supervisions ADD CONSTRAINT supervisions_one_acting
    EXCLUDE USING gist (employee_id WITH =, daterange(valid_from, valid_to) WITH &&)
    WHERE (kind IN ('plt', 'plh'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE supervisions DROP CONSTRAINT supervisions_one_acting`.execute(db);
}
