import { z } from 'zod';

const STRUCTURE_INTENT = /^(add-rhk|remove-rhk:\d+|add-ind:\d+|remove-ind:\d+:\d+)$/;

export const isStructureIntent = (intent: unknown): intent is string =>
  typeof intent === 'string' && STRUCTURE_INTENT.test(intent);

/** The editor's rows while being rearranged without JavaScript: anything goes until it is saved. */
export const structureSchema = z.looseObject({
  intent: z.string().regex(STRUCTURE_INTENT),
  rhks: z.array(z.looseObject({ indicators: z.array(z.looseObject({})).optional() })).optional(),
});

type Row = Record<string, unknown> & { indicators?: Record<string, unknown>[] };

export const emptyIndicator = () => ({
  indicatorId: '',
  aspek: 'kuantitas',
  // Empty: measured the aspek's default way.
  measure: '',
  text: '',
  targetValue: '',
  targetUnit: '',
});
export const emptyRhk = () => ({
  rhkId: '',
  kind: 'utama',
  text: '',
  parentRhkId: '',
  unitGoalId: '',
  indicators: [emptyIndicator()],
});

/** Applies "add/remove RHK or indicator" to the submitted rows, returning the rows to show again. */
export function applyStructureIntent(intent: string, rows: Row[]): Row[] {
  const next = rows.map((r) => ({ ...r, indicators: [...(r.indicators ?? [])] }));
  const [op, a, b] = intent.split(/[:]/);
  const i = Number(a);
  const j = Number(b);
  if (op === 'add-rhk') next.push(emptyRhk());
  if (op === 'remove-rhk' && next.length > 1) next.splice(i, 1);
  if (op === 'add-ind') next[i]?.indicators.push(emptyIndicator());
  if (op === 'remove-ind' && (next[i]?.indicators.length ?? 0) > 1) next[i]?.indicators.splice(j, 1);
  return next;
}
