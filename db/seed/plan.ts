import type { Gender } from '../../lib/domain/nip';
import type { JabatanKind } from '../../lib/domain/pangkat';
import { DEMO_PEOPLE } from './accounts';
import { BIDANG_STAFF, type OpdDef, type SubDef } from './data';
import { personalName, withTitles } from './names';
import { OPDS } from './opds';
import { finish, makePns, makePppk, type Person, type PersonContext } from './people';
import { HEADS, type HeadKind, TEMPLATES, type Template, type TemplateName } from './positions';
import { createRng, type Rng } from './random';
import { type PlanSupervision, supervise } from './supervisions';

const SEED = 0x5eed2026;
/** From this size on, optional bidang and the subbagian of every Sekretariat are added. */
export const FULL_STRUCTURE_FROM = 1000;
const PPPK_SHARE = 0.15;
const DEMO_NAMES = new Set(DEMO_PEOPLE.map((p) => p.name.replace(/^(Dr\. |dr\. )+/, '').split(',')[0]));

export type UnitKind = 'opd' | 'bidang' | 'subbagian';

export type PlanUnit = {
  code: string;
  name: string;
  kind: UnitKind;
  parent: number | null;
  sort: number;
  headPost: string;
  headTemplate: Template;
  vacant: boolean;
  weight: number;
  pool: readonly TemplateName[];
  minStaff: number;
};

export type PlanPosition = { unit: number; name: string; kind: JabatanKind; isHead: boolean };

export type PlanEmployee = Person & {
  name: string;
  unit: number;
  position: number;
  active: boolean;
  roles: string[];
  demo: boolean;
};

export type Plan = {
  units: PlanUnit[];
  positions: PlanPosition[];
  employees: PlanEmployee[];
  /** Employee index of each unit's head, -1 when the post is vacant. */
  headOf: number[];
  supervisions: PlanSupervision[];
};

function headTemplate(kind: HeadKind, opd: OpdDef): Template {
  const base: Template = HEADS[kind];
  return {
    ...base,
    degrees: base.degrees.length > 0 ? base.degrees : opd.degrees,
    masters: base.masters ?? opd.masters,
  };
}

export function expandUnits(employees: number): PlanUnit[] {
  const full = employees >= FULL_STRUCTURE_FROM;
  const units: PlanUnit[] = [];
  const add = (
    subs: readonly SubDef[],
    parent: number,
    prefix: string,
    opd: OpdDef,
    kind: UnitKind,
  ): void => {
    subs
      .filter((s) => full || !s.optional)
      .forEach((s, i) => {
        const children = (s.children ?? []).filter((c) => full || !c.optional);
        const index = units.length;
        units.push({
          code: `${prefix}${s.code}`,
          name: s.name,
          kind,
          parent,
          sort: i + 1,
          headPost: s.head,
          headTemplate: headTemplate(s.headKind, opd),
          vacant: s.vacant ?? false,
          // Where subbagian exist they hold the staff; the parent keeps a few of its own.
          weight: children.length > 0 ? 1 : (s.weight ?? 2),
          pool: s.staff ?? [...BIDANG_STAFF, ...opd.specialists, ...opd.specialists],
          minStaff: s.minStaff ?? 0,
        });
        add(children, index, `${prefix}${s.code}.`, opd, 'subbagian');
      });
  };
  OPDS.forEach((opd, i) => {
    units.push({
      code: opd.code,
      name: opd.name,
      kind: 'opd',
      parent: null,
      sort: i + 1,
      headPost: opd.head,
      headTemplate: headTemplate(opd.headKind, opd),
      vacant: false,
      weight: 0,
      pool: [],
      minStaff: 0,
    });
    add([...opd.subs, ...(opd.scaled?.(employees) ?? [])], units.length - 1, `${opd.code}.`, opd, 'bidang');
  });
  return units;
}

/** Largest-remainder apportionment, so the staff add up to exactly `total`. */
function apportion(units: readonly PlanUnit[], total: number): number[] {
  const weightSum = units.reduce((s, u) => s + u.weight, 0);
  const exact = units.map((u) => (u.weight / weightSum) * total);
  const counts = exact.map(Math.floor);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const remainder = total - counts.reduce((s, c) => s + c, 0);
  for (let k = 0; k < remainder; k++) {
    const i = order[k]?.[1];
    if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
  }
  units.forEach((u, i) => {
    while ((counts[i] ?? 0) < u.minStaff) {
      const donor = counts.indexOf(Math.max(...counts));
      counts[donor] = (counts[donor] ?? 0) - 1;
      counts[i] = (counts[i] ?? 0) + 1;
    }
  });
  return counts;
}

function titlesFor(rng: Rng, tpl: Template): string[] {
  const titles: string[] = [];
  if (tpl.degrees.length > 0) titles.push(rng.pick(tpl.degrees));
  if (tpl.masters && tpl.masters.length > 0 && rng.chance(tpl.master ?? 0)) {
    titles.push(rng.pick(tpl.masters));
    if (tpl.kind === 'jpt_pratama' && rng.chance(0.15)) titles.unshift('Dr. ');
  }
  return titles;
}

export function buildPlan(employeeCount: number, today: string): Plan {
  const rng = createRng(SEED);
  const ctx: PersonContext = { rng, today, usedNips: new Set(DEMO_PEOPLE.map((p) => p.nip)) };
  const units = expandUnits(employeeCount);
  const unitIndex = new Map(units.map((u, i) => [u.code, i]));
  const positions: PlanPosition[] = [];
  const employees: PlanEmployee[] = [];
  const postIndex = new Map<string, number>();

  const post = (unit: number, name: string, kind: JabatanKind, isHead: boolean): number => {
    const key = `${unit}|${name}`;
    let index = postIndex.get(key);
    if (index === undefined) {
      index = positions.push({ unit, name, kind, isHead }) - 1;
      postIndex.set(key, index);
    }
    return index;
  };
  const missing = DEMO_PEOPLE.find((p) => !unitIndex.has(p.unit));
  if (missing) throw new Error(`demo unit ${missing.unit} is missing from the structure`);
  const demoAt = (code: string) => DEMO_PEOPLE.filter((p) => p.unit === code);
  const add = (
    person: Person,
    name: string,
    unit: number,
    position: number,
    roles: string[],
    demo: boolean,
  ) => employees.push({ ...person, name, unit, position, active: true, roles, demo }) - 1;
  const generated = (tpl: Template, pppk: boolean): { person: Person; name: string } => {
    const gender: Gender = rng.chance(tpl.female) ? 'P' : 'L';
    const person = pppk ? makePppk(ctx, tpl, gender) : makePns(ctx, tpl, gender);
    let base = personalName(rng, gender, Number(person.birthDate.slice(0, 4)));
    // Nobody else may share a demo account's name, or searching for them in the demo gets confusing.
    while (DEMO_NAMES.has(base)) base = personalName(rng, gender, Number(person.birthDate.slice(0, 4)));
    return { person, name: withTitles(base, titlesFor(rng, tpl)) };
  };

  // Heads first, so the supervision tree can be read off the unit tree.
  const headOf = units.map((u, i) => {
    const position = post(i, u.headPost, u.headTemplate.kind, true);
    if (u.vacant) return -1;
    const roles = u.kind === 'opd' ? ['leadership'] : [];
    const demo = demoAt(u.code).find((p) => p.post === 'head');
    if (demo)
      return add(finish(ctx, u.headTemplate, demo.nip, demo.kind), demo.name, i, position, demo.roles, true);
    const { person, name } = generated(u.headTemplate, false);
    return add(person, name, i, position, roles, false);
  });

  const staffUnits = units.map((u, i) => ({ u, i })).filter(({ u }) => u.weight > 0);
  const fixedStaff = DEMO_PEOPLE.filter((p) => p.post !== 'head').length;
  const staffTotal = employeeCount - employees.length - fixedStaff;
  if (staffTotal < staffUnits.length) {
    const minimum = employees.length + fixedStaff + staffUnits.length;
    throw new Error(`The demo agency needs at least ${minimum} employees (asked for ${employeeCount}).`);
  }
  const apportioned = apportion(
    staffUnits.map(({ u }) => u),
    staffTotal,
  );
  const counts = new Map(staffUnits.map(({ i }, k) => [i, apportioned[k] ?? 0]));
  // Posts are drawn first so the PPPK chance can be set from how many posts a PPPK may hold.
  const slots = units.map((u, i) => Array.from({ length: counts.get(i) ?? 0 }, () => rng.pick(u.pool)));
  const pppkEligible = slots.flat().filter((name) => TEMPLATES[name].pppk !== undefined).length;
  const pppkChance = Math.min(0.8, (PPPK_SHARE * employeeCount) / Math.max(1, pppkEligible));

  units.forEach((u, i) => {
    for (const demo of demoAt(u.code).filter((p) => p.post !== 'head')) {
      const tpl: Template = TEMPLATES[demo.post as TemplateName];
      const position = post(i, demo.post, tpl.kind, false);
      add(finish(ctx, tpl, demo.nip, demo.kind), demo.name, i, position, demo.roles, true);
    }
    for (const templateName of slots[i] ?? []) {
      const tpl: Template = TEMPLATES[templateName];
      const { person, name } = generated(tpl, tpl.pppk !== undefined && rng.chance(pppkChance));
      add(person, name, i, post(i, templateName, tpl.kind, false), [], false);
    }
  });

  const supervisions = supervise(units, employees, headOf, today);
  return { units, positions, employees, headOf, supervisions };
}
