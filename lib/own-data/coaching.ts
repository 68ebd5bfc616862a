import 'server-only';
import type { Database } from '@/db';
import type { ExportTable } from '@/lib/dashboard/export';

type Cell = string | number | null;
const iso = (t: Date | string | null): Cell => (t === null ? null : new Date(t).toISOString());

const COLUMNS = [
  'record',
  'role',
  'date',
  'other_person',
  'kind',
  'rhk',
  'value',
  'text',
  'response',
  'responded_at',
  'follow_up',
  'due_on',
  'done_on',
];

/**
 * Continuous feedback the viewer received (notes and dialog kinerja about them) or wrote (as someone's
 * pejabat penilai), with the answers and agreed actions: one row per note, dialog and action, an action
 * right after its dialog. `role` says which side the viewer was on, `other_person` who was on the other.
 */
export async function coachingTable(db: Database, me: number): Promise<ExportTable> {
  const notes = await db
    .selectFrom('coaching_notes as n')
    .innerJoin('employees as a', 'a.id', 'n.author_id')
    .innerJoin('employees as e', 'e.id', 'n.employee_id')
    .select(['n.noted_on', 'n.kind', 'n.rhk_text', 'n.value_code', 'n.text', 'n.response', 'n.responded_at'])
    .select(['n.employee_id', 'a.name as author', 'e.name as employee'])
    .where((w) => w.or([w('n.employee_id', '=', me), w('n.author_id', '=', me)]))
    .orderBy('n.noted_on')
    .orderBy('n.id')
    .execute();
  const dialogs = await db
    .selectFrom('coaching_dialogs as d')
    .innerJoin('employees as a', 'a.id', 'd.author_id')
    .innerJoin('employees as e', 'e.id', 'd.employee_id')
    .select(['d.id', 'd.held_on', 'd.discussed', 'd.follow_up', 'd.employee_id'])
    .select(['a.name as author', 'e.name as employee'])
    .where((w) => w.or([w('d.employee_id', '=', me), w('d.author_id', '=', me)]))
    .orderBy('d.held_on')
    .orderBy('d.id')
    .execute();
  const actions = dialogs.length
    ? await db
        .selectFrom('coaching_actions')
        .select(['dialog_id', 'text', 'due_on', 'done_on'])
        .where(
          'dialog_id',
          'in',
          dialogs.map((d) => d.id),
        )
        .orderBy('id')
        .execute()
    : [];
  const side = (r: { employee_id: number; author: string; employee: string }) =>
    r.employee_id === me ? (['received', r.author] as const) : (['written', r.employee] as const);
  const rows: Cell[][] = notes.map((n) => {
    const [role, other] = side(n);
    return [
      'note',
      role,
      n.noted_on,
      other,
      n.kind,
      n.rhk_text,
      n.value_code,
      n.text,
      n.response,
      iso(n.responded_at),
      null,
      null,
      null,
    ];
  });
  for (const d of dialogs) {
    const [role, other] = side(d);
    rows.push([
      'dialog',
      role,
      d.held_on,
      other,
      null,
      null,
      null,
      d.discussed,
      null,
      null,
      d.follow_up,
      null,
      null,
    ]);
    for (const a of actions.filter((x) => x.dialog_id === d.id))
      rows.push([
        'action',
        role,
        d.held_on,
        other,
        null,
        null,
        null,
        a.text,
        null,
        null,
        null,
        a.due_on,
        a.done_on,
      ]);
  }
  return { name: 'coaching', columns: COLUMNS, rows };
}
