import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { holidaySet } from '../../lib/calendar/holidays';
import type { DB } from '../types';
import { DEMO_ACCOUNTS } from './accounts';
import { createRng, type Rng, weighted } from './random';
import {
  BULAN,
  DESA,
  DOCUMENT_DONE,
  DOCUMENT_WORDS,
  DOCUMENT_WORK,
  HEAD_NOUNS,
  HEALTH_MITRA,
  KECAMATAN,
  MANAGERIAL_DOCUMENT_WORK,
  MANAGERIAL_WORK,
  MAPEL,
  MITRA,
  MITRA_OUTSIDE,
  OUTCOME_DONE,
  OUTCOME_WORK,
  REJECT_COMMENTS,
  RETURN_COMMENTS,
  RHK_VERBS,
  RHK_WORK,
  RULES,
  type RuleTemplates,
  SCHOOL_MITRA,
  SERVICE_DONE,
  SERVICE_WORK,
  TOPIK,
  TRIWULAN,
  VERBS,
} from './report-texts';

const SEED = 0x5eed4a11;
/** Rows per INSERT in the demo seed: 19 columns as 19 array parameters, whatever the row count. */
const CHUNK = 1000;
const DAY_MS = 86_400_000;
const WIB_MS = 7 * 3_600_000;
/** Office hours for reported work (WIB), in minutes after midnight: 07:30–16:00, lunch 12:00–13:00. */
const OFFICE_START = 450;
const OFFICE_END = 960;
const LUNCH_START = 720;
const LUNCH_END = 780;

const DEMO_NIPS = new Set<string>(DEMO_ACCOUNTS.map((a) => a.nip));
/** The demo staff: their supervisor's queue must never be empty. */
const DEMO_STAFF = new Set<string>(DEMO_ACCOUNTS.filter((a) => a.role === 'employee').map((a) => a.nip));
const MANAGERIAL = new Set(['jpt_pratama', 'jpt_madya', 'jpt_utama', 'administrator', 'pengawas']);

export type ReportStatus = 'pending' | 'approved' | 'returned' | 'rejected';

export type ReportIndicator = {
  id: number;
  text: string;
  unit: string;
  target: number;
  countable: boolean;
  utama: boolean;
  rhkText: string;
};

export type ReportEmployee = {
  id: number;
  nip: string;
  skpId: number;
  /** When the SKP was approved (ms): a report cannot have been entered before it. */
  skpApprovedMs: number;
  /** First day the employee can report: start of the current post, or 2 January. */
  from: string;
  supervisor: number | null;
  plt: { id: number; from: string } | null;
  post: string;
  postKind: string;
  isHead: boolean;
  unitCode: string;
  area: string;
  opd: string;
  atasan: string;
  indicators: ReportIndicator[];
};

/** One generated report; times in minutes after midnight, timestamps as ISO strings (UTC). */
export type ReportRow = {
  employeeId: number;
  skpId: number;
  indicatorId: number;
  date: string;
  start: number;
  end: number;
  activity: string;
  quantity: number;
  unit: string;
  evidence: string | null;
  status: ReportStatus;
  comment: string | null;
  reviewedBy: number | null;
  reviewedAt: string | null;
  key: string;
  createdAt: string;
  updatedAt: string;
};

// ---------------------------------------------------------------------------------------------------------
// Calendar

export type Calendar = {
  /** Working days (Mon–Fri, not a holiday) of the year, in order. */
  days: string[];
  dayMs: number[];
  /** Position of `today` among the working days: its index, or that of the next working day. */
  todayPos: number;
  /** Whether today is itself a working day (else the day at `todayPos` is still ahead). */
  todayWorks: boolean;
  todayMs: number;
};

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function workingCalendar(year: number, holidays: ReadonlySet<string>, today: string): Calendar {
  const days: string[] = [];
  const dayMs: number[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += DAY_MS) {
    const weekday = new Date(ms).getUTCDay();
    const date = isoDate(ms);
    if (weekday === 0 || weekday === 6 || holidays.has(date)) continue;
    days.push(date);
    dayMs.push(ms);
  }
  let todayPos = days.findIndex((d) => d >= today);
  if (todayPos < 0) todayPos = days.length;
  return {
    days,
    dayMs,
    todayPos,
    todayWorks: days[todayPos] === today,
    todayMs: Date.parse(`${today}T00:00:00Z`),
  };
}

const TIMES = Array.from({ length: 1440 }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}:00`);
const timeOf = (minutes: number): string => TIMES[minutes] ?? '00:00:00';

/** Consecutive, non-overlapping slots of one working day, as [start, end] pairs in minutes. */
function planDay(rng: Rng, count: number): number[] {
  // Time on reported work: a single activity takes the morning; more fill 4–7 hours, 1–4 hours each.
  const total = count === 1 ? 15 * rng.int(14, 16) : 15 * rng.int(16, 28);
  const parts: number[] = [];
  let remaining = total;
  for (let i = 0; i < count - 1; i++) {
    const left = count - 1 - i;
    const lo = Math.ceil(Math.max(60, remaining - 240 * left) / 15);
    const hi = Math.floor(Math.min(240, remaining - 60 * left) / 15);
    const part = 15 * rng.int(lo, Math.max(lo, hi));
    parts.push(part);
    remaining -= part;
  }
  parts.push(Math.min(240, Math.max(60, remaining)));

  const slots: number[] = [];
  let t = OFFICE_START + 5 * rng.int(0, 6);
  let carry = 0;
  for (const part of parts) {
    let d = Math.min(240, part + carry);
    carry = 0;
    if (t < LUNCH_START && t + d > LUNCH_START) {
      // Work stops for ishoma: finish the activity before noon if that leaves an hour, else start after.
      if (LUNCH_START - t >= 60) {
        carry = d - (LUNCH_START - t);
        d = LUNCH_START - t;
      } else t = LUNCH_END + 5 * rng.int(0, 3);
    }
    if (t >= LUNCH_START && t < LUNCH_END) t = LUNCH_END + 5 * rng.int(0, 3);
    const end = Math.min(t + d, OFFICE_END);
    if (end - t < 30) break;
    slots.push(t, end);
    t = end + 5 * rng.int(0, 3);
  }
  return slots;
}

// ---------------------------------------------------------------------------------------------------------
// Activity texts

type Prepared = { work: string[]; done: string[]; doneWithCount: string[] };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower-cases the first letter unless it starts an acronym ("SD") or a name ("Identitas Kependudukan Digital"). */
const lowerFirst = (s: string) =>
  /^[A-Z][A-Z]/.test(s) || /^[A-Z]\S* [A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);

function fillStatic(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

type Parsed = {
  kind: 'document' | 'service' | 'outcome';
  act: string;
  noun: string;
  obj: string;
  rest: string;
};

/** "Jumlah laporan BOSP sekolah yang diverifikasi" → verify, "laporan BOSP sekolah". */
function parseIndicator(text: string): Parsed {
  const withVerb = /^Jumlah (.+?) yang (di[a-z]+)\b(.*)$/.exec(text);
  const verb = withVerb ? VERBS[withVerb[2] ?? ''] : undefined;
  if (withVerb && verb) {
    let obj = withVerb[1] ?? '';
    let [act, noun] = verb;
    let rest = withVerb[3] ?? '';
    // "… yang diverifikasi dan divalidasi" → "memverifikasi dan memvalidasi …".
    const second = /^ dan (di[a-z]+)\b(.*)$/.exec(rest);
    const also = second ? VERBS[second[1] ?? ''] : undefined;
    if (second && also) {
      act = `${act} dan ${also[0]}`;
      noun = `${noun} dan ${also[1]}`;
      rest = second[2] ?? '';
    }
    // "desa yang dievaluasi pengelolaan dana desanya" → "mengevaluasi pengelolaan dana desa".
    const possessive = /^ (.+)nya$/.exec(rest);
    if (possessive?.[1]) {
      const head = obj.split(' ').pop() ?? '';
      obj = possessive[1].endsWith(head) ? possessive[1] : `${possessive[1]} ${obj}`;
      rest = '';
    }
    return { kind: DOCUMENT_WORDS.test(obj) ? 'document' : 'service', act, noun, obj: lowerFirst(obj), rest };
  }
  const plain = /^Jumlah (\S+)(.*)$/.exec(text);
  if (plain && !/ yang /.test(text)) {
    const head = HEAD_NOUNS[(plain[1] ?? '').toLowerCase()];
    const obj = lowerFirst(`${plain[1]}${plain[2]}`);
    if (head) {
      return {
        kind: DOCUMENT_WORDS.test(obj) ? 'document' : 'service',
        act: head[0],
        noun: head[1],
        obj,
        rest: '',
      };
    }
  }
  const obj = lowerFirst(text.replace(/^Jumlah /, ''));
  return { kind: 'outcome', act: 'memantau', noun: 'pemantauan', obj, rest: '' };
}

/** "Tersusunnya rekomendasi kebijakan X" → ["rekomendasi kebijakan X", "Menyusun rekomendasi kebijakan X"]. */
function rhkPhrases(rhk: string): [string, string] {
  const m = /^(\S+?)nya (.+)$/.exec(rhk);
  if (!m?.[1] || !m[2]) return [lowerFirst(rhk), `Melaksanakan kegiatan untuk ${lowerFirst(rhk)}`];
  const verb = RHK_VERBS[m[1].toLowerCase()] ?? 'melaksanakan kegiatan untuk mewujudkan';
  return [m[2], `${capitalise(verb)} ${m[2]}`];
}

function prepare(ind: ReportIndicator, e: ReportEmployee): Prepared {
  const parsed = parseIndicator(ind.text);
  const [rhk, rhkAct] = rhkPhrases(ind.rhkText);
  const vars: Record<string, string> = {
    Act: capitalise(parsed.act),
    act: parsed.act,
    noun: parsed.noun,
    obj: parsed.obj,
    rest: parsed.rest,
    rhk,
    rhkAct,
    rhkActLower: lowerFirst(rhkAct),
    area: e.area,
    opd: e.opd,
    atasan: e.atasan,
  };
  let templates: RuleTemplates;
  if (!ind.countable) templates = { work: RHK_WORK, done: RHK_WORK };
  else {
    const rule = RULES.find((r) => r.match.test(ind.text) && (!r.post || r.post.test(e.post)));
    templates =
      rule ??
      (parsed.kind === 'document'
        ? { work: DOCUMENT_WORK, done: DOCUMENT_DONE }
        : parsed.kind === 'service'
          ? { work: SERVICE_WORK, done: SERVICE_DONE }
          : { work: OUTCOME_WORK, done: OUTCOME_DONE });
  }
  const managerial = (MANAGERIAL.has(e.postKind) || e.isHead) && ind.countable;
  const work = [
    ...templates.work,
    ...(managerial ? MANAGERIAL_WORK : []),
    ...(managerial && parsed.kind === 'document' ? MANAGERIAL_DOCUMENT_WORK : []),
  ];
  const done = templates.done.map((t) => fillStatic(t, vars));
  const withoutCount = done.filter((t) => !t.includes('{q}'));
  return {
    work: work.map((t) => fillStatic(t, vars)),
    done: withoutCount.length > 0 ? withoutCount : done,
    doneWithCount: done,
  };
}

type TextState = {
  rng: Rng;
  date: string;
  month: number;
  quantity: number;
  school: string | null;
  smp: boolean;
  mitra: readonly string[];
};

/** Whom an employee coordinates with: people at the school or puskesmas, or other units and offices. */
function mitraOf(e: ReportEmployee): readonly string[] {
  if (/^(SD|SMP) Negeri/.test(e.area)) return SCHOOL_MITRA;
  if (/^Puskesmas/.test(e.area)) return HEALTH_MITRA;
  const outside = Object.entries(MITRA_OUTSIDE)
    .filter(([, office]) => e.opd !== office)
    .map(([short]) => short);
  return [...MITRA, ...outside];
}

function formatCount(n: number): string {
  return n >= 1000 ? n.toLocaleString('id-ID') : String(n);
}

function fillDynamic(template: string, s: TextState): string {
  if (!template.includes('{')) return template;
  const { rng } = s;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    switch (key) {
      case 'sekolah':
        if (s.school) return s.school;
        return s.smp ? `SMP Negeri ${rng.int(1, 8)} Pariaman` : `SD Negeri ${pad2(rng.int(1, 49))} Pariaman`;
      case 'kelas':
        return s.smp
          ? `${rng.pick(['VII', 'VIII', 'IX'])}-${rng.pick(['A', 'B', 'C'])}`
          : `${rng.pick(['I', 'II', 'III', 'IV', 'V', 'VI'])}${rng.pick(['', '-A', '-B'])}`;
      case 'mapel':
        return rng.pick(MAPEL);
      case 'topik':
        return rng.pick(TOPIK);
      case 'bulan': {
        // Early in a month the work is usually about the month before.
        const day = Number(s.date.slice(8, 10));
        return BULAN[(s.month + (day <= 10 ? 11 : 12)) % 12] ?? 'Januari';
      }
      case 'tw':
        return TRIWULAN[Math.floor(((s.month + 11) % 12) / 3)] ?? 'I';
      case 'smt':
        return s.month < 6 ? 'genap' : 'ganjil';
      case 'tahap':
        return s.month < 6 ? 'I' : 'II';
      case 'desa':
        return rng.pick(DESA);
      case 'kec':
        return rng.pick(KECAMATAN);
      case 'mitra':
        return rng.pick(s.mitra);
      case 'nn':
        return String(rng.int(1, 6));
      case 'q':
        return formatCount(s.quantity);
      default:
        return whole;
    }
  });
}

function activity(prepared: Prepared, s: TextState): string {
  const { rng, quantity } = s;
  // Part of a unit (a stage of a yearly document) reads as work in progress, like no unit at all.
  const list =
    quantity < 1 ? prepared.work : quantity >= 2 && rng.chance(0.5) ? prepared.doneWithCount : prepared.done;
  const template = rng.pick(list);
  // "Mengarsipkan 1 berkas" reads better as "Mengarsipkan berkas".
  return capitalise(fillDynamic(quantity === 1 ? template.replace('{q} ', '') : template, s));
}

// ---------------------------------------------------------------------------------------------------------
// Generation, one employee at a time

/** FNV-1a: a per-employee seed, so each employee's reports do not depend on who else is seeded. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const word = (rng: Rng) => Math.floor(rng.next() * 4294967296) >>> 0;
const hex8 = (w: number) =>
  `${HEX[(w >>> 24) & 255]}${HEX[(w >>> 16) & 255]}${HEX[(w >>> 8) & 255]}${HEX[w & 255]}`;

/** A version-4 UUID drawn from the seeded generator (deterministic, unlike crypto.randomUUID). */
function uuidFrom(rng: Rng): string {
  const a = hex8(word(rng));
  const b = hex8(word(rng));
  const c = hex8(word(rng));
  const d = hex8(word(rng));
  const variant = '89ab'[word(rng) & 3];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

const REPORTS_PER_DAY = [
  [1, 0.3],
  [2, 0.45],
  [3, 0.25],
] as const;

/** Supervisors validate with some delay: the last working days are mostly still waiting. */
function statusFor(rng: Rng, age: number): ReportStatus {
  const x = rng.next();
  if (age <= 0) return 'pending';
  if (age <= 3) return x < 0.85 ? 'pending' : x < 0.98 ? 'approved' : 'returned';
  if (age <= 5) return x < 0.6 ? 'pending' : x < 0.96 ? 'approved' : 'returned';
  if (age <= 10) return x < 0.2 ? 'pending' : x < 0.94 ? 'approved' : x < 0.99 ? 'returned' : 'rejected';
  if (x < 0.04) return 'returned';
  if (x < 0.05) return 'rejected';
  // A few entries wait for weeks when a supervisor is away; after that month closes they are settled.
  if (x < 0.08 && age <= 40) return 'pending';
  return 'approved';
}

export type GenerateOptions = {
  cal: Calendar;
  /** Reviews of past days happen before this instant (ms): the start of today. */
  reviewLimitMs: number;
  /** The seed's clock (ms): a report of today is never filed after it. */
  nowMs: number;
};

/** Writes one employee's reports of working day `k` (an index into the calendar); call with rising `k`. */
export type DayWriter = (k: number, emit: (row: ReportRow) => void) => void;

/**
 * The reports of one employee, day by day, so that many employees can be written date by date (the order
 * reports arrive in, and the cheapest for the no-overlap index). Quantities follow a pace: by working day
 * k the reported output of an indicator is about target × pace × (k + 1) / working days of the year, with
 * a pace of 0.97–1.11 for most indicators and 0.65–0.9 for one employee in fourteen (and a few other
 * indicators), so realisation looks like a real year: most people meet the quarter's share of their yearly
 * targets, some do better, some fall behind. A small target (under 24 a year: semester reports, a yearly
 * document, a few events) is reported by the quarter of a unit done (a draft chapter, a stage), so each
 * quarter shows its share of a target that does not divide by four instead of nothing until the unit is
 * finished. The demo accounts keep the pace of 0.85–1.05 and whole units their walkthroughs were written
 * for. Deterministic per employee: the same NIP, SKP and calendar give the same reports (only the filing
 * time of a report of today depends on when the seed runs: never later than that).
 */
export function employeeReports(e: ReportEmployee, opts: GenerateOptions): DayWriter | null {
  const { cal, reviewLimitMs, nowMs } = opts;
  const rng = createRng(SEED ^ hash(e.nip));
  const demoStaff = DEMO_STAFF.has(e.nip);
  const rare = !DEMO_NIPS.has(e.nip) && hash(`rare:${e.nip}`) % 100 < 5;
  const attendance = rare ? 0.2 : demoStaff ? 0.95 : 0.88 + rng.next() * 0.1;

  const countable = e.indicators.filter((i) => i.countable);
  const indicators = countable.length > 0 ? countable : e.indicators;
  if (indicators.length === 0) return null;
  const total = cal.days.length;
  const demo = DEMO_NIPS.has(e.nip);
  // About one in fourteen has a year behind on everything; anyone may be behind on one indicator.
  const behindYear = !demo && rng.chance(0.07);
  const state = indicators.map((ind) => {
    const pace = demo
      ? rng.chance(0.1)
        ? 0.6 + rng.next() * 0.25
        : 0.85 + rng.next() * 0.2
      : behindYear || rng.chance(0.02)
        ? 0.65 + rng.next() * 0.25
        : 0.97 + rng.next() * 0.14;
    const perDay = (ind.target * pace) / total;
    return {
      ind,
      pace,
      done: 0,
      // Time-like or percentage targets grow by at most one a report; counts by what a busy day yields.
      cap: ind.countable ? Math.max(1, Math.ceil(perDay * 2.5)) : 1,
      step: !demo && ind.countable && ind.target < 24 ? 0.25 : 1,
      prepared: null as Prepared | null,
    };
  });
  const weights: (readonly [number, number])[] = state.map((_, i) => [i, 1]);
  const school = /^(SD|SMP) Negeri/.test(e.area) ? e.area : null;
  const mitra = mitraOf(e);
  const smpUnit = e.unitCode.includes('smp');

  const first = cal.days.findIndex((d) => d >= e.from);
  if (first < 0) return null;
  const lastWorkdayMs = cal.dayMs[cal.todayPos - 1] ?? cal.todayMs - DAY_MS;
  return (k, emit) => {
    if (k < first || k >= total) return;
    // Working days since the report's day: 0 for today, negative for days still ahead.
    const age = cal.todayPos - k - (k >= cal.todayPos && !cal.todayWorks ? 1 : 0);
    const forced = demoStaff && age >= 1 && age <= 3;
    let count: number;
    if (age === 0) {
      // Today: some have already logged their morning.
      if (!rng.chance(0.35)) return;
      count = 1;
    } else {
      if (!forced && !rng.chance(attendance)) return;
      count = weighted(rng, REPORTS_PER_DAY);
    }
    const date = cal.days[k] ?? '';
    const dayMs = cal.dayMs[k] ?? 0;
    const month = Number(date.slice(5, 7)) - 1;
    const slots = planDay(rng, count);
    const reviewer = e.plt && date >= e.plt.from ? e.plt.id : e.supervisor;

    for (let s = 0; s < slots.length; s += 2) {
      const start = slots[s] ?? OFFICE_START;
      const end = slots[s + 1] ?? start + 60;
      // Pick an indicator, leaning towards the ones behind their pace.
      for (let i = 0; i < state.length; i++) {
        const st = state[i];
        if (!st) continue;
        const behind = (st.ind.target * st.pace * (k + 1)) / total - st.done;
        weights[i] = [i, (st.ind.utama ? 2 : 1) * (1 + Math.min(3, Math.max(0, behind) / st.cap))];
      }
      const st = state[weighted(rng, weights)];
      if (!st) continue;
      const behind = (st.ind.target * st.pace * (k + 1)) / total - st.done;
      // Output is reported once a whole unit of it is done: the running total trails the pace a little.
      const quantity = Math.max(
        0,
        Math.min(st.cap, Math.floor(behind / st.step + rng.next() * 0.4) * st.step),
      );

      // Days still ahead (the benchmark year) get the settled mix of the past.
      const status: ReportStatus =
        reviewer === null
          ? 'approved'
          : forced
            ? 'pending'
            : statusFor(rng, age < 0 ? Number.MAX_SAFE_INTEGER : age);
      if (status === 'pending' || status === 'approved') st.done += quantity;

      st.prepared ??= prepare(st.ind, e);
      const text = activity(st.prepared, {
        rng,
        date,
        month,
        quantity,
        school,
        smp: smpUnit || st.ind.text.includes('SMP'),
        mitra,
      });

      let createdMs = dayMs + (end + rng.int(5, 90)) * 60_000 - WIB_MS;
      if (createdMs < e.skpApprovedMs) createdMs = e.skpApprovedMs + rng.int(5, 240) * 60_000;
      // A seed run this morning: today's report was filed by now, not at a time still to come (a filing
      // time after its review would be a negative delay on the dashboards).
      const dayStartMs = dayMs - WIB_MS;
      if (age === 0 && nowMs > dayStartMs && createdMs > nowMs)
        createdMs = Math.max(dayStartMs, nowMs - 60_000);
      const createdAt = new Date(createdMs).toISOString();
      let reviewedAt: string | null = null;
      let comment: string | null = null;
      if (status !== 'pending') {
        // One to three days later, in office hours; a review that would fall on a weekend waits for Monday.
        let reviewDay = Math.floor((createdMs + WIB_MS) / DAY_MS) * DAY_MS + rng.int(1, 3) * DAY_MS;
        const weekday = (reviewDay / DAY_MS + 4) % 7;
        if (weekday === 6 || weekday === 0) reviewDay += (weekday === 6 ? 2 : 1) * DAY_MS;
        let reviewMs = reviewDay + rng.int(480, 1019) * 60_000 - WIB_MS;
        // Nothing is reviewed in the future: late reviews move to the end of the last working day.
        if (age === 0) reviewMs = createdMs + 30 * 60_000;
        else if (age > 0 && reviewMs > reviewLimitMs)
          reviewMs = Math.min(
            reviewLimitMs,
            Math.max(createdMs + 30 * 60_000, lastWorkdayMs + rng.int(960, 1050) * 60_000 - WIB_MS),
          );
        reviewedAt = new Date(reviewMs).toISOString();
        if (status === 'returned') comment = rng.pick(RETURN_COMMENTS);
        if (status === 'rejected') comment = rng.pick(REJECT_COMMENTS);
      }
      const evidence = rng.chance(quantity > 0 ? 0.2 : 0.05)
        ? `https://drive.pariamankota.go.id/s/${hex8(word(rng))}${hex8(word(rng)).slice(0, 4)}`
        : null;

      emit({
        employeeId: e.id,
        skpId: e.skpId,
        indicatorId: st.ind.id,
        date,
        start,
        end,
        activity: text,
        quantity,
        unit: st.ind.unit,
        evidence,
        status,
        comment,
        reviewedBy: status === 'pending' ? null : (reviewer ?? e.id),
        reviewedAt,
        key: uuidFrom(rng),
        createdAt,
        updatedAt: reviewedAt ?? createdAt,
      });
    }
  };
}

// ---------------------------------------------------------------------------------------------------------
// Loading what the reports hang on

function shortTitle(post: string | null): string {
  if (post === null) return 'Wali Kota';
  if (/^Kepala (SD|SMP) Negeri/.test(post)) return 'Kepala Sekolah';
  const m =
    /^(Kepala (?:Bidang|Seksi|Subbagian|Bagian|Dinas|Badan|Pelaksana|Puskesmas|Satuan|Kantor|UPTD)|Sekretaris Daerah|Sekretaris|Camat|Lurah|Inspektur Pembantu|Inspektur|Asisten)/.exec(
      post,
    );
  return m?.[1] ?? 'atasan';
}

function areaOf(kind: string, name: string, opd: string): string {
  if (kind === 'opd') return opd;
  if (name === 'Sekretariat' || name === 'Sekretariat Kecamatan') return `Sekretariat ${opd}`;
  if (/^(Bagian|Seksi|Subbagian) /.test(name)) return `${name} ${opd}`;
  return name;
}

const COUNTABLE_ASPEK = 'kuantitas';

/** Employees with an approved SKP of `year`, their indicators and who validates their reports. */
export async function loadReportEmployees(
  db: Kysely<DB>,
  { agencyId, year, today }: { agencyId: number; year: number; today: string },
): Promise<ReportEmployee[]> {
  const { rows: people } = await sql<{
    id: number;
    nip: string;
    tmt: string;
    skp_id: number;
    decided_at: Date | null;
    post: string;
    post_kind: string;
    is_head: boolean;
    unit_kind: string;
    unit_code: string;
    unit_name: string;
    opd: string;
    since: string | null;
    supervisor: number | null;
    supervisor_post: string | null;
    plt: number | null;
    plt_from: string | null;
  }>`
    SELECT DISTINCT ON (e.id) e.id, e.nip, e.tmt, k.id AS skp_id, k.decided_at, p.name AS post, p.kind AS post_kind,
           p.is_unit_head AS is_head, u.kind AS unit_kind, u.code AS unit_code, u.name AS unit_name, o.name AS opd,
           s.valid_from AS since, s.supervisor_id AS supervisor, sp.name AS supervisor_post,
           t.supervisor_id AS plt, t.valid_from AS plt_from
    FROM employees e
    JOIN skps k ON k.employee_id = e.id AND k.year = ${year} AND k.status = 'approved'
    JOIN positions p ON p.id = e.position_id
    JOIN units u ON u.id = e.unit_id
    JOIN units o ON o.id = split_part(u.path, '/', 2)::int
    LEFT JOIN supervisions s ON s.employee_id = e.id AND s.kind = 'definitive'
      AND s.valid_from <= ${today} AND (s.valid_to IS NULL OR s.valid_to > ${today})
    LEFT JOIN employees se ON se.id = s.supervisor_id
    LEFT JOIN positions sp ON sp.id = se.position_id
    LEFT JOIN supervisions t ON t.employee_id = e.id AND t.kind = 'plt'
      AND t.valid_from <= ${today} AND (t.valid_to IS NULL OR t.valid_to > ${today})
    WHERE e.agency_id = ${agencyId} AND e.active
    ORDER BY e.id, s.valid_from DESC, t.valid_from DESC`.execute(db);

  const { rows: indicators } = await sql<{
    skp_id: number;
    id: number;
    text: string;
    target_unit: string;
    target_value: string;
    aspek: string;
    rhk_kind: string;
    rhk_text: string;
  }>`
    SELECT r.skp_id, i.id, i.text, i.target_unit, i.target_value, i.aspek, r.kind AS rhk_kind, r.text AS rhk_text
    FROM skp_indicators i
    JOIN skp_rhks r ON r.id = i.rhk_id
    JOIN skps k ON k.id = r.skp_id AND k.year = ${year} AND k.status = 'approved'
    JOIN employees e ON e.id = k.employee_id AND e.agency_id = ${agencyId}
    ORDER BY r.skp_id, r.position, i.position`.execute(db);
  const bySkp = new Map<number, ReportIndicator[]>();
  for (const i of indicators) {
    const list = bySkp.get(i.skp_id) ?? [];
    list.push({
      id: i.id,
      text: i.text,
      unit: i.target_unit,
      target: Number(i.target_value),
      countable: i.aspek === COUNTABLE_ASPEK,
      utama: i.rhk_kind === 'utama',
      rhkText: i.rhk_text,
    });
    bySkp.set(i.skp_id, list);
  }

  const yearStart = `${year}-01-02`;
  return people.map((p) => {
    const starts = [yearStart, p.tmt, p.since ?? yearStart].sort();
    return {
      id: p.id,
      nip: p.nip,
      skpId: p.skp_id,
      skpApprovedMs: p.decided_at ? new Date(p.decided_at).getTime() : 0,
      from: starts[starts.length - 1] ?? yearStart,
      supervisor: p.supervisor,
      plt: p.plt !== null && p.plt_from !== null ? { id: p.plt, from: p.plt_from } : null,
      post: p.post,
      postKind: p.post_kind,
      isHead: p.is_head,
      unitCode: p.unit_code,
      area: areaOf(p.unit_kind, p.unit_name, p.opd),
      opd: p.opd,
      atasan: shortTitle(p.supervisor === null ? null : p.supervisor_post),
      indicators: bySkp.get(p.skp_id) ?? [],
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// The demo seed: Jan 2 up to today, batched INSERTs inside the caller's transaction

export type ReportSeedResult = { employees: number; reports: number };

async function insertBatch(db: Kysely<DB>, rows: readonly ReportRow[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: ReportRow) => T) => rows.map(f);
  await sql`
    INSERT INTO daily_reports (employee_id, skp_id, indicator_id, report_date, start_time, end_time, minutes,
      activity, quantity, unit, evidence_link, status, review_comment, reviewed_by, reviewed_at,
      idempotency_key, created_at, updated_at)
    SELECT * FROM unnest(
      ${col((r) => r.employeeId)}::int[], ${col((r) => r.skpId)}::int[], ${col((r) => r.indicatorId)}::int[],
      ${col((r) => r.date)}::date[], ${col((r) => timeOf(r.start))}::time[], ${col((r) => timeOf(r.end))}::time[],
      ${col((r) => r.end - r.start)}::int[], ${col((r) => r.activity)}::text[], ${col((r) => r.quantity)}::numeric[],
      ${col((r) => r.unit)}::text[], ${col((r) => r.evidence)}::text[], ${col((r) => r.status)}::text[],
      ${col((r) => r.comment)}::text[], ${col((r) => r.reviewedBy)}::int[], ${col((r) => r.reviewedAt)}::timestamptz[],
      ${col((r) => r.key)}::uuid[], ${col((r) => r.createdAt)}::timestamptz[], ${col((r) => r.updatedAt)}::timestamptz[])`.execute(
    db,
  );
}

/**
 * Daily reports of everyone with an approved SKP of the year of `today`, from 2 January up to today, for
 * the demo agency (call it inside the seeding transaction, after the SKPs and holidays).
 */
export async function seedDemoReports(
  trx: Kysely<DB>,
  { agencyId, today }: { agencyId: number; today: string },
): Promise<ReportSeedResult> {
  const year = Number(today.slice(0, 4));
  const employees = await loadReportEmployees(trx, { agencyId, year, today });
  const cal = workingCalendar(year, await holidaySet(trx, agencyId, `${year}-01-01`, `${year}-12-31`), today);
  const lastIndex = cal.todayWorks ? cal.todayPos : cal.todayPos - 1;
  const opts: GenerateOptions = { cal, reviewLimitMs: cal.todayMs - WIB_MS, nowMs: Date.now() };
  const writers = employees.map((e) => employeeReports(e, opts)).filter((w) => w !== null);

  // Day by day, everyone's reports of that day: the order they would have come in.
  let batch: ReportRow[] = [];
  let reports = 0;
  const push = (row: ReportRow) => batch.push(row);
  for (let k = 0; k <= lastIndex; k++) {
    for (const write of writers) write(k, push);
    while (batch.length >= CHUNK) {
      await insertBatch(trx, batch.slice(0, CHUNK));
      reports += CHUNK;
      batch = batch.slice(CHUNK);
    }
  }
  await insertBatch(trx, batch);
  reports += batch.length;
  return { employees: employees.length, reports };
}

// ---------------------------------------------------------------------------------------------------------
// The benchmark seed: a full year through COPY

function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

const COPY_BUFFER = 1 << 20;
/** Working days per COPY statement. */
const COPY_DAYS = 20;
const COPY_COLUMNS =
  'employee_id, skp_id, indicator_id, report_date, start_time, end_time, minutes, activity, quantity, unit, ' +
  'evidence_link, status, review_comment, reviewed_by, reviewed_at, idempotency_key, created_at, updated_at';

export function copyLine(r: ReportRow): string {
  const nul = (v: string | null) => (v === null ? '\\N' : copyText(v));
  return `${r.employeeId}\t${r.skpId}\t${r.indicatorId}\t${r.date}\t${timeOf(r.start)}\t${timeOf(r.end)}\t${
    r.end - r.start
  }\t${copyText(r.activity)}\t${r.quantity}\t${copyText(r.unit)}\t${nul(r.evidence)}\t${r.status}\t${nul(
    r.comment,
  )}\t${r.reviewedBy ?? '\\N'}\t${r.reviewedAt ?? '\\N'}\t${r.key}\t${r.createdAt}\t${r.updatedAt}\n`;
}

export type ScaleOptions = {
  /** Connection string for the COPY streams: clients of their own, apart from `db`'s pool. */
  url: string;
  agencyId: number;
  year: number;
  /** Statuses are relative to this day (YYYY-MM-DD); defaults to 31 December of `year`. */
  today?: string;
  /** Parallel COPY streams (default 2, one per core of a small machine). */
  streams?: number;
  /** Progress in working days of the year written so far. */
  onProgress?: (done: number, total: number) => void;
  /** Timings of the steps. */
  log?: (line: string) => void;
};

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'kinerja-seed-reports' });
  await client.connect();
  return client;
}

/**
 * Replaces the agency's daily reports with a full year of them (every working day of `year`, future days
 * included, for benchmarks), streamed through COPY FROM STDIN with rows generated on the fly.
 *
 * Every constraint stays in force and is checked row by row: the primary key, the unique idempotency key,
 * the foreign keys and the no-overlap exclusion constraint (together about 70 µs of server time a row,
 * most of it the GiST exclusion check and the four foreign-key lookups). To use both cores the year is
 * written by parallel COPY streams, each in its own transaction over its share of the employees, date by
 * date. That makes the run three steps rather than one transaction:
 *   1. (committed) the agency's old reports are removed and the plain secondary indexes of daily_reports
 *      are dropped — never the indexes behind the primary key, unique or exclusion constraints;
 *   2. the COPY streams;
 *   3. the dropped indexes are recreated from their saved definitions, then ANALYZE.
 * Step 3 also runs when step 2 fails, so the schema is always whole again; the reports are then partial
 * and the error is rethrown (run the seed again).
 */
export async function seedScaleReports(db: Kysely<DB>, opts: ScaleOptions): Promise<ReportSeedResult> {
  const { agencyId, year } = opts;
  const today = opts.today ?? `${year}-12-31`;
  const employees = await loadReportEmployees(db, { agencyId, year, today });
  const cal = workingCalendar(year, await holidaySet(db, agencyId, `${year}-01-01`, `${year}-12-31`), today);
  const gen: GenerateOptions = { cal, reviewLimitMs: cal.todayMs - WIB_MS, nowMs: Date.now() };
  const streams = Math.max(1, Math.min(opts.streams ?? 2, 8));

  const started = Date.now();
  const log = (what: string) => opts.log?.(`${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const admin = await connect(opts.url);
  let indexes: { name: string; def: string }[] = [];
  try {
    await admin.query('BEGIN');
    const others = await admin.query(
      'SELECT 1 FROM daily_reports d JOIN employees e ON e.id = d.employee_id WHERE e.agency_id <> $1 LIMIT 1',
      [agencyId],
    );
    const { rows: referencing } = await admin.query<{ name: string }>(
      `SELECT conrelid::regclass::text AS name FROM pg_constraint WHERE confrelid = 'daily_reports'::regclass`,
    );
    if (others.rowCount === 0 && referencing.every((r) => r.name === 'evidence_files')) {
      // Only this agency has reports: emptying the table also spares it the dead rows a DELETE leaves.
      await admin.query('TRUNCATE daily_reports, evidence_files');
    } else {
      await admin.query(
        'DELETE FROM daily_reports d USING employees e WHERE e.id = d.employee_id AND e.agency_id = $1',
        [agencyId],
      );
    }
    // Plain secondary indexes only; an index behind a constraint (pkey, unique, exclusion) is kept.
    ({ rows: indexes } = await admin.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = 'daily_reports'
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c
           WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
    ));
    for (const ix of indexes) await admin.query(`DROP INDEX ${admin.escapeIdentifier(ix.name)}`);
    await admin.query('COMMIT');
    log(`old reports removed, ${indexes.length} secondary indexes dropped`);
  } catch (err) {
    await admin.query('ROLLBACK').catch(() => {});
    await admin.end().catch(() => {});
    throw err;
  }

  let reports = 0;
  const days = cal.days.length;
  const reached = new Array<number>(streams).fill(0);
  opts.onProgress?.(0, days);
  const writeShare = async (share: number) => {
    const writers = employees
      .filter((_, i) => i % streams === share)
      .map((e) => employeeReports(e, gen))
      .filter((w) => w !== null);
    // Rows are made as COPY pulls them, straight into 1 MB buffers (joining millions of small strings
    // costs more than making them); the stream's backpressure paces the generator.
    async function* chunks(from: number, to: number): AsyncGenerator<Buffer> {
      let buf = Buffer.allocUnsafe(COPY_BUFFER);
      let used = 0;
      const full: Buffer[] = [];
      const put = (row: ReportRow) => {
        const line = copyLine(row);
        if (used + 3 * line.length > COPY_BUFFER) {
          full.push(buf.subarray(0, used));
          buf = Buffer.allocUnsafe(COPY_BUFFER);
          used = 0;
        }
        used += buf.write(line, used);
        reports++;
      };
      for (let k = from; k < to; k++) {
        for (const write of writers) write(k, put);
        while (full.length > 0) yield full.shift() as Buffer;
      }
      if (used > 0) yield buf.subarray(0, used);
    }
    const client = await connect(opts.url);
    try {
      await client.query('BEGIN');
      // One COPY per few weeks: the foreign-key checks of a COPY run at its end, queued in server memory.
      for (let from = 0; from < days; from += COPY_DAYS) {
        const to = Math.min(days, from + COPY_DAYS);
        await pipeline(
          Readable.from(chunks(from, to), { highWaterMark: 2 }),
          client.query(copyFrom(`COPY daily_reports (${COPY_COLUMNS}) FROM STDIN`)),
        );
        reached[share] = to;
        opts.onProgress?.(Math.min(...reached), days);
      }
      await client.query('COMMIT');
      log(`COPY stream ${share + 1} of ${streams} committed`);
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      await client.end().catch(() => {});
    }
  };

  try {
    const results = await Promise.allSettled(
      Array.from({ length: streams }, (_, share) => writeShare(share)),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    try {
      await admin.query(`SET maintenance_work_mem = '256MB'`);
      for (const ix of indexes)
        await admin.query(ix.def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
      log('secondary indexes rebuilt');
      await admin.query('ANALYZE daily_reports');
      log('analysed');
    } finally {
      await admin.end().catch(() => {});
    }
  }
  return { employees: employees.length, reports };
}
