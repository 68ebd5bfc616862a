import 'server-only';
import ExcelJS from 'exceljs';
import { SIASN_HEADERS, SUPERVISION_HEADERS, sampleNip, siasnRow, toCsv } from './sample';

export const TEMPLATE_FILES = ['people.csv', 'people.xlsx', 'supervision.csv', 'supervision.xlsx'] as const;
export type TemplateFile = (typeof TEMPLATE_FILES)[number];

const UNOR = { unorId: '8AE48A1B6C1F4A2C', unorName: 'Bagian Umum Sekretariat Daerah' };
const HEAD = sampleNip(5000, 101);

/** Three example people as SIASN exports them: a unit head and two staff. */
function peopleRows(): string[][] {
  return [
    siasnRow({
      nip: HEAD,
      name: 'Hendra Gunawan',
      front: 'Drs.',
      back: 'M.M.',
      golongan: 'IV/a',
      jenisJabatan: 'Struktural',
      jabatan: 'Kepala Bagian Umum',
      ...UNOR,
    }),
    siasnRow({
      nip: sampleNip(5001, 102),
      name: 'Rina Marlina',
      back: 'S.E.',
      golongan: 'III/b',
      jenisJabatan: 'Fungsional Umum',
      jabatan: 'Pengelola Keuangan',
      ...UNOR,
    }),
    siasnRow({
      nip: sampleNip(5002, 103),
      name: 'Yulia Fitri',
      golongan: 'II/c',
      jenisJabatan: 'Fungsional Umum',
      jabatan: 'Pengadministrasi Perkantoran',
      ...UNOR,
    }),
  ];
}

/** The agency's supervision lines: NIP, the atasan's NIP, from (d-m-Y), Definitif / Plt / Plh. */
function supervisionRows(): string[][] {
  return [
    [sampleNip(5001, 102), HEAD, '01-01-2026', 'Definitif'],
    [sampleNip(5002, 103), HEAD, '01-01-2026', 'Definitif'],
    [sampleNip(5002, 103), sampleNip(5001, 102), '01-03-2026', 'Plh'],
  ];
}

export async function templateFile(file: TemplateFile): Promise<{ body: Uint8Array | string; type: string }> {
  const people = file.startsWith('people');
  const headers = people ? SIASN_HEADERS : SUPERVISION_HEADERS;
  const rows = people ? peopleRows() : supervisionRows();
  if (file.endsWith('.csv')) return { body: `${toCsv(headers, rows)}\r\n`, type: 'text/csv; charset=utf-8' };
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(people ? 'Data ASN' : 'Atasan');
  sheet.addRow([...headers]);
  for (const r of rows) sheet.addRow(r);
  return {
    body: new Uint8Array(await book.xlsx.writeBuffer()),
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
