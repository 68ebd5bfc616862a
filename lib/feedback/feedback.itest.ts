import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Viewer } from '@/lib/auth/viewer';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { declineRequest, saveAnswers } from './requests/mutations';
import { getRequestForRater, myTasks } from './requests/queries';
import { feedbackForAppraisal, feedbackResults } from './results/queries';
import { changeRaters, createRound, stepRound } from './rounds/mutations';
import { raterList, roundProgress } from './rounds/queries';
import type { AnswerInput } from './schema';

const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let roundId = 0;

const allAnswers = (answer: 'di_bawah' | 'sesuai' | 'di_atas') =>
  Object.fromEntries(BERAKHLAK.map((value) => [value, answer])) as AnswerInput['answers'];

async function requestOf(rateeId: number, raterId: number) {
  return t.db
    .selectFrom('feedback_requests')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('ratee_id', '=', rateeId)
    .where('rater_id', '=', raterId)
    .executeTakeFirstOrThrow();
}

async function answer(
  raterNipOrViewer: Viewer,
  rateeId: number,
  value: 'di_bawah' | 'sesuai' | 'di_atas',
  strengths?: string,
) {
  const req = await requestOf(rateeId, raterNipOrViewer.employeeId);
  return saveAnswers(
    t.db,
    raterNipOrViewer,
    {
      requestId: req.id,
      version: req.version,
      intent: 'submit',
      answers: allAnswers(value),
      strengths,
    },
    ON,
  );
}

async function peersOf(rateeId: number) {
  const rows = await t.db
    .selectFrom('feedback_requests as r')
    .innerJoin('employees as e', 'e.id', 'r.rater_id')
    .select(['e.nip', 'e.name', 'e.id'])
    .where('r.round_id', '=', roundId)
    .where('r.ratee_id', '=', rateeId)
    .where('r.group', '=', 'peer')
    .orderBy('e.id')
    .execute();
  return rows;
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
  const unit = await t.db
    .selectFrom('employees')
    .select('unit_id')
    .where('id', '=', v.staffA!.employeeId)
    .executeTakeFirstOrThrow();
  const period = await t.db
    .selectFrom('periods')
    .select('id')
    .where('year', '=', 2026)
    .where('kind', '=', 'quarterly')
    // The seed's open round covers this quarter for the whole agency; a second one would overlap it.
    .where('seq', '=', 3)
    .executeTakeFirstOrThrow();
  roundId = await createRound(
    t.db,
    v.admin!,
    {
      name: 'Uji 360 Bidang',
      periodId: period.id,
      deadline: '2026-12-15',
      unitIds: [unit.unit_id],
    },
    ON,
  );
});

afterAll(async () => {
  await t?.drop();
});

describe('the demo seed', () => {
  it('has one closed round with results for the demo staff and one open round with their requests pending', async () => {
    const rounds = await t.db
      .selectFrom('feedback_rounds')
      .select(['id', 'status'])
      .where('status', '<>', 'draft')
      .execute();
    expect(rounds.map((r) => r.status).sort()).toEqual(['closed', 'open']);
    const closed = rounds.find((r) => r.status === 'closed')!.id;
    const a = await feedbackResults(t.db, v.staffA!, closed, v.staffA!.employeeId, ON);
    expect(a?.peersShown).toBe(true);
    expect(a?.supervisorComment?.name).toBe(v.kabid!.name);
    const asSupervisor = await feedbackResults(t.db, v.kabid!, closed, v.staffB!.employeeId, ON);
    expect(asSupervisor?.values.some((x) => x.peers !== null)).toBe(true);
    const fewPeers = await feedbackResults(t.db, v.pppk!, closed, v.pppk!.employeeId, ON);
    expect(fewPeers?.responses.peer).toBe(2);
    expect(fewPeers?.peersShown).toBe(false);
    for (const who of Object.keys(NIP)) {
      const tasks = await myTasks(t.db, v[who]!);
      expect(
        tasks.some((task) => task.status === 'pending'),
        who,
      ).toBe(true);
    }
  });
});

describe('a feedback round', () => {
  it('is created only by an admin, with self, the pejabat penilai and 3–5 peers proposed', async () => {
    await expect(
      createRound(
        t.db,
        v.kabid!,
        { name: 'Tidak boleh', periodId: 1, deadline: '2026-12-15', unitIds: [] },
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    const rows = await t.db
      .selectFrom('feedback_requests')
      .select(['rater_id', 'group'])
      .where('round_id', '=', roundId)
      .where('ratee_id', '=', v.staffA!.employeeId)
      .execute();
    const groups = rows.map((r) => r.group);
    expect(groups.filter((g) => g === 'self')).toHaveLength(1);
    expect(rows.find((r) => r.group === 'supervisor')?.rater_id).toBe(v.kabid!.employeeId);
    const peers = rows.filter((r) => r.group === 'peer');
    expect(peers.length).toBeGreaterThanOrEqual(3);
    expect(peers.length).toBeLessThanOrEqual(5);
    expect(peers.map((p) => p.rater_id)).not.toContain(v.staffA!.employeeId);
    // The Kepala Bidang is rated by the three he supervises directly.
    const upward = await t.db
      .selectFrom('feedback_requests')
      .select('rater_id')
      .where('round_id', '=', roundId)
      .where('ratee_id', '=', v.kabid!.employeeId)
      .where('group', '=', 'subordinate')
      .execute();
    expect(upward.map((u) => u.rater_id)).toEqual(
      expect.arrayContaining([v.staffA!.employeeId, v.staffB!.employeeId, v.pppk!.employeeId]),
    );
  });

  it('makes rating oneself as a peer impossible, in the app and in the database', async () => {
    await expect(
      changeRaters(
        t.db,
        v.kabid!,
        {
          roundId: roundId,
          rateeId: v.staffA!.employeeId,
          change: 'add',
          raterNip: NIP.staffA,
          reason: 'percobaan',
        },
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'feedback.validation.raterSelf', field: 'raterNip' });
    await expect(
      t.db
        .insertInto('feedback_requests')
        .values({
          round_id: roundId,
          ratee_id: v.staffA!.employeeId,
          rater_id: v.staffA!.employeeId,
          group: 'peer',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('lets the pejabat penilai adjust the list before opening, audited; a peer of the ratee cannot', async () => {
    const before = await peersOf(v.staffA!.employeeId);
    const removed = await requestOf(v.staffA!.employeeId, before[0]!.id);
    await expect(
      changeRaters(
        t.db,
        v.staffB!,
        {
          roundId: roundId,
          rateeId: v.staffA!.employeeId,
          change: 'remove',
          requestId: removed.id,
          reason: 'bukan atasan',
        },
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    await changeRaters(
      t.db,
      v.kabid!,
      {
        roundId: roundId,
        rateeId: v.staffA!.employeeId,
        change: 'remove',
        requestId: removed.id,
        reason: 'jarang bekerja sama',
      },
      ON,
    );
    await changeRaters(
      t.db,
      v.kabid!,
      {
        roundId: roundId,
        rateeId: v.staffA!.employeeId,
        change: 'add',
        raterNip: before[0]!.nip,
        reason: 'ternyata sering bekerja sama',
      },
      ON,
    );
    const log = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'feedback_round')
      .where('entity_id', '=', String(roundId))
      .execute();
    expect(log.map((l) => l.action)).toEqual(
      expect.arrayContaining(['feedback.round_create', 'feedback.rater_remove', 'feedback.rater_add']),
    );
  });

  it('opens, and raters answer only their own requests', async () => {
    const round = await t.db
      .selectFrom('feedback_rounds')
      .select('version')
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    await stepRound(t.db, v.admin!, roundId, round.version, 'open');
    const peer = (await peersOf(v.staffA!.employeeId))[0]!;
    const theirs = await requestOf(v.staffA!.employeeId, peer.id);
    const someoneElse = v.pppk!.employeeId === peer.id ? v.staffB! : v.pppk!;
    await expect(
      saveAnswers(
        t.db,
        someoneElse,
        {
          requestId: theirs.id,
          version: theirs.version,
          intent: 'submit',
          answers: allAnswers('di_bawah'),
        },
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    expect(await getRequestForRater(t.db, someoneElse, theirs.id, ON)).toBeNull();
    const untouched = await t.db
      .selectFrom('feedback_answers')
      .select('value')
      .where('request_id', '=', theirs.id)
      .execute();
    expect(untouched).toHaveLength(0);
    const tasks = await myTasks(t.db, v.staffA!);
    expect(tasks.some((task) => task.group === 'self')).toBe(true);
  });

  it('keeps one response when the same questionnaire is submitted five times at once', async () => {
    const req = await requestOf(v.staffA!.employeeId, v.staffA!.employeeId);
    const input: AnswerInput = {
      requestId: req.id,
      version: req.version,
      intent: 'submit',
      answers: allAnswers('di_atas'),
      strengths: 'Tekun',
    };
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => saveAnswers(t.db, v.staffA!, input, ON)),
    );
    expect(outcomes.every((o) => o.outcome === 'submitted')).toBe(true);
    const after = await requestOf(v.staffA!.employeeId, v.staffA!.employeeId);
    expect(after.status).toBe('submitted');
    expect(after.version).toBe(req.version + 1);
    const answers = await t.db
      .selectFrom('feedback_answers')
      .select('value')
      .where('request_id', '=', req.id)
      .execute();
    expect(answers).toHaveLength(7);
  });

  it('saves a draft that can be continued, and reminds whoever has not finished', async () => {
    const req = await requestOf(v.staffA!.employeeId, v.kabid!.employeeId);
    const saved = await saveAnswers(
      t.db,
      v.kabid!,
      {
        requestId: req.id,
        version: req.version,
        intent: 'save',
        answers: { kompeten: 'sesuai' },
      },
      ON,
    );
    expect(saved.outcome).toBe('saved');
    const draft = await getRequestForRater(t.db, v.kabid!, req.id, ON);
    expect(draft?.status).toBe('draft');
    expect(draft?.answers).toEqual({ kompeten: 'sesuai' });
    const round = await t.db
      .selectFrom('feedback_rounds')
      .select('version')
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    await stepRound(t.db, v.admin!, roundId, round.version, 'remind');
    const reminded = await t.db
      .selectFrom('notifications')
      .select('recipient_id')
      .where('kind', '=', 'feedback.reminder')
      .execute();
    expect(reminded.map((r) => r.recipient_id)).toContain(v.kabid!.employeeId);
    // Raters with nothing left to do are not reminded.
    const done = await t.db
      .selectFrom('feedback_requests')
      .select('rater_id')
      .where('round_id', '=', roundId)
      .groupBy('rater_id')
      .having(sql<boolean>`bool_and(status IN ('submitted', 'declined'))`)
      .execute();
    for (const d of done) expect(reminded.map((r) => r.recipient_id)).not.toContain(d.rater_id);
  });

  it('requires every value before a final submit', async () => {
    const req = await requestOf(v.staffA!.employeeId, v.kabid!.employeeId);
    const { answerSchema } = await import('./schema');
    const parsed = answerSchema.safeParse({
      requestId: String(req.id),
      version: String(req.version),
      intent: 'submit',
      answers: { kompeten: 'sesuai' },
    });
    expect(parsed.success).toBe(false);
    const draft = answerSchema.safeParse({
      requestId: String(req.id),
      version: String(req.version),
      intent: 'save',
      answers: { kompeten: 'sesuai' },
    });
    expect(draft.success).toBe(true);
  });

  it('lets a peer decline for a conflict of interest; the pejabat penilai is told and offered a replacement', async () => {
    const peers = await peersOf(v.staffB!.employeeId);
    const decliner = await viewerFor(t.db, peers[peers.length - 1]!.nip);
    const req = await requestOf(v.staffB!.employeeId, decliner.employeeId);
    await declineRequest(
      t.db,
      decliner,
      { requestId: req.id, version: req.version, declineKind: 'conflict_family' },
      ON,
    );
    const note = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('recipient_id', '=', v.kabid!.employeeId)
      .where('kind', '=', 'feedback.declined')
      .executeTakeFirst();
    expect(note).toBeDefined();
    const list = await raterList(t.db, v.kabid!, roundId, v.staffB!.employeeId, ON);
    expect(list?.raters.find((r) => r.requestId === req.id)?.declined?.kind).toBe('conflict_family');
    expect(list?.proposals.length).toBe(1);
    const proposal = list!.proposals[0]!;
    expect(peers.map((p) => p.nip)).not.toContain(proposal.nip);
    await changeRaters(
      t.db,
      v.kabid!,
      {
        roundId: roundId,
        rateeId: v.staffB!.employeeId,
        change: 'add',
        raterNip: proposal.nip,
        reason: 'pengganti penolakan',
      },
      ON,
    );
    const replacement = await t.db
      .selectFrom('feedback_requests')
      .select(['replaces_id', 'status'])
      .where('round_id', '=', roundId)
      .where('replaces_id', '=', req.id)
      .executeTakeFirst();
    expect(replacement?.status).toBe('pending');
    // A staff member's peer list is not theirs to see.
    expect(await raterList(t.db, v.staffB!, roundId, v.staffB!.employeeId, ON)).toBeNull();
  });

  it('after closing: peers withheld at two responses, shown at three, and never identified', async () => {
    const staffAPeers = await peersOf(v.staffA!.employeeId);
    for (const p of staffAPeers.slice(0, 2))
      await answer(await viewerFor(t.db, p.nip), v.staffA!.employeeId, 'di_atas', `Kuat ${p.id}`);
    await answer(v.kabid!, v.staffA!.employeeId, 'sesuai', 'Dapat diandalkan');
    const staffBPeers = await peersOf(v.staffB!.employeeId);
    let answered = 0;
    for (const p of staffBPeers) {
      const req = await requestOf(v.staffB!.employeeId, p.id);
      if (req.status !== 'pending' || answered === 3) continue;
      await answer(await viewerFor(t.db, p.nip), v.staffB!.employeeId, 'di_bawah', 'Perlu lebih teliti');
      answered++;
    }
    expect(answered).toBe(3);
    const round = await t.db
      .selectFrom('feedback_rounds')
      .select('version')
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    expect(await feedbackResults(t.db, v.staffA!, roundId, v.staffA!.employeeId, ON)).toBeNull();
    await stepRound(t.db, v.admin!, roundId, round.version, 'close');

    const a = await feedbackResults(t.db, v.staffA!, roundId, v.staffA!.employeeId, ON);
    expect(a?.peersShown).toBe(false);
    for (const p of staffAPeers) {
      expect(JSON.stringify(a)).not.toContain(p.nip);
      expect(JSON.stringify(a)).not.toContain(p.name);
    }
    expect(a?.values.every((x) => x.peers === null)).toBe(true);
    expect(a?.strengths).toEqual([]);
    expect(a?.supervisorComment?.name).toBe(v.kabid!.name);

    const b = await feedbackResults(t.db, v.kabid!, roundId, v.staffB!.employeeId, ON);
    expect(b?.peersShown).toBe(true);
    expect(b?.values[0]?.peers?.di_bawah).toBe(3);
    expect(b?.developmentAreas.length).toBeGreaterThan(0);
    const dto = JSON.stringify(b);
    for (const p of staffBPeers) {
      expect(dto).not.toContain(p.nip);
      expect(dto).not.toContain(p.name);
      expect(dto).not.toMatch(new RegExp(`"(rater|id|raterId|employeeId)":${p.id}\\b`));
    }
    const forAppraisal = await feedbackForAppraisal(t.db, v.kadisdik!, v.staffB!.employeeId, 2026, ON);
    expect(forAppraisal?.roundId).toBeGreaterThan(0);
  });

  it('shows results only to the ratee and their pejabat penilai', async () => {
    expect(await feedbackResults(t.db, v.staffB!, roundId, v.staffA!.employeeId, ON)).toBeNull();
    expect(await feedbackResults(t.db, v.admin!, roundId, v.staffA!.employeeId, ON)).toBeNull();
    expect(await feedbackResults(t.db, v.sekda!, roundId, v.staffA!.employeeId, ON)).toBeNull();
    expect(await feedbackForAppraisal(t.db, v.pppk!, v.staffA!.employeeId, 2026, ON)).toBeNull();
  });

  it('reports progress per unit in counts, within the leader’s scope', async () => {
    const all = await roundProgress(t.db, v.sekda!, roundId);
    const opd = await roundProgress(t.db, v.kadisdik!, roundId);
    expect(all?.length).toBeGreaterThan(0);
    expect(opd?.length).toBeGreaterThan(0);
    expect(JSON.stringify(all)).not.toContain(NIP.staffB);
    expect(await roundProgress(t.db, v.staffA!, roundId)).toBeNull();
    const direct = await t.db
      .selectFrom('feedback_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('round_id', '=', roundId)
      .where('status', '=', 'submitted')
      .executeTakeFirstOrThrow();
    expect(all!.reduce((s, u) => s + u.submitted, 0)).toBe(Number(direct.n));
  });

  it('refuses answers after the round has closed', async () => {
    const req = await requestOf(v.kabid!.employeeId, v.staffA!.employeeId);
    await expect(
      saveAnswers(
        t.db,
        v.staffA!,
        {
          requestId: req.id,
          version: req.version,
          intent: 'submit',
          answers: allAnswers('sesuai'),
        },
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'feedback.errors.roundNotOpen' });
    expect(await employeeIdByNip(t.db, NIP.staffA)).toBe(v.staffA!.employeeId);
  });
});
