import { KABID_NIP, PLT_FROM, PLT_NOTE, PLT_UNIT, SEKDA_NIP } from './accounts';
import type { PlanEmployee, PlanUnit } from './plan';
import { createRng } from './random';

export type PlanSupervision = {
  employee: number;
  supervisor: number;
  kind: 'definitive' | 'plt';
  validFrom: string;
  validTo: string | null;
  note: string | null;
};

const SEED = 0x5eed0001;
/** The current organisation took effect with the 2025 restructuring; earlier rows are history. */
const CURRENT_FROM = '2025-01-01';
const HISTORY_FROM = '2023-01-01';
const INACTIVE = 3;

/** When the inactive employees left (retired or transferred out): the start of this year. */
export function leavingDate(today: string): string {
  return `${Math.max(Number(today.slice(0, 4)), 2024)}-01-01`;
}

const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * Definitive rows follow the unit tree: staff report to the nearest unit head above them, heads to the
 * head of the parent unit, OPD heads to the Sekda. Marks a few staff inactive and a few as moved.
 */
export function supervise(
  units: readonly PlanUnit[],
  employees: PlanEmployee[],
  headOf: readonly number[],
  today: string,
): PlanSupervision[] {
  const rng = createRng(SEED);
  const sekda = employees.findIndex((e) => e.nip === SEKDA_NIP);
  const kabid = employees.findIndex((e) => e.nip === KABID_NIP);
  const pltUnit = units.findIndex((u) => u.code === PLT_UNIT);
  if (sekda < 0 || kabid < 0 || pltUnit < 0) throw new Error('the demo accounts are missing from the plan');

  const unitOf = (u: number): PlanUnit => {
    const unit = units[u];
    if (!unit) throw new Error(`no unit ${u}`);
    return unit;
  };
  const nearestHead = (start: number | null): number => {
    for (let u = start; u !== null; u = unitOf(u).parent) {
      const head = headOf[u] ?? -1;
      if (head >= 0) return head;
    }
    return sekda;
  };
  const isHead = (e: PlanEmployee, i: number): boolean => headOf[e.unit] === i;
  const supervisorOf = (e: PlanEmployee, i: number): number =>
    i === sekda ? -1 : isHead(e, i) ? nearestHead(unitOf(e.unit).parent) : nearestHead(e.unit);

  const plainStaff = (tmtBefore: string) =>
    employees
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => !e.demo && !isHead(e, i) && e.unit !== pltUnit && e.tmt < tmtBefore && e.active);
  const choose = (pool: { i: number }[], count: number): Set<number> => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, pool.length)) chosen.add(rng.pick(pool).i);
    return chosen;
  };

  const inactive = choose(
    plainStaff('2021-01-01').filter(({ e }) => e.kind === 'PNS'),
    INACTIVE,
  );
  for (const i of inactive) {
    const e = employees[i];
    if (e) e.active = false;
  }
  const moved = choose(plainStaff(HISTORY_FROM), 2 + Math.floor(employees.length / 2500));
  const heads = headOf.filter((h) => h >= 0 && h !== kabid);

  const rows: PlanSupervision[] = [];
  const definitive = (employee: number, supervisor: number, validFrom: string, validTo: string | null) =>
    rows.push({ employee, supervisor, kind: 'definitive', validFrom, validTo, note: null });

  employees.forEach((e, i) => {
    const supervisor = supervisorOf(e, i);
    if (supervisor < 0) return;
    if (inactive.has(i)) {
      definitive(i, supervisor, later(HISTORY_FROM, e.tmt), leavingDate(today));
      return;
    }
    if (moved.has(i)) {
      let previous = rng.pick(heads);
      while (previous === supervisor || previous === i) previous = rng.pick(heads);
      definitive(i, previous, HISTORY_FROM, CURRENT_FROM);
    }
    definitive(i, supervisor, later(CURRENT_FROM, e.tmt), null);
    if (e.unit === pltUnit && !isHead(e, i)) {
      rows.push({
        employee: i,
        supervisor: kabid,
        kind: 'plt',
        validFrom: PLT_FROM,
        validTo: null,
        note: PLT_NOTE,
      });
    }
  });
  return rows;
}
