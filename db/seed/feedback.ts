import { sql, type Transaction } from 'kysely';
import { BERAKHLAK } from '../../lib/domain/berakhlak';
import { proposeRequests } from '../../lib/feedback/rounds/propose';
import type { DB } from '../types';
import { DEMO_ACCOUNTS } from './accounts';

type Tx = Transaction<DB>;

const STRENGTHS = [
  'Sigap membantu rekan saat beban kerja menumpuk.',
  'Teliti dalam menyusun laporan dan jarang perlu koreksi.',
  'Ramah dan sabar melayani pertanyaan masyarakat.',
  'Cepat mempelajari aplikasi dan aturan baru.',
  'Menepati tenggat dan memberi kabar lebih awal bila ada kendala.',
  'Terbuka berbagi data dan bahan kerja dengan unit lain.',
];
const IMPROVEMENTS = [
  'Perlu lebih sering berbagi perkembangan pekerjaan dalam rapat tim.',
  'Dokumentasi bukti kegiatan kadang terlambat diunggah.',
  'Bisa lebih proaktif mengusulkan perbaikan prosedur.',
  'Perlu menjaga ketepatan waktu hadir dalam rapat koordinasi.',
  'Sebaiknya melibatkan rekan lebih awal pada pekerjaan bersama.',
];

const [, , , KABID, STAFF_A, STAFF_B, PPPK] = DEMO_ACCOUNTS.map((a) => a.nip);

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Two 360° rounds: last quarter's, closed, with answers and comments for most raters (the demo staff
 * get results — one of them with too few peer answers to show), and this quarter's, open, with the
 * demo accounts' requests still pending. Answers come from hashes of the request ids, so the seed is
 * deterministic, and each ratee has a tendency (weaker / typical / strong) so results differ.
 */
export async function seedFeedback(trx: Tx, opts: { agencyId: number; today: string }) {
  const { agencyId, today } = opts;
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const previous = quarter === 1 ? { year: year - 1, seq: 4 } : { year, seq: quarter - 1 };
  const admin = await employeeId(trx, DEMO_ACCOUNTS[0].nip);
  const period = (y: number, seq: number) =>
    trx
      .selectFrom('periods')
      .select(['id', 'ends_on'])
      .where('agency_id', '=', agencyId)
      .where('year', '=', y)
      .where('kind', '=', 'quarterly')
      .where('seq', '=', seq)
      .executeTakeFirstOrThrow();

  const past = await period(previous.year, previous.seq);
  const closedOn = past.ends_on;
  const closed = await trx
    .insertInto('feedback_rounds')
    .values({
      agency_id: agencyId,
      period_id: past.id,
      name: `Umpan Balik 360° Triwulan ${['I', 'II', 'III', 'IV'][previous.seq - 1]} ${previous.year}`,
      status: 'closed',
      deadline: addDays(closedOn, -10),
      created_by: admin,
      created_at: sql`${addDays(closedOn, -40)}::date + time '09:00'`,
      opened_at: sql`${addDays(closedOn, -35)}::date + time '09:00'`,
      closed_at: sql`${closedOn}::date + time '16:00'`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await proposeRequests(trx, closed.id, agencyId, [], addDays(closedOn, -40));
  await sql`
    UPDATE feedback_requests SET
      status = CASE
        WHEN "group" IN ('self', 'supervisor') THEN CASE WHEN abs(hashtext('s' || id)) % 100 < 92 THEN 'submitted' ELSE 'pending' END
        WHEN abs(hashtext('s' || id)) % 100 < 4 THEN 'declined'
        WHEN abs(hashtext('s' || id)) % 100 < 84 THEN 'submitted'
        ELSE 'pending' END,
      decline_kind = CASE WHEN "group" NOT IN ('self', 'supervisor') AND abs(hashtext('s' || id)) % 100 < 4
        THEN (ARRAY['no_contact', 'conflict_personal', 'conflict_family', 'no_contact'])[1 + abs(hashtext('s' || id)) % 4] END
    WHERE round_id = ${closed.id}`.execute(trx);
  // The demo staff: a complete picture for two of them, and only two peer answers for the third.
  const demoStaff = await Promise.all(
    [STAFF_A, STAFF_B, PPPK, KABID].map((nip) => employeeId(trx, nip as string)),
  );
  await sql`
    UPDATE feedback_requests SET status = 'submitted', decline_kind = NULL
    WHERE round_id = ${closed.id} AND ratee_id = ANY(${demoStaff.slice(0, 2)}::int[])`.execute(trx);
  await sql`
    UPDATE feedback_requests r SET status = CASE WHEN r."group" <> 'peer' OR ranked.n <= 2 THEN 'submitted' ELSE 'pending' END,
      decline_kind = NULL
    FROM (SELECT id, row_number() OVER (PARTITION BY "group" ORDER BY id) AS n FROM feedback_requests
          WHERE round_id = ${closed.id} AND ratee_id = ${demoStaff[2]}) ranked
    WHERE r.id = ranked.id`.execute(trx);
  await sql`
    UPDATE feedback_requests SET status = 'submitted', decline_kind = NULL
    WHERE round_id = ${closed.id} AND ratee_id = ${demoStaff[3]} AND "group" IN ('self', 'supervisor', 'subordinate')`.execute(
    trx,
  );
  await fillAnswers(trx, closed.id, sql`${closedOn}::date - 12 + time '10:00'`);

  const current = await period(year, quarter);
  const deadline = addDays(today, 14);
  const open = await trx
    .insertInto('feedback_rounds')
    .values({
      agency_id: agencyId,
      period_id: current.id,
      name: `Umpan Balik 360° Triwulan ${['I', 'II', 'III', 'IV'][quarter - 1]} ${year}`,
      status: 'open',
      deadline,
      created_by: admin,
      created_at: sql`${addDays(today, -5)}::date + time '09:00'`,
      opened_at: sql`${addDays(today, -3)}::date + time '09:00'`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await proposeRequests(trx, open.id, agencyId, [], addDays(today, -5));
  // A third of the agency has answered already; the demo accounts have everything still to do.
  const demoIds = await Promise.all(DEMO_ACCOUNTS.map((a) => employeeId(trx, a.nip)));
  await sql`
    UPDATE feedback_requests SET status = 'submitted'
    WHERE round_id = ${open.id} AND abs(hashtext('o' || id)) % 100 < 33 AND rater_id <> ALL(${demoIds}::int[])`.execute(
    trx,
  );
  await fillAnswers(trx, open.id, sql`${addDays(today, -1)}::date + time '10:00'`);
  await sql`
    INSERT INTO notifications (recipient_id, kind, link, params, created_at)
    SELECT DISTINCT rater_id, 'feedback.requested', '/feedback',
      jsonb_build_object('round', ${`Umpan Balik 360° Triwulan ${['I', 'II', 'III', 'IV'][quarter - 1]} ${year}`}::text, 'deadline', ${deadline}::text),
      ${addDays(today, -3)}::date + time '09:00'
    FROM feedback_requests WHERE round_id = ${open.id} AND status = 'pending'`.execute(trx);
  await trx
    .insertInto('audit_log')
    .values(
      [closed.id, open.id].map((id) => ({
        actor_id: admin,
        action: 'feedback.round_create',
        entity: 'feedback_round',
        entity_id: String(id),
        after: JSON.stringify({ seeded: true }),
      })),
    )
    .execute();
}

/** Answers and comments for every submitted request of a round, from hashes (deterministic). */
async function fillAnswers(trx: Tx, roundId: number, submittedAt: ReturnType<typeof sql>) {
  await sql`
    INSERT INTO feedback_answers (request_id, value, answer)
    SELECT r.id, v.value,
      CASE
        WHEN r."group" <> 'self' AND h.x < 5 THEN 'cannot_judge'
        WHEN h.x < 5 + (ARRAY[30, 8, 3])[1 + h.tendency] THEN 'di_bawah'
        WHEN h.x >= 100 - (ARRAY[5, 20, 45])[1 + h.tendency] - CASE WHEN r."group" = 'self' THEN 20 ELSE 0 END THEN 'di_atas'
        ELSE 'sesuai'
      END
    FROM feedback_requests r
    CROSS JOIN unnest(${sql.val([...BERAKHLAK])}::text[]) AS v(value)
    CROSS JOIN LATERAL (SELECT abs(hashtext(r.id || ':' || v.value)) % 100 AS x,
                               abs(hashtext('t' || r.ratee_id || ':' || v.value)) % 3 AS tendency) h
    WHERE r.round_id = ${roundId} AND r.status = 'submitted'`.execute(trx);
  await sql`
    UPDATE feedback_requests SET
      submitted_at = ${submittedAt},
      strengths = CASE WHEN abs(hashtext('k' || id)) % 100 < 45 THEN (${sql.val(STRENGTHS)}::text[])[1 + abs(hashtext('ks' || id)) % ${STRENGTHS.length}] END,
      improvements = CASE WHEN abs(hashtext('i' || id)) % 100 < 35 THEN (${sql.val(IMPROVEMENTS)}::text[])[1 + abs(hashtext('is' || id)) % ${IMPROVEMENTS.length}] END,
      version = 2
    WHERE round_id = ${roundId} AND status = 'submitted'`.execute(trx);
}

async function employeeId(trx: Tx, nip: string): Promise<number> {
  const row = await trx.selectFrom('employees').select('id').where('nip', '=', nip).executeTakeFirstOrThrow();
  return row.id;
}
