import 'server-only';
import ExcelJS from 'exceljs';
import type { ExportTable } from '@/lib/dashboard/export';

// Spreadsheet programs run cells starting with these as formulas: prefix them so they stay text.
const FORMULA = /^[=+\-@\t\r]/;
const cell = (v: string | number | null) => (typeof v === 'string' && FORMULA.test(v) ? `'${v}` : (v ?? ''));

/** One XLSX with a sheet per table (a person's own data is small, so it is built in memory). */
export async function workbookOf(tables: readonly ExportTable[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = book.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.columns).font = { bold: true };
    for (const r of table.rows) sheet.addRow(r.map(cell));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
