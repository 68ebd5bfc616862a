import ExcelJS from 'exceljs';

/** One data row of an uploaded file: its line in the file (1 = the header) and its values by header. */
export type SheetRow = { line: number; values: Record<string, string> };

/** SIASN writes NIPs as `'1985…` so spreadsheets keep them as text, and empty fields as the word `null`. */
export function siasnValue(raw: unknown): string {
  let v = raw == null ? '' : String(raw).trim();
  if (v.startsWith("'")) v = v.slice(1).trim();
  return v.toLowerCase() === 'null' ? '' : v;
}

/** Headers compared without case, extra spaces or underscores: `NIP BARU`, `nip_baru`, `Nip  Baru`. */
export function headerKey(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .trim()
    .toUpperCase()
    .replace(/[_\s]+/g, ' ');
}

/** The delimiter of the header line: BKN's export uses `,`; spreadsheets saved in Indonesian use `;`. */
function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const head = end === -1 ? text : text.slice(0, end);
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

/** RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks. */
export function parseCsvRecords(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Header row plus data rows → rows by header; blank lines are skipped but keep the line count. */
export function toRows(records: string[][]): { headers: string[]; rows: SheetRow[] } {
  const [head = [], ...body] = records;
  const headers = head.map(headerKey);
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => siasnValue(c) === '')) return;
    const values: Record<string, string> = {};
    headers.forEach((h, j) => {
      if (h) values[h] = siasnValue(cells[j]);
    });
    rows.push({ line: i + 2, values });
  });
  return { headers, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) {
    const d = value;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX workbook as records (dates as d-m-Y, as in the CSV export). */
export async function parseXlsxRecords(buffer: ArrayBuffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    records[n - 1] = cells;
  });
  return Array.from(records, (r) => r ?? []);
}

/** XLSX files start with the ZIP signature; anything else is read as CSV text (UTF-8, with or without BOM). */
export async function parseSheet(bytes: ArrayBuffer): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const head = new Uint8Array(bytes.slice(0, 2));
  if (head[0] === 0x50 && head[1] === 0x4b) return toRows(await parseXlsxRecords(bytes));
  return toRows(parseCsvRecords(new TextDecoder('utf-8').decode(bytes)));
}
