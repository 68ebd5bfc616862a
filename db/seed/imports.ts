import type { Transaction } from 'kysely';
import type { DB } from '../types';
import { DEMO_NIP } from './accounts';

const UNOR = { 'UNOR ID': '8AE48A1B6C1F4A2C', 'UNOR NAMA': 'Bagian Umum Sekretariat Daerah' };

/**
 * One SIASN import already checked, with one bad row, so the import pages have something to show: the
 * admin reads its report; it cannot be applied until the file is fixed and uploaded again. As the first
 * import job of a fresh database it has id 1 (the authorization matrix requests /admin/import/1).
 */
export async function seedImports(trx: Transaction<DB>, agencyId: number): Promise<void> {
  const admin = await trx
    .selectFrom('employees')
    .select('id')
    .where('nip', '=', DEMO_NIP.admin)
    .executeTakeFirstOrThrow();
  const person = (nip: string, name: string) => ({
    'NIP BARU': nip,
    NAMA: name,
    'JENIS PEGAWAI NAMA': 'PNS Daerah Kab/Kota',
    'GOL AKHIR NAMA': 'III/b',
    'JENIS JABATAN NAMA': 'Fungsional Umum',
    'JABATAN NAMA': 'Pengelola Keuangan',
    ...UNOR,
  });
  const people = [
    { line: 2, values: person('198309112021022102', 'Rina Marlina') },
    { line: 3, values: person('19830911202102210', 'Yulia Fitri') },
  ];
  const report = {
    counts: {
      rows: 2,
      lineRows: 0,
      issues: 1,
      new: 1,
      changed: 0,
      unchanged: 0,
      unitsNew: 1,
      positionsNew: 1,
      linesNew: 0,
      linesChanged: 0,
      linesUnchanged: 0,
      proposals: 0,
      missing: 0,
    },
    issues: [{ file: 'people', line: 3, nip: '19830911202102210', code: 'nip_invalid' }],
    changes: [{ line: 2, nip: '198309112021022102', name: 'Rina Marlina', status: 'new', fields: [] }],
    lines: [],
    proposals: [],
    missing: [],
  };
  await trx
    .insertInto('import_jobs')
    .values({
      agency_id: agencyId,
      created_by: admin.id,
      status: 'checked',
      file_name: 'contoh-export-data-asn.csv',
      people: JSON.stringify(people),
      lines: JSON.stringify([]),
      report: JSON.stringify(report),
      total: people.length,
    })
    .execute();
}
