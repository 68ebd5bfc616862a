import { type EmployeeKind, type Gender, parseNip } from '../../lib/domain/nip';
import { PANGKAT, type PangkatCode } from '../../lib/domain/pangkat';
import { ENTRY_AGE, ENTRY_RANK, type Template } from './positions';
import type { Rng } from './random';

export type Person = {
  nip: string;
  kind: EmployeeKind;
  gender: Gender;
  birthDate: string;
  tmt: string;
  pangkat: PangkatCode | null;
  pangkatTmt: string | null;
  pppkGolongan: number | null;
};

export type PersonContext = { rng: Rng; today: string; usedNips: Set<string> };

const PNS_AGES = [23, 58] as const;
const PPPK_AGES = [24, 56] as const;
// The national PPPK recruitment rounds so far.
const PPPK_YEARS = [2019, 2025] as const;
// Most CPNS formations start in these months.
const TMT_MONTHS = [1, 2, 3, 4, 5, 6, 10, 12] as const;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const rankOf = (code: PangkatCode): number => PANGKAT.findIndex((p) => p.code === code) + 1;
const codeOf = (rank: number): PangkatCode => {
  const p = PANGKAT[rank - 1];
  if (!p) throw new Error(`no pangkat with rank ${rank}`);
  return p.code;
};

/** Regular promotion takes four years per step, so the pangkat is bounded by years of service. */
function pangkatFor(rng: Rng, tpl: Template, tmtYear: number, tmtMonth: number, year: number) {
  const entry = ENTRY_RANK[tpl.edu];
  const service = year - tmtYear;
  const lo = Math.max(rankOf(tpl.lo), entry);
  const hi = Math.min(rankOf(tpl.hi), entry + Math.floor((service - 1) / 4));
  if (hi < lo) return null;
  const rank = Math.max(lo, hi - (rng.chance(0.3) ? 1 : 0));
  const earliest = rank === entry ? tmtYear + 1 : tmtYear + 4 * (rank - entry);
  const since = Math.max(earliest, year - rng.int(1, 6));
  const month = since === earliest && rank === entry ? tmtMonth : rng.pick([4, 10]);
  return { pangkat: codeOf(rank), pangkatTmt: `${since}-${pad(month)}-01` };
}

function minServiceYears(tpl: Template): number {
  const steps = rankOf(tpl.lo) - ENTRY_RANK[tpl.edu];
  return steps > 0 ? 4 * steps + 1 : 2;
}

function uniqueNip(ctx: PersonContext, prefix: string, firstSeq: number): string {
  for (let seq = firstSeq; seq < 1000; seq++) {
    const nip = `${prefix}${pad(seq, 3)}`;
    if (!ctx.usedNips.has(nip)) {
      ctx.usedNips.add(nip);
      return nip;
    }
  }
  throw new Error(`no free NIP sequence for ${prefix}`);
}

function birth(rng: Rng, year: number): string {
  return `${year}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}`;
}

export function makePns(ctx: PersonContext, tpl: Template, gender: Gender): Person {
  const { rng } = ctx;
  const year = Number(ctx.today.slice(0, 4));
  const minService = minServiceYears(tpl);
  const [entryLo, entryHi] = ENTRY_AGE[tpl.edu];
  const [agesLo, agesHi] = tpl.ages ?? PNS_AGES;
  const age = rng.int(Math.max(agesLo, entryLo + minService), agesHi);
  const birthYear = year - age;
  const tmtYear = birthYear + rng.int(entryLo, Math.max(entryLo, Math.min(entryHi, age - minService)));
  const tmtMonth = rng.pick(TMT_MONTHS);
  const prefix = `${birth(rng, birthYear)}${tmtYear}${pad(tmtMonth)}${gender === 'L' ? 1 : 2}`;
  return finish(ctx, tpl, uniqueNip(ctx, prefix, rng.int(1, 12)), 'PNS');
}

export function makePppk(ctx: PersonContext, tpl: Template, gender: Gender): Person {
  const { rng } = ctx;
  const year = Number(ctx.today.slice(0, 4));
  const birthYear = year - rng.int(PPPK_AGES[0], PPPK_AGES[1]);
  const firstYear = Math.max(PPPK_YEARS[0], birthYear + 21);
  const appointed = rng.int(firstYear, Math.max(firstYear, Math.min(PPPK_YEARS[1], year)));
  const prefix = `${birth(rng, birthYear)}${appointed}21${gender === 'L' ? 1 : 2}`;
  return finish(ctx, tpl, uniqueNip(ctx, prefix, rng.int(1, 60)), 'PPPK');
}

/** Everything but the NIP is read back from the NIP, so the two can never disagree. */
export function finish(ctx: PersonContext, tpl: Template, nip: string, kind: EmployeeKind): Person {
  const parsed = parseNip(nip, kind, new Date(`${ctx.today}T00:00:00Z`));
  if (!parsed.ok) throw new Error(`generated ${kind} NIP ${nip} is invalid: ${parsed.error}`);
  const v = parsed.value;
  ctx.usedNips.add(nip);
  if (v.kind === 'PPPK') {
    if (tpl.pppk === undefined) throw new Error(`${nip}: a PPPK cannot hold a ${tpl.kind} post`);
    return {
      nip,
      kind,
      gender: v.gender,
      birthDate: v.birthDate,
      tmt: `${v.appointmentYear}-01-01`,
      pangkat: null,
      pangkatTmt: null,
      pppkGolongan: tpl.pppk,
    };
  }
  const tmtYear = Number(v.tmtCpns.slice(0, 4));
  const tmtMonth = Number(v.tmtCpns.slice(5, 7));
  const rank = pangkatFor(ctx.rng, tpl, tmtYear, tmtMonth, Number(ctx.today.slice(0, 4)));
  if (!rank) throw new Error(`${nip}: too few years of service for ${tpl.lo}`);
  return {
    nip,
    kind,
    gender: v.gender,
    birthDate: v.birthDate,
    tmt: `${v.tmtCpns}-01`,
    pppkGolongan: null,
    ...rank,
  };
}
