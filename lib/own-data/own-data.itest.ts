import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Viewer } from '@/lib/auth/viewer';
import { ownDataTables } from './queries';
import { workbookOf } from './workbook';

/** The own-data workbook's continuous-feedback sheet: what the person received and what they wrote. */
const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const key of ['kabid', 'staffA', 'staffB'] as const) v[key] = await viewerFor(t.db, NIP[key]);
});
afterAll(() => t?.drop());

/** The `coaching` sheet of the viewer's downloaded workbook, as header → value records (empty → null). */
async function coachingSheet(viewer: Viewer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbookOf(await ownDataTables(t.db, viewer, ON))).buffer as ArrayBuffer);
  const sheet = book.getWorksheet('coaching');
  if (!sheet) throw new Error('no coaching sheet');
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  const header = values(1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let n = 2; n <= sheet.rowCount; n++)
    rows.push(Object.fromEntries(header.map((h, i) => [h, values(n)[i] || null])));
  return rows;
}

const coachingOf = (employeeId: number) =>
  Promise.all([
    t.db
      .selectFrom('coaching_notes')
      .select(['text', 'response', 'author_id'])
      .where('employee_id', '=', employeeId)
      .execute(),
    t.db
      .selectFrom('coaching_dialogs')
      .select(['id', 'discussed'])
      .where('employee_id', '=', employeeId)
      .execute(),
  ]);

describe('own data export: continuous feedback', () => {
  it('holds every note, answer, dialog and action the employee received, with who wrote them', async () => {
    const [notes, dialogs] = await coachingOf(v.staffA!.employeeId);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.some((n) => n.response)).toBe(true);
    expect(dialogs.length).toBeGreaterThan(0);
    const rows = await coachingSheet(v.staffA!);
    const received = rows.filter((r) => r.record === 'note');
    expect(received).toHaveLength(notes.length);
    for (const n of notes)
      expect(received).toContainEqual(
        expect.objectContaining({
          role: 'received',
          other_person: v.kabid!.name,
          text: n.text,
          response: n.response,
        }),
      );
    for (const d of dialogs)
      expect(rows).toContainEqual(
        expect.objectContaining({ record: 'dialog', role: 'received', text: d.discussed }),
      );
    const actions = await t.db
      .selectFrom('coaching_actions')
      .select(['text', 'due_on'])
      .where(
        'dialog_id',
        'in',
        dialogs.map((d) => d.id),
      )
      .execute();
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions)
      expect(rows).toContainEqual(
        expect.objectContaining({ record: 'action', text: a.text, due_on: a.due_on }),
      );
  });

  it('holds what a pejabat penilai wrote about each subordinate, and nobody else’s notes', async () => {
    const [notesA] = await coachingOf(v.staffA!.employeeId);
    const [notesB] = await coachingOf(v.staffB!.employeeId);
    const written = (await coachingSheet(v.kabid!)).filter((r) => r.record === 'note');
    for (const n of notesA.filter((x) => x.author_id === v.kabid!.employeeId))
      expect(written).toContainEqual(
        expect.objectContaining({ role: 'written', other_person: v.staffA!.name, text: n.text }),
      );
    expect(written.filter((r) => r.other_person === v.staffB!.name)).toHaveLength(notesB.length);

    // Staff B's workbook has B's notes only, never a word of staff A's.
    const peer = JSON.stringify(await coachingSheet(v.staffB!));
    for (const n of notesA) expect(peer).not.toContain(n.text);
  });
});
