import { type EmployeeKind, parseNip } from '@/lib/domain/nip';
import { isPangkatCode, type JabatanKind, pppkGolonganLabel } from '@/lib/domain/pangkat';
import type { SheetRow } from './parse';

/*
 * One row of each file, checked on its own (what needs the other rows or the database is in plan.ts).
 * Pure: the same rules for the page, the CLI and the tests.
 */

export type PeopleIssue =
  | 'nip_invalid'
  | 'nip_duplicate'
  | 'name_missing'
  | 'kind_mismatch'
  | 'golongan_invalid'
  | 'date_invalid'
  | 'position_missing'
  | 'unit_unknown';

export type LineIssue =
  | 'line_nip_invalid'
  | 'line_employee_unknown'
  | 'supervisor_unknown'
  | 'line_self'
  | 'line_kind_invalid'
  | 'line_date_invalid'
  | 'line_duplicate'
  | 'supervision_cycle';

export type Issue = { file: 'people' | 'lines'; line: number; nip: string; code: PeopleIssue | LineIssue };

export type PersonRow = {
  line: number;
  nip: string;
  name: string;
  kind: EmployeeKind;
  gender: 'L' | 'P';
  birthDate: string;
  tmt: string;
  pangkat: string | null;
  pangkatTmt: string | null;
  pppkGolongan: number | null;
  unorId: string;
  unorName: string;
  positionName: string;
  positionKind: JabatanKind;
};

export type LineRow = {
  line: number;
  nip: string;
  supervisorNip: string;
  kind: 'definitive' | 'plt' | 'plh';
  from: string;
};

/** People-file columns as BKN names them (first present wins: the export has ID and NAMA variants). */
const COLUMNS = {
  nip: ['NIP BARU', 'NIP'],
  name: ['NAMA'],
  front: ['GELAR DEPAN'],
  back: ['GELAR BELAKANG'],
  birth: ['TANGGAL LAHIR', 'TGL LAHIR'],
  kind: ['JENIS PEGAWAI NAMA', 'JENIS PEGAWAI'],
  golongan: ['GOL AKHIR NAMA', 'GOL AKHIR'],
  golonganTmt: ['TMT GOLONGAN'],
  jenisJabatan: ['JENIS JABATAN NAMA', 'JENIS JABATAN'],
  eselon: ['ESELON'],
  jabatan: ['JABATAN NAMA', 'JABATAN'],
  unorId: ['UNOR ID'],
  unorName: ['UNOR NAMA'],
} as const;

export const PEOPLE_HEADERS_REQUIRED = ['NIP BARU', 'NAMA', 'UNOR ID', 'JABATAN NAMA'];

function pick(values: Record<string, string>, names: readonly string[]): string {
  for (const n of names) if (values[n]) return values[n];
  return '';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** d-m-Y as SIASN writes it (also d/m/Y), or ISO; null when absent, 'bad' when not a real date. */
export function parseSiasnDate(raw: string): string | null | 'bad' {
  if (!raw) return null;
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(raw);
  let [d, mo, y] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m) {
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    if (!m) return 'bad';
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return 'bad';
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** JENIS JABATAN (and ESELON for structural posts) → our position kind. */
export function positionKindOf(jenis: string, eselon: string): JabatanKind {
  const j = jenis.toLowerCase();
  if (j.includes('struktural')) {
    const e = eselon.toUpperCase().replace(/\s/g, '');
    if (e.startsWith('I.') || e === 'I') return 'jpt_madya';
    if (e.startsWith('II.') || e === 'II') return 'jpt_pratama';
    if (e.startsWith('IV.') || e === 'IV') return 'pengawas';
    return 'administrator';
  }
  if (j.includes('tertentu')) return 'fungsional';
  return 'pelaksana';
}

function kindFromColumn(raw: string): EmployeeKind | null | 'bad' {
  const v = raw.toUpperCase();
  if (!v) return null;
  if (v.includes('PPPK')) return 'PPPK';
  if (v.includes('PNS')) return 'PNS';
  return 'bad';
}

type Checked<T, C> = { ok: true; row: T } | { ok: false; code: C };

/** A people row → a person to upsert, or the first thing wrong with it. */
export function checkPerson(row: SheetRow, today: Date): Checked<PersonRow, PeopleIssue> {
  const v = row.values;
  const nip = pick(v, COLUMNS.nip).replace(/\s/g, '');
  const stated = kindFromColumn(pick(v, COLUMNS.kind));
  const tryKinds: EmployeeKind[] = stated === 'PPPK' ? ['PPPK', 'PNS'] : ['PNS', 'PPPK'];
  const parsed = tryKinds.map((k) => parseNip(nip, k, today)).find((r) => r.ok);
  if (!parsed?.ok) return { ok: false, code: 'nip_invalid' };
  const nipKind = parsed.value.kind;
  if (stated === 'bad' || (stated && stated !== nipKind)) return { ok: false, code: 'kind_mismatch' };
  const bare = pick(v, COLUMNS.name);
  if (!bare) return { ok: false, code: 'name_missing' };
  const front = pick(v, COLUMNS.front);
  const back = pick(v, COLUMNS.back);
  const name = `${front ? `${front} ` : ''}${bare}${back ? `, ${back}` : ''}`;

  const golongan = pick(v, COLUMNS.golongan).toUpperCase().replace(/\s/g, '');
  let pangkat: string | null = null;
  let pppkGolongan: number | null = null;
  if (nipKind === 'PNS') {
    const code = golongan.replace(/\/([A-E])$/, (_, r: string) => `/${r.toLowerCase()}`);
    if (!isPangkatCode(code)) return { ok: false, code: 'golongan_invalid' };
    pangkat = code;
  } else if (golongan) {
    const n = Array.from({ length: 17 }, (_, i) => i + 1).find((g) => pppkGolonganLabel(g) === golongan);
    if (!n) return { ok: false, code: 'golongan_invalid' };
    pppkGolongan = n;
  }
  const birth = parseSiasnDate(pick(v, COLUMNS.birth));
  const pangkatTmt = parseSiasnDate(pick(v, COLUMNS.golonganTmt));
  if (birth === 'bad' || pangkatTmt === 'bad') return { ok: false, code: 'date_invalid' };
  if (birth && birth !== parsed.value.birthDate) return { ok: false, code: 'date_invalid' };

  const positionName = pick(v, COLUMNS.jabatan);
  if (!positionName) return { ok: false, code: 'position_missing' };
  const unorId = pick(v, COLUMNS.unorId);
  if (!unorId) return { ok: false, code: 'unit_unknown' };
  const p = parsed.value;
  return {
    ok: true,
    row: {
      line: row.line,
      nip,
      name,
      kind: nipKind,
      gender: p.gender,
      birthDate: p.birthDate,
      tmt: p.kind === 'PNS' ? `${p.tmtCpns}-01` : `${p.appointmentYear}-01-01`,
      pangkat,
      pangkatTmt: pangkat ? pangkatTmt : null,
      pppkGolongan,
      unorId,
      unorName: pick(v, COLUMNS.unorName),
      positionName,
      positionKind: positionKindOf(pick(v, COLUMNS.jenisJabatan), pick(v, COLUMNS.eselon)),
    },
  };
}

const LINE_KINDS: Record<string, LineRow['kind']> = {
  DEFINITIF: 'definitive',
  DEFINITIVE: 'definitive',
  PLT: 'plt',
  PLH: 'plh',
};

/** A supervision row (NIP, NIP ATASAN, TMT, JENIS) → a line, or the first thing wrong with it. */
export function checkLine(row: SheetRow): Checked<LineRow, LineIssue> {
  const v = row.values;
  const nip = (v.NIP ?? '').replace(/\s/g, '');
  const supervisorNip = (v['NIP ATASAN'] ?? v.ATASAN ?? '').replace(/\s/g, '');
  if (!/^\d{18}$/.test(nip)) return { ok: false, code: 'line_nip_invalid' };
  if (!/^\d{18}$/.test(supervisorNip)) return { ok: false, code: 'supervisor_unknown' };
  if (nip === supervisorNip) return { ok: false, code: 'line_self' };
  const kind = LINE_KINDS[(v.JENIS ?? 'DEFINITIF').toUpperCase().replace(/\W/g, '') || 'DEFINITIF'];
  if (!kind) return { ok: false, code: 'line_kind_invalid' };
  const from = parseSiasnDate(v.TMT ?? v['BERLAKU MULAI'] ?? '');
  if (!from || from === 'bad') return { ok: false, code: 'line_date_invalid' };
  return { ok: true, row: { line: row.line, nip, supervisorNip, kind, from } };
}
