import { sql, type Transaction } from 'kysely';
import { BERAKHLAK, type BerakhlakValue } from '../../lib/domain/berakhlak';
import { isJpt, isManagerial } from '../../lib/domain/pangkat';
import { type Approach, type Aspek, isLateApproval, type SkpStatus } from '../../lib/domain/skp';
import type { DB } from '../types';
import { KABID_NIP, SEKDA_NIP } from './accounts';
import type { Plan, PlanUnit } from './plan';
import { createRng, type Rng, weighted } from './random';
import {
  EXPECTATIONS,
  GENERIC_STAFF,
  GOAL_HINTS,
  GOVERNANCE_GOAL,
  GOVERNANCE_HINT,
  type GoalTemplate,
  GURU_TAMBAHAN,
  HEAD_TEMPLATES,
  OPD_GOALS,
  RETURN_COMMENTS,
  type RhkTemplate,
  STAFF_TEMPLATES,
  SUBUNIT_HEAD_TEMPLATES,
  TAMBAHAN,
  type Target,
  UNIT_PROFILES,
  type UnitProfile,
} from './skp-texts';

const SEED = 0x5eed5c09;
const CHUNK = 1000;
const KOTA = 'Kota Pariaman';
const DAY_MS = 86_400_000;
/** The SKP is due by 31 January: day 30 counted from 1 January. */
const DUE_DAY = 30;

export type PlannedGoal = { unit: number; text: string; createdBy: number };
export type PlannedIndicator = { aspek: Aspek; text: string; targetValue: string; targetUnit: string };
export type PlannedRhk = {
  skp: number;
  position: number;
  kind: 'utama' | 'tambahan';
  text: string;
  /** Index into `rhks` of the supervisor's RHK this one supports. */
  parent: number | null;
  /** Index into `goals`. */
  goal: number | null;
  indicators: PlannedIndicator[];
  /** Extra words for matching subordinates' RHK to this one; never stored. */
  hint?: string;
};
export type PlannedExpectation = { value: BerakhlakValue; text: string; writtenBy: number };
export type PlannedSkp = {
  employee: number;
  approach: Approach;
  status: SkpStatus;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  /** Employee index of whoever approved or returned it. */
  decidedBy: number | null;
  returnComment: string | null;
  approvedLate: boolean;
  rhks: number[];
  expectations: PlannedExpectation[];
};
/** Everything refers to plan indices or to indices into these arrays; ids are assigned when inserting. */
export type SkpPlan = { year: number; goals: PlannedGoal[]; skps: PlannedSkp[]; rhks: PlannedRhk[] };

type Weights = readonly (readonly [SkpStatus | null, number])[];
// Supervisors settle their own SKP early (their staff cannot submit before), the Kepala OPD first of all,
// so few of them lag; a lagging one leaves the whole unit below waiting on drafts.
const JPT_MIX: Weights = [
  ['approved', 0.97],
  ['submitted', 0.02],
  ['draft', 0.01],
];
const SUPERVISOR_MIX: Weights = [
  ['approved', 0.94],
  ['submitted', 0.03],
  ['draft', 0.01],
  ['returned', 0.01],
  [null, 0.01],
];
const STAFF_MIX: Weights = [
  ['approved', 0.74],
  ['submitted', 0.1],
  ['draft', 0.05],
  ['returned', 0.05],
  [null, 0.06],
];
const INDICATOR_COUNTS = [
  [1, 0.3],
  [2, 0.5],
  [3, 0.2],
] as const;

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`SKP seed: missing ${what}`);
  return value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1 January of `year` (1 January = 0). */
function dayIndex(date: string, year: number): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(year, 0, 1)) / DAY_MS);
}

function dateOf(year: number, day: number): string {
  return new Date(Date.UTC(year, 0, 1) + day * DAY_MS).toISOString().slice(0, 10);
}

/** A timestamp on the agency's clock (WIB); office hours keep the UTC date the same. */
const stamp = (date: string, hour: number, minute: number) => `${date}T${pad(hour)}:${pad(minute)}:00+07:00`;

function drawTarget(rng: Rng, target: Target): string {
  if (typeof target === 'number') return String(target);
  const [lo, hi] = target;
  const step = hi >= 1000 ? 50 : hi >= 100 ? 10 : 1;
  const value = Math.max(lo, Math.round(rng.int(lo, hi) / step) * step);
  return String(value);
}

function fill(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

/** "Tersusunnya kajian X" → ["Kajian X", "tersusun"], for the narrative indicators of a kualitatif SKP. */
function subjectAndVerb(rhk: string): [string, string] {
  const m = /^(\S+?)nya (.+)$/.exec(rhk);
  if (!m?.[1] || !m[2]) return ['Hasil kerja', 'diselesaikan'];
  return [m[2].charAt(0).toUpperCase() + m[2].slice(1), m[1].toLowerCase()];
}

function unitTopic(unit: PlanUnit, profile: UnitProfile | undefined): string {
  if (profile?.topic) return profile.topic;
  const last = unit.code.split('.').pop() ?? '';
  if (last === 'sekretariat') return 'kesekretariatan';
  if (/^(sdn|smpn)/.test(last)) return 'pembelajaran';
  if (last.startsWith('pkm-')) return 'pelayanan kesehatan dasar';
  return unit.name.replace(/^(Bidang|Bagian|Seksi|Subbagian) /, '').toLowerCase();
}

/** The unit as a document names it: bidang and schools by their own name, generic names with the OPD's. */
function unitArea(unit: PlanUnit, opd: PlanUnit): string {
  if (unit.kind === 'opd') return unit.name;
  if (unit.name.startsWith('Sekretariat')) return `Sekretariat ${opd.name.replace(/^Sekretariat /, '')}`;
  if (unit.kind === 'subbagian' || /^(Bagian|Seksi) /.test(unit.name)) return `${unit.name} ${opd.name}`;
  return unit.name;
}

const profileOf = (code: string): UnitProfile | undefined =>
  UNIT_PROFILES[code] ?? UNIT_PROFILES[code.replace(/\d+$/, '')];

const jabatanGroup = (post: string) => post.replace(/ (Ahli Pertama|Ahli Muda|Terampil)$/, '');

function goalsFor(opd: PlanUnit): readonly GoalTemplate[] {
  // An OPD added to the structure later still gets a Perjanjian Kinerja.
  const own = OPD_GOALS[opd.code] ?? (opd.code.startsWith('kec-') ? OPD_GOALS.kecamatan : undefined) ?? [];
  return own.length >= 4 ? own : [...own, GOVERNANCE_GOAL];
}

/** Whoever holds the current definitive supervision of each employee (-1: none). */
function definitiveSupervisors(plan: Plan, today: string) {
  const supervisor = plan.employees.map(() => -1);
  const since = plan.employees.map(() => '');
  for (const s of plan.supervisions) {
    if (s.kind !== 'definitive' || s.validFrom > today || (s.validTo !== null && s.validTo <= today))
      continue;
    supervisor[s.employee] = s.supervisor;
    since[s.employee] = s.validFrom;
  }
  return { supervisor, since };
}

/**
 * The SKPs of the demo agency for the year of `today`, in memory: Perjanjian Kinerja goals per OPD and
 * one SKP per active employee (or none), planned top-down so that cascading and approvals only ever
 * lean on a supervisor's SKP that is already approved. Deterministic for a plan and `today`.
 */
export function planSkps(plan: Plan, today: string): SkpPlan {
  const rng = createRng(SEED);
  const year = Number(today.slice(0, 4));
  const lastDay = dayIndex(today, year);
  const clampDay = (d: number) => Math.max(0, Math.min(d, lastDay));
  /** A whole number in lo..hi, or lo when the range is empty (someone who only just took up the post). */
  const between = (lo: number, hi: number) => rng.int(lo, Math.max(lo, hi));
  const at = (day: number, hourLo: number, hourHi: number) =>
    stamp(dateOf(year, clampDay(day)), rng.int(hourLo, hourHi), rng.int(0, 59));

  const { employees, units, positions, headOf } = plan;
  const sekda = employees.findIndex((e) => e.nip === SEKDA_NIP);
  if (sekda < 0) throw new Error('SKP seed: the Sekda is missing from the plan');
  const { supervisor: supervisorOf, since } = definitiveSupervisors(plan, today);
  const unitAt = (u: number) => need(units[u], `unit ${u}`);
  const opdOf = (u: number): number => {
    let top = u;
    for (let p = unitAt(top).parent; p !== null; p = unitAt(top).parent) top = p;
    return top;
  };

  const children: number[][] = employees.map(() => []);
  employees.forEach((e, i) => {
    const s = supervisorOf[i] ?? -1;
    if (e.active && s >= 0) children[s]?.push(i);
  });
  const order = [sekda];
  for (let k = 0; k < order.length; k++) order.push(...(children[need(order[k], 'order')] ?? []));

  // The demo accounts and everyone above them must be approved, so every demo screen has data.
  const required = new Set<number>();
  employees.forEach((e, i) => {
    if (!e.demo) return;
    for (let up = i; up >= 0 && !required.has(up); up = supervisorOf[up] ?? -1) required.add(up);
  });

  const goals: PlannedGoal[] = [];
  const goalsOfOpd = new Map<number, number[]>();
  const goalTemplates = new Map<number, GoalTemplate>();
  const goalHints = new Map<number, string>();
  units.forEach((u, i) => {
    if (u.kind !== 'opd') return;
    const head = headOf[i] ?? -1;
    const vars = { opd: u.name, kota: KOTA };
    const list = goalsFor(u).map((t, k) => {
      const index =
        goals.push({ unit: i, text: fill(t.goal, vars), createdBy: head >= 0 ? head : sekda }) - 1;
      goalTemplates.set(index, t);
      const hint =
        GOAL_HINTS[u.code]?.[k] ?? (/tata kelola|akuntabilitas/i.test(t.goal) ? GOVERNANCE_HINT : '');
      goalHints.set(index, hint);
      return index;
    });
    goalsOfOpd.set(i, list);
  });

  const skps: PlannedSkp[] = [];
  const rhks: PlannedRhk[] = [];
  const skpOf = new Map<number, number>();
  const decidedDayOf = new Map<number, number>();
  /** Per approved supervisor (employee index): the utama RHK of subordinates that must name a parent. */
  const cascading = new Map<number, number[][]>();

  const indicatorsFrom = (t: RhkTemplate, vars: Record<string, string>, count: number): PlannedIndicator[] =>
    t.indicators.slice(0, Math.max(1, count)).map(([aspek, text, target, unit]) => ({
      aspek,
      text: fill(text, vars),
      targetValue: drawTarget(rng, target),
      targetUnit: unit,
    }));
  const narrativeIndicators = (text: string): PlannedIndicator[] => {
    const [subject, verb] = subjectAndVerb(text);
    const all: PlannedIndicator[] = [
      {
        aspek: 'kualitas',
        text: `${subject} ${verb} sesuai ketentuan dan diterima pimpinan tanpa perbaikan`,
        targetValue: '100',
        targetUnit: '%',
      },
      {
        aspek: 'waktu',
        text: `${subject} ${verb} tepat waktu sesuai jadwal kerja`,
        targetValue: '12',
        targetUnit: 'Bulan',
      },
    ];
    return all.slice(0, rng.int(1, 2));
  };

  for (const i of order) {
    const e = need(employees[i], `employee ${i}`);
    if (!e.active) continue;
    const position = need(positions[e.position], `position ${e.position}`);
    const unit = unitAt(e.unit);
    const opdIndex = opdOf(e.unit);
    const opd = unitAt(opdIndex);
    const isHead = headOf[e.unit] === i;
    const leads = (children[i]?.length ?? 0) > 0;
    const sup = supervisorOf[i] ?? -1;
    const supSkp = sup >= 0 ? skps[skpOf.get(sup) ?? -1] : undefined;
    const supApproved = i === sekda || supSkp?.status === 'approved';

    const jpt = isJpt(position.kind);
    const mix = jpt ? JPT_MIX : leads ? SUPERVISOR_MIX : STAFF_MIX;
    let status: SkpStatus | null = required.has(i) ? 'approved' : weighted(rng, mix);
    // Nobody can submit before the supervisor's SKP is approved: those employees still sit on a draft.
    if (!supApproved && status !== null && status !== 'draft') status = rng.chance(0.5) ? 'draft' : null;
    if (status === null) continue;

    const skpIndex = skps.length;
    const profile = profileOf(unit.code);
    const vars: Record<string, string> = {
      opd: opd.name,
      area: unitArea(unit, opd),
      topic: unitTopic(unit, profile),
      kota: KOTA,
      year: String(year),
      nextYear: String(year + 1),
    };
    const managerial = isManagerial(position.kind);
    const approach: Approach =
      !managerial && !isHead && !e.demo && rng.chance(0.05) ? 'kualitatif' : 'kuantitatif';
    const mine: number[] = [];
    const addRhk = (rhk: Omit<PlannedRhk, 'skp' | 'position'>) =>
      mine.push(rhks.push({ ...rhk, skp: skpIndex, position: mine.length }) - 1);
    const indicatorsOf = (t: RhkTemplate, text: string, count: number) =>
      approach === 'kualitatif' ? narrativeIndicators(text) : indicatorsFrom(t, vars, count);

    if (jpt) {
      // A JPT's RHK are the unit's Perjanjian Kinerja, one per goal (the Sekda's are Setda's, agency-wide).
      for (const goal of goalsOfOpd.get(opdIndex) ?? []) {
        const t = need(goalTemplates.get(goal), `goal ${goal}`).rhk;
        const text = fill(t.text, vars);
        const hint = goalHints.get(goal);
        addRhk({ kind: 'utama', text, parent: null, goal, indicators: indicatorsOf(t, text, 3), hint });
      }
    } else {
      let candidates: RhkTemplate[];
      let count: number;
      if (isHead) {
        const last = unit.code.split('.').pop() ?? '';
        const own =
          unit.kind === 'opd'
            ? HEAD_TEMPLATES.camat
            : last === 'sekretariat'
              ? HEAD_TEMPLATES.sekretaris
              : /^(sdn|smpn)/.test(last)
                ? HEAD_TEMPLATES.kepsek
                : last.startsWith('pkm-')
                  ? HEAD_TEMPLATES.kapus
                  : (profile?.head ?? SUBUNIT_HEAD_TEMPLATES[last] ?? HEAD_TEMPLATES.kabid);
        // A unit's own list is curated (3–4 RHK) and taken whole; the generic ones are drawn from.
        candidates = own === profile?.head ? [...own] : shuffled(rng, own);
        count = own === profile?.head ? candidates.length : Math.min(candidates.length, rng.int(3, 4));
      } else {
        const group = jabatanGroup(position.name);
        const extra = profile?.staff?.[group] ?? [];
        candidates = [...extra, ...shuffled(rng, STAFF_TEMPLATES[group] ?? GENERIC_STAFF)];
        count = Math.min(candidates.length, rng.int(2, 4));
      }

      for (const t of candidates.slice(0, count)) {
        const text = fill(t.text, vars);
        const n = isHead ? t.indicators.length : weighted(rng, INDICATOR_COUNTS);
        addRhk({ kind: 'utama', text, parent: null, goal: null, indicators: indicatorsOf(t, text, n) });
      }
      if (supApproved && sup >= 0) {
        const list = cascading.get(sup) ?? [];
        list.push([...mine]);
        cascading.set(sup, list);
      }
      if (rng.chance(0.3)) {
        const t = rng.pick(jabatanGroup(position.name) === 'Guru' ? GURU_TAMBAHAN : TAMBAHAN);
        const text = fill(t.text, vars);
        addRhk({ kind: 'tambahan', text, parent: null, goal: null, indicators: indicatorsOf(t, text, 1) });
      }
    }

    // Dates: a subordinate submits only after the supervisor's approval, and not before joining the post.
    const startDay = Math.max(0, since[i] ? dayIndex(since[i] ?? '', year) : 0);
    const supDay = i === sekda ? 4 : (decidedDayOf.get(sup) ?? 4);
    const base = Math.max(supDay, startDay);
    let submittedAt: string | null = null;
    let decidedAt: string | null = null;
    let decidedBy: number | null = null;
    let returnComment: string | null = null;
    let approvedLate = false;
    let createdDay: number;

    if (status === 'approved') {
      let decided: number;
      if (i === sekda) decided = rng.int(5, 7);
      else if (base + 1 <= DUE_DAY && !rng.chance(leads ? 0.05 : 0.12))
        decided = leads ? Math.min(DUE_DAY, base + rng.int(1, 6)) : rng.int(base + 1, DUE_DAY);
      else decided = rng.int(Math.max(DUE_DAY + 1, base + 1), Math.max(59, base + 1));
      decided = clampDay(decided);
      const submitted = clampDay(Math.max(decided - rng.int(0, 4), Math.min(supDay + 1, decided), startDay));
      decidedDayOf.set(i, decided);
      submittedAt = at(submitted, 8, 11);
      decidedAt = at(decided, 13, 16);
      // The Wali Kota approves the Sekda's SKP outside the system; it is recorded as the Sekda's own.
      decidedBy = i === sekda ? i : sup;
      approvedLate = isLateApproval(year, dateOf(year, decided));
      createdDay = submitted - rng.int(1, 10);
    } else if (status === 'submitted') {
      const submitted = clampDay(between(Math.max(lastDay - 10, supDay + 1, startDay), lastDay - 1));
      submittedAt = at(submitted, 8, 11);
      createdDay = submitted - rng.int(1, 20);
    } else if (status === 'returned') {
      const submitted = clampDay(between(Math.max(lastDay - 30, supDay + 1, startDay), lastDay - 3));
      const decided = clampDay(submitted + rng.int(1, 3));
      submittedAt = at(submitted, 8, 11);
      decidedAt = at(decided, 13, 16);
      decidedBy = sup;
      const utamaCount = mine.filter((r) => rhks[r]?.kind === 'utama').length;
      returnComment = rng.pick(RETURN_COMMENTS).replace('{n}', String(rng.int(1, Math.max(1, utamaCount))));
      createdDay = submitted - rng.int(1, 10);
    } else {
      createdDay = rng.int(Math.min(base, lastDay), lastDay);
    }
    const createdAt = stamp(dateOf(year, clampDay(Math.max(createdDay, startDay))), 7, rng.int(0, 59));

    const expectations: PlannedExpectation[] = [];
    if (status === 'approved' && i !== sekda && rng.chance(0.3)) {
      for (const value of shuffled(rng, BERAKHLAK).slice(0, rng.int(1, 2)))
        expectations.push({ value, text: rng.pick(EXPECTATIONS[value]), writtenBy: sup });
    }

    skpOf.set(i, skpIndex);
    skps.push({
      employee: i,
      approach,
      status,
      createdAt,
      updatedAt: decidedAt ?? submittedAt ?? createdAt,
      submittedAt,
      decidedAt,
      decidedBy,
      returnComment,
      approvedLate,
      rhks: mine,
      expectations,
    });
  }
  assignParents(rng, rhks, skps, skpOf, cascading, (i) => employees[i]?.nip === KABID_NIP);
  return { year, goals, skps, rhks };
}

const STOPWORDS = new Set(
  'dan di ke dari yang untuk pada dalam atas oleh bagi serta dengan secara sesuai tahun kota pariaman tepat'.split(
    ' ',
  ),
);
const words = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .filter((w) => w.length > 2 && !STOPWORDS.has(w) && !w.endsWith('nya')),
  );

/**
 * Intervensi: each subordinate's utama RHK names the supervisor's RHK it fits best (shared words); then
 * an RHK left without support takes over a subordinate RHK from one backed twice or more, if that RHK
 * fits it nearly as well. Now and then an RHK that fits nobody's work is left unsupported on purpose (the
 * Matriks Peran Hasil flags it); the demo Kepala Bidang always has one, so the highlight can be seen.
 */
function assignParents(
  rng: Rng,
  rhks: PlannedRhk[],
  skps: readonly PlannedSkp[],
  skpOf: ReadonlyMap<number, number>,
  cascading: ReadonlyMap<number, number[][]>,
  alwaysOrphan: (supervisor: number) => boolean,
): void {
  const cache = new Map<number, Set<string>>();
  const wordsOf = (r: number) => {
    let w = cache.get(r);
    if (!w) {
      const rhk = need(rhks[r], `rhk ${r}`);
      w = words(rhk.hint ? `${rhk.text} ${rhk.hint}` : rhk.text);
      cache.set(r, w);
    }
    return w;
  };
  const overlap = (a: number, b: number) => {
    const wb = wordsOf(b);
    let n = 0;
    for (const w of wordsOf(a)) if (wb.has(w)) n++;
    return n;
  };

  for (const [supervisor, subordinates] of cascading) {
    const skp = skps[skpOf.get(supervisor) ?? -1];
    const parents = (skp?.rhks ?? []).filter((r) => rhks[r]?.kind === 'utama');
    const children = subordinates.map((list) => list.filter((r) => rhks[r]?.kind === 'utama'));
    if (parents.length === 0 || children.flat().length === 0) continue;

    let open = parents;
    if (parents.length >= 3 && (alwaysOrphan(supervisor) || rng.chance(0.12))) {
      const demand = new Map(parents.map((p) => [p, 0]));
      // Demand: subordinate RHK that fit this parent better than any other (ties can go elsewhere).
      for (const r of children.flat()) {
        const best = Math.max(...parents.map((p) => overlap(r, p)));
        const fitting = parents.filter((p) => overlap(r, p) === best);
        const only = fitting.length === 1 ? fitting[0] : undefined;
        if (only !== undefined) demand.set(only, (demand.get(only) ?? 0) + 1);
      }
      const least = Math.min(...demand.values());
      const orphan = [...parents].reverse().find((p) => demand.get(p) === least);
      if (least === 0 || alwaysOrphan(supervisor)) open = parents.filter((p) => p !== orphan);
    }

    const support = new Map(open.map((p) => [p, 0]));
    const parentOf = new Map<number, number>();
    for (const list of children) {
      const used = new Set<number>();
      for (const r of list) {
        // Best fit; a subordinate's second RHK prefers another parent; ties go to the least supported.
        const score = (p: number) => 2 * overlap(r, p) - (used.has(p) ? 1 : 0);
        const best = Math.max(...open.map(score));
        const fitting = open.filter((p) => score(p) === best);
        const least = Math.min(...fitting.map((p) => support.get(p) ?? 0));
        const parent = rng.pick(fitting.filter((p) => (support.get(p) ?? 0) === least));
        support.set(parent, (support.get(parent) ?? 0) + 1);
        parentOf.set(r, parent);
        used.add(parent);
      }
    }
    for (const p of open) {
      if ((support.get(p) ?? 0) > 0) continue;
      let pick: { r: number; loss: number } | null = null;
      for (const [r, q] of parentOf) {
        if ((support.get(q) ?? 0) < 2) continue;
        const loss = overlap(r, q) - overlap(r, p);
        if (loss <= 1 && (pick === null || loss < pick.loss)) pick = { r, loss };
      }
      if (!pick) continue;
      const from = need(parentOf.get(pick.r), 'parent');
      support.set(from, (support.get(from) ?? 0) - 1);
      support.set(p, 1);
      parentOf.set(pick.r, p);
    }
    for (const [r, parent] of parentOf) rhks[r] = { ...need(rhks[r], `rhk ${r}`), parent };
  }
}

type SeqTable = 'unit_goals' | 'skps' | 'skp_rhks' | 'skp_indicators';

async function reserveIds(trx: Transaction<DB>, table: SeqTable, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await sql<{ id: number | string }>`
    SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id FROM generate_series(1, ${count}::int)`.execute(
    trx,
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

export type SkpSeedResult = {
  goals: number;
  skps: number;
  rhks: number;
  indicators: number;
  revisions: number;
};

/**
 * Inserts the planned goals and SKPs of the demo agency (see `planSkps`), resolving plan indices to the
 * ids the agency's rows got. Ids come from the sequences up front, so each table takes a few batches.
 */
export async function seedSkps(
  trx: Transaction<DB>,
  { agencyId, plan, today }: { agencyId: number; plan: Plan; today: string },
): Promise<SkpSeedResult> {
  const planned = planSkps(plan, today);

  const employeeRows = await trx
    .selectFrom('employees')
    .select(['id', 'nip'])
    .where('agency_id', '=', agencyId)
    .execute();
  const byNip = new Map(employeeRows.map((r) => [r.nip, r.id]));
  const employeeId = (i: number) =>
    need(byNip.get(need(plan.employees[i], `employee ${i}`).nip), `id of employee ${i}`);
  const unitRows = await trx
    .selectFrom('units')
    .select(['id', 'code'])
    .where('agency_id', '=', agencyId)
    .execute();
  const byCode = new Map(unitRows.map((r) => [r.code, r.id]));
  const unitId = (u: number) => need(byCode.get(need(plan.units[u], `unit ${u}`).code), `id of unit ${u}`);

  const indicatorCount = planned.rhks.reduce((s, r) => s + r.indicators.length, 0);
  const goalIds = await reserveIds(trx, 'unit_goals', planned.goals.length);
  const skpIds = await reserveIds(trx, 'skps', planned.skps.length);
  const rhkIds = await reserveIds(trx, 'skp_rhks', planned.rhks.length);
  const indicatorIds = await reserveIds(trx, 'skp_indicators', indicatorCount);
  const idAt = (ids: number[], index: number) => need(ids[index], `reserved id ${index}`);

  const goalCreatedAt = stamp(`${planned.year}-01-02`, 9, 0);
  await inChunks(
    planned.goals.map((g, k) => ({
      id: idAt(goalIds, k),
      unit_id: unitId(g.unit),
      year: planned.year,
      text: g.text,
      created_by: employeeId(g.createdBy),
      created_at: goalCreatedAt,
    })),
    (chunk) => trx.insertInto('unit_goals').values(chunk).execute(),
  );

  await inChunks(
    planned.skps.map((s, k) => ({
      id: idAt(skpIds, k),
      employee_id: employeeId(s.employee),
      year: planned.year,
      approach: s.approach,
      status: s.status,
      revision: 1,
      submitted_at: s.submittedAt,
      decided_at: s.decidedAt,
      decided_by: s.decidedBy === null ? null : employeeId(s.decidedBy),
      return_comment: s.returnComment,
      approved_late: s.approvedLate,
      version: 1,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    })),
    (chunk) => trx.insertInto('skps').values(chunk).execute(),
  );

  // Supervisors come before their staff in the plan, so a parent RHK is always inserted first.
  await inChunks(
    planned.rhks.map((r, k) => ({
      id: idAt(rhkIds, k),
      skp_id: idAt(skpIds, r.skp),
      position: r.position,
      kind: r.kind,
      text: r.text,
      parent_rhk_id: r.parent === null ? null : idAt(rhkIds, r.parent),
      unit_goal_id: r.goal === null ? null : idAt(goalIds, r.goal),
    })),
    (chunk) => trx.insertInto('skp_rhks').values(chunk).execute(),
  );

  const indicatorRows: {
    id: number;
    rhk_id: number;
    position: number;
    aspek: Aspek;
    text: string;
    target_value: string;
    target_unit: string;
  }[] = [];
  planned.rhks.forEach((r, k) => {
    r.indicators.forEach((ind, position) => {
      indicatorRows.push({
        id: idAt(indicatorIds, indicatorRows.length),
        rhk_id: idAt(rhkIds, k),
        position,
        aspek: ind.aspek,
        text: ind.text,
        target_value: ind.targetValue,
        target_unit: ind.targetUnit,
      });
    });
  });
  await inChunks(indicatorRows, (chunk) => trx.insertInto('skp_indicators').values(chunk).execute());

  await inChunks(
    planned.skps.flatMap((s, k) =>
      s.expectations.map((x) => ({
        skp_id: idAt(skpIds, k),
        value_code: x.value,
        text: x.text,
        written_by: employeeId(x.writtenBy),
        updated_at: s.decidedAt ?? s.createdAt,
      })),
    ),
    (chunk) => trx.insertInto('skp_expectations').values(chunk).execute(),
  );

  // The approved revision 1, frozen as approved (what later revisions are compared against).
  const indicatorsByRhk = new Map<number, typeof indicatorRows>();
  for (const row of indicatorRows) {
    const list = indicatorsByRhk.get(row.rhk_id);
    if (list) list.push(row);
    else indicatorsByRhk.set(row.rhk_id, [row]);
  }
  const revisions = planned.skps.flatMap((s, k) => {
    if (s.status !== 'approved' || s.decidedAt === null || s.decidedBy === null) return [];
    const content = {
      approach: s.approach,
      rhks: s.rhks.map((r) => {
        const rhk = need(planned.rhks[r], `rhk ${r}`);
        const id = idAt(rhkIds, r);
        return {
          id,
          kind: rhk.kind,
          text: rhk.text,
          parentRhkId: rhk.parent === null ? null : idAt(rhkIds, rhk.parent),
          unitGoalId: rhk.goal === null ? null : idAt(goalIds, rhk.goal),
          indicators: (indicatorsByRhk.get(id) ?? []).map((ind) => ({
            id: ind.id,
            aspek: ind.aspek,
            text: ind.text,
            targetValue: ind.target_value,
            targetUnit: ind.target_unit,
          })),
        };
      }),
      expectations: s.expectations.map((x) => ({ value: x.value, text: x.text })),
    };
    return [
      {
        skp_id: idAt(skpIds, k),
        revision: 1,
        content,
        approved_at: s.decidedAt,
        approved_by: employeeId(s.decidedBy),
        approved_late: s.approvedLate,
      },
    ];
  });
  await inChunks(revisions, (chunk) => trx.insertInto('skp_revisions').values(chunk).execute());

  return {
    goals: planned.goals.length,
    skps: planned.skps.length,
    rhks: planned.rhks.length,
    indicators: indicatorRows.length,
    revisions: revisions.length,
  };
}
