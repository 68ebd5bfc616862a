import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords, parseSheet, siasnValue } from './parse';
import { checkLine, checkPerson, parseSiasnDate } from './rows';
import { SIASN_HEADERS, sampleNip, siasnRow, toCsv } from './sample';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const TODAY = new Date('2026-11-28T12:00:00Z');

const person = {
  nip: sampleNip(5001, 102),
  name: 'Rina Marlina',
  back: 'S.E.',
  golongan: 'III/b',
  jenisJabatan: 'Fungsional Umum' as const,
  jabatan: 'Pengelola Keuangan',
  unorId: 'ABC',
  unorName: 'Bagian Umum',
};

describe('reading SIASN files', () => {
  it("drops SIASN's leading quote mark and reads the word null as empty", () => {
    expect(siasnValue("'198503152010011001")).toBe('198503152010011001');
    expect(siasnValue('null')).toBe('');
    expect(siasnValue(' NULL ')).toBe('');
    expect(siasnValue('Nullah')).toBe('Nullah');
  });

  it('reads commas or semicolons, a BOM, quoted delimiters, doubled quotes and line breaks in quotes', () => {
    expect(parseCsvRecords('\uFEFFA;B\r\n"x;y";"say ""hi"""\r\n')).toEqual([
      ['A', 'B'],
      ['x;y', 'say "hi"'],
    ]);
    expect(parseCsvRecords('A,B\n"two\nlines",2')).toEqual([
      ['A', 'B'],
      ['two\nlines', '2'],
    ]);
  });

  it('gives the same rows from the CSV export and the same columns in XLSX', async () => {
    const csv = await parseSheet(bytes(toCsv(SIASN_HEADERS, [siasnRow(person)])));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow([...SIASN_HEADERS]);
    sheet.addRow(siasnRow(person));
    const xlsx = await parseSheet((await book.xlsx.writeBuffer()) as ArrayBuffer);
    expect(xlsx).toEqual(csv);
    expect(csv.rows[0]?.values['NIP BARU']).toBe(person.nip);
    expect(csv.rows[0]?.values['NIP LAMA']).toBe('');
  });

  it('turns a row of the export into a person, with the titles around the name', async () => {
    const { rows } = await parseSheet(bytes(toCsv(SIASN_HEADERS, [siasnRow(person)])));
    const checked = checkPerson(rows[0] as never, TODAY);
    expect(checked).toMatchObject({
      ok: true,
      row: { name: 'Rina Marlina, S.E.', kind: 'PNS', pangkat: 'III/b', gender: 'P', tmt: '2021-02-01' },
    });
  });

  it('reads SIASN dates as day-month-year and refuses days that do not exist', () => {
    expect(parseSiasnDate('01-02-2021')).toBe('2021-02-01');
    expect(parseSiasnDate('1/2/2021')).toBe('2021-02-01');
    expect(parseSiasnDate('31-02-2021')).toBe('bad');
    expect(parseSiasnDate('')).toBeNull();
  });

  it('reads the supervision kinds Definitif, Plt and Plh, and refuses others', () => {
    const line = (jenis: string) =>
      checkLine({
        line: 2,
        values: { NIP: person.nip, 'NIP ATASAN': sampleNip(5000, 101), TMT: '01-01-2026', JENIS: jenis },
      });
    expect(line('Plt')).toMatchObject({ ok: true, row: { kind: 'plt', from: '2026-01-01' } });
    expect(line('definitif')).toMatchObject({ ok: true, row: { kind: 'definitive' } });
    expect(line('Pengganti')).toEqual({ ok: false, code: 'line_kind_invalid' });
  });
});
