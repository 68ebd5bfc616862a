import type { EmployeeKind } from '../../lib/domain/nip';
import type { TemplateName } from './positions';

export type DemoRole = 'admin' | 'leadership' | 'supervisor' | 'employee';

/** The accounts the README and the tests log in with (password: DEMO_PASSWORD); the one list of them. */
export const DEMO_ACCOUNTS = [
  { key: 'admin', nip: '198503152010011001', role: 'admin', label: 'Admin at BKPSDM' },
  {
    key: 'sekda',
    nip: '196805121994031002',
    role: 'leadership',
    label: 'Regional Secretary (Sekretaris Daerah), top of the tree',
  },
  {
    key: 'kadisdik',
    nip: '197002201996032001',
    role: 'leadership',
    label: 'Head of the Education and Culture Office',
  },
  {
    key: 'kabid',
    nip: '197811052005011003',
    role: 'supervisor',
    label: 'Head of the Primary School Division, acting (Plt) head of the Culture Division',
  },
  {
    key: 'staffA',
    nip: '199004172015032002',
    role: 'employee',
    label: 'Staff (PNS) in the Primary School Division',
  },
  {
    key: 'staffB',
    nip: '199208232019031004',
    role: 'employee',
    label: 'Staff (PNS) in the Primary School Division, a peer',
  },
  {
    key: 'pppk',
    nip: '199105252023211031',
    role: 'employee',
    label: 'Staff (PPPK) in the Primary School Division',
  },
] as const satisfies readonly { key: string; nip: string; role: DemoRole; label: string }[];

type DemoKey = (typeof DEMO_ACCOUNTS)[number]['key'];

/** The demo NIPs by a short name (`DEMO_NIP.kabid`), as tests and benchmarks refer to them. */
export const DEMO_NIP = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.key, a.nip])) as {
  readonly [K in DemoKey]: Extract<(typeof DEMO_ACCOUNTS)[number], { key: K }>['nip'];
};

export type DemoPerson = {
  nip: string;
  kind: EmployeeKind;
  name: string;
  unit: string;
  /** Unit heads take the unit's head post; everyone else names a staff post. */
  post: 'head' | TemplateName;
  roles: string[];
};

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    nip: '196805121994031002',
    kind: 'PNS',
    name: 'Dr. Syafril Amri, S.H., M.Si.',
    unit: 'setda',
    post: 'head',
    roles: ['leadership'],
  },
  {
    nip: '197002201996032001',
    kind: 'PNS',
    name: 'Yusnaini, S.Pd., M.Pd.',
    unit: 'disdikbud',
    post: 'head',
    roles: ['leadership'],
  },
  {
    nip: '197811052005011003',
    kind: 'PNS',
    name: 'Nofrizal, S.Pd., M.Pd.',
    unit: 'disdikbud.sd',
    post: 'head',
    roles: [],
  },
  {
    nip: '198503152010011001',
    kind: 'PNS',
    name: 'Rahmat Hidayat, S.Psi.',
    unit: 'bkpsdm.kinerja',
    post: 'Analis SDM Aparatur Ahli Muda',
    roles: ['admin'],
  },
  {
    nip: '199004172015032002',
    kind: 'PNS',
    name: 'Desi Ratnasari, S.Pd.',
    unit: 'disdikbud.sd',
    post: 'Analis Kebijakan Ahli Muda',
    roles: [],
  },
  {
    nip: '199208232019031004',
    kind: 'PNS',
    name: 'Andri Saputra, S.Kom.',
    unit: 'disdikbud.sd',
    post: 'Pranata Komputer Ahli Pertama',
    roles: [],
  },
  {
    nip: '199105252023211031',
    kind: 'PPPK',
    name: 'Fajar Ramadhan, S.E.',
    unit: 'disdikbud.sd',
    post: 'Penata Layanan Operasional',
    roles: [],
  },
];

export const SEKDA_NIP = DEMO_NIP.sekda;
export const KABID_NIP = DEMO_NIP.kabid;
export const PLT_UNIT = 'disdikbud.kebudayaan';
export const PLT_NOTE = 'Plt Kepala Bidang Kebudayaan';
export const PLT_FROM = '2026-10-01';
