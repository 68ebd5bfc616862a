import PDFDocument from 'pdfkit';
import { BERAKHLAK, type BerakhlakValue } from '@/lib/domain/berakhlak';
import { formatNip } from '@/lib/domain/nip';
import { pangkatByCode } from '@/lib/domain/pangkat';
import { type Approach, type Aspek, formatTarget, type SkpStatus } from '@/lib/domain/skp';
import type { SkpDocument, SkpIndicator, SkpPerson, SkpRhk } from './types';

/** Every fixed text the PDF prints; the caller fills it from the i18n catalogues. */
export type SkpPdfLabels = {
  /** "SASARAN KINERJA PEGAWAI"; also the PDF title and the footer. */
  title: string;
  period: string;
  /** Day and month the period opens and closes ("1 Januari", "31 Desember"); the year is appended. */
  periodStart: string;
  periodEnd: string;
  approach: string;
  approaches: Record<Approach, string>;
  /** Prefix of the status line: "Persetujuan: Disetujui, Revisi 1, terlambat". */
  approval: string;
  statuses: Record<SkpStatus, string>;
  revision: string;
  approvedLate: string;
  /** Watermark and footer note on every page unless the status is approved. */
  notApproved: string;
  /** Footer: "Dicetak 28 November 2026". */
  printedOn: string;
  employee: string;
  pejabatPenilai: string;
  no: string;
  name: string;
  nip: string;
  /** The NIP label for PPPK ("NI PPPK"). */
  niPppk: string;
  pangkat: string;
  jabatan: string;
  unit: string;
  /** Section titles "HASIL KERJA" / "PERILAKU KERJA"; `utama`/`tambahan` head the A./B. rows. */
  hasilKerja: string;
  utama: string;
  tambahan: string;
  parentRhk: string;
  rhk: string;
  aspek: string;
  aspeks: Record<Aspek, string>;
  indicator: string;
  target: string;
  perilakuKerja: string;
  /** Column headers of the behaviour table ("Perilaku Kerja", "Ekspektasi Khusus Pimpinan"). */
  behaviour: string;
  expectation: string;
  berakhlak: Record<BerakhlakValue, { name: string; guidelines: [string, string, string] }>;
  /** "," for Indonesian, "." for English: the target value is printed as a plain decimal. */
  decimalSeparator: string;
};

export type SkpPdfOptions = { printedOn: string; placeAndDate: string };

type Pdf = PDFKit.PDFDocument;
type Cell = { text: string; bold?: boolean; span?: number; align?: 'left' | 'center'; bullets?: string[] };
/** Lead cells span the height of all `lines`, which fill the remaining columns one under another. */
type Row = { cells: Cell[]; lines?: Cell[][]; fill?: string; keepWithNext?: boolean };
type Table = { columns: number[]; header: Row[]; rows: Row[] };

const MARGIN = 36;
const PAD = 3;
const FONT_SIZE = 8;
const BULLET_INDENT = 8;
const HEADER_FILL = '#e6e6e6';
const NO_TEXT = '-';

export async function renderSkpPdf(
  doc: SkpDocument,
  labels: SkpPdfLabels,
  options: SkpPdfOptions,
): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${labels.title} ${doc.year} - ${doc.employee.name}`, Author: doc.agencyName },
  });
  const done = collect(pdf);
  if (doc.status !== 'approved') {
    watermark(pdf, labels.notApproved);
    pdf.on('pageAdded', () => watermark(pdf, labels.notApproved));
  }
  drawHeading(pdf, doc, labels);
  drawTable(pdf, identityTable(doc, labels, contentWidth(pdf)));
  drawTable(pdf, resultsTable(doc, labels), labels.hasilKerja);
  drawTable(pdf, behaviourTable(doc, labels), labels.perilakuKerja);
  drawSignatures(pdf, doc, labels, options);
  decoratePages(pdf, doc, labels, options);
  pdf.end();
  return done;
}

function collect(pdf: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

const contentWidth = (pdf: Pdf): number => pdf.page.width - 2 * MARGIN;
const bottom = (pdf: Pdf): number => pdf.page.height - MARGIN;

function drawHeading(pdf: Pdf, doc: SkpDocument, labels: SkpPdfLabels): void {
  const width = contentWidth(pdf);
  const status = [labels.statuses[doc.status]];
  if (doc.revision > 0) status.push(`${labels.revision} ${doc.revision}`);
  if (doc.status === 'approved' && doc.approvedLate) status.push(labels.approvedLate);
  pdf
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(doc.agencyName.toUpperCase(), MARGIN, MARGIN, { width, align: 'center' });
  pdf.fontSize(13).text(labels.title, { width, align: 'center' });
  pdf.font('Helvetica').fontSize(9);
  pdf.text(`${labels.period}: ${labels.periodStart} - ${labels.periodEnd} ${doc.year}`, {
    width,
    align: 'center',
  });
  pdf.text(`${labels.approach}: ${labels.approaches[doc.approach]}`, { width, align: 'center' });
  // Unapproved copies circulate for review; the state must be unmistakable on the first page too.
  if (doc.status !== 'approved') pdf.fillColor('#b00000');
  pdf.text(`${labels.approval}: ${status.join(', ')}`, { width, align: 'center' });
  pdf.fillColor('#000').moveDown(0.6);
}

const nipLabel = (person: SkpPerson | null, labels: SkpPdfLabels): string =>
  person?.employeeKind === 'PPPK' ? labels.niPppk : labels.nip;
const nipText = (person: SkpPerson | null): string =>
  person ? formatNip(person.nip, person.employeeKind) : NO_TEXT;

function personRows(person: SkpPerson | null, labels: SkpPdfLabels): [string, string][] {
  return [
    [labels.name, person?.name ?? NO_TEXT],
    [nipLabel(person, labels), nipText(person)],
    [labels.pangkat, person ? pangkatText(person) : NO_TEXT],
    [labels.jabatan, person?.position || NO_TEXT],
    [labels.unit, person?.unit || NO_TEXT],
  ];
}

function pangkatText(person: SkpPerson): string {
  // PPPK hold a golongan of their own (I-XVII), not a PNS pangkat.
  if (person.employeeKind === 'PPPK' || !person.pangkat) return NO_TEXT;
  const pangkat = pangkatByCode(person.pangkat);
  return pangkat ? `${pangkat.name} (${pangkat.code})` : person.pangkat;
}

function identityTable(doc: SkpDocument, labels: SkpPdfLabels, width: number): Table {
  const no = 20;
  const label = 80;
  const value = width / 2 - no - label;
  const left = personRows(doc.employee, labels);
  const right = personRows(doc.pejabatPenilai, labels);
  const heading = (text: string): Cell[] => [
    { text: labels.no, bold: true },
    { text, bold: true, span: 2 },
  ];
  return {
    columns: [no, label, value, no, label, value],
    header: [{ cells: [...heading(labels.employee), ...heading(labels.pejabatPenilai)], fill: HEADER_FILL }],
    rows: left.map(([l, v], i) => ({
      cells: [
        { text: String(i + 1), align: 'center' },
        { text: l },
        { text: v },
        { text: String(i + 1), align: 'center' },
        { text: right[i]?.[0] ?? '' },
        { text: right[i]?.[1] ?? '' },
      ],
    })),
  };
}

function resultsTable(doc: SkpDocument, labels: SkpPdfLabels): Table {
  const headers = [labels.no, labels.parentRhk, labels.rhk, labels.aspek, labels.indicator, labels.target];
  const columns = [24, 175, 185, 62, 234, 90];
  const section = (title: string, kind: SkpRhk['kind']): Row[] => [
    { cells: [{ text: title, bold: true, span: columns.length }], fill: '#f3f3f3', keepWithNext: true },
    ...(doc.rhks.some((r) => r.kind === kind)
      ? doc.rhks.filter((r) => r.kind === kind).map((rhk, i) => rhkRow(rhk, i + 1, labels))
      : [{ cells: [{ text: NO_TEXT, span: columns.length, align: 'center' as const }] }]),
  ];
  return {
    columns,
    header: [{ cells: headers.map((text) => ({ text, bold: true, align: 'center' })), fill: HEADER_FILL }],
    rows: [...section(`A. ${labels.utama}`, 'utama'), ...section(`B. ${labels.tambahan}`, 'tambahan')],
  };
}

function rhkRow(rhk: SkpRhk, no: number, labels: SkpPdfLabels): Row {
  const parent = rhk.parent?.text ?? rhk.unitGoal?.text ?? NO_TEXT;
  const indicator = (ind: SkpIndicator): Cell[] => [
    { text: labels.aspeks[ind.aspek] },
    { text: ind.text },
    { text: `${formatTarget(ind.targetValue, labels.decimalSeparator)} ${ind.targetUnit}`.trim() },
  ];
  const lines = rhk.indicators.map(indicator);
  return {
    cells: [{ text: String(no), align: 'center' }, { text: parent }, { text: rhk.text }],
    lines: lines.length > 0 ? lines : [[{ text: NO_TEXT }, { text: NO_TEXT }, { text: NO_TEXT }]],
  };
}

function behaviourTable(doc: SkpDocument, labels: SkpPdfLabels): Table {
  const expectations = new Map(doc.expectations.map((e) => [e.value, e.text]));
  const headers = [labels.no, labels.behaviour, labels.expectation];
  return {
    columns: [24, 446, 300],
    header: [{ cells: headers.map((text) => ({ text, bold: true, align: 'center' })), fill: HEADER_FILL }],
    rows: BERAKHLAK.map((value, i) => ({
      cells: [
        { text: String(i + 1), align: 'center' },
        { text: labels.berakhlak[value].name, bold: true, bullets: labels.berakhlak[value].guidelines },
        { text: expectations.get(value)?.trim() || NO_TEXT },
      ],
    })),
  };
}

/** Column widths of each cell, honouring spans; cells run from column `from`. */
function cellWidths(columns: number[], cells: Cell[], from = 0): number[] {
  let col = from;
  return cells.map((cell) => {
    const span = cell.span ?? 1;
    const width = columns.slice(col, col + span).reduce((a, b) => a + b, 0);
    col += span;
    return width;
  });
}

function setFont(pdf: Pdf, bold?: boolean): void {
  pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
}

function cellHeight(pdf: Pdf, cell: Cell, width: number): number {
  setFont(pdf, cell.bold);
  let h = pdf.heightOfString(cell.text || ' ', { width: width - 2 * PAD });
  setFont(pdf);
  for (const b of cell.bullets ?? []) h += pdf.heightOfString(b, { width: width - 2 * PAD - BULLET_INDENT });
  return h + 2 * PAD;
}

function lineHeights(pdf: Pdf, columns: number[], row: Row): number[] {
  const from = row.cells.reduce((n, c) => n + (c.span ?? 1), 0);
  return (row.lines ?? []).map((line) => {
    const widths = cellWidths(columns, line, from);
    return Math.max(...line.map((c, i) => cellHeight(pdf, c, widths[i] ?? 0)));
  });
}

function rowHeight(pdf: Pdf, columns: number[], row: Row): number {
  const widths = cellWidths(columns, row.cells);
  const lead = Math.max(...row.cells.map((c, i) => cellHeight(pdf, c, widths[i] ?? 0)));
  const lines = lineHeights(pdf, columns, row).reduce((a, b) => a + b, 0);
  return Math.max(lead, lines);
}

function drawCell(pdf: Pdf, cell: Cell, x: number, y: number, w: number, h: number, fill?: string): void {
  if (fill) pdf.rect(x, y, w, h).fill(fill);
  pdf.lineWidth(0.5).rect(x, y, w, h).stroke('#000');
  pdf.fillColor('#000');
  setFont(pdf, cell.bold);
  // An explicit height stops pdfkit from flowing overlong text onto a page of its own.
  const box = { width: w - 2 * PAD, height: h - 2 * PAD + 1, align: cell.align ?? 'left' };
  pdf.text(cell.text, x + PAD, y + PAD, box);
  setFont(pdf);
  for (const b of cell.bullets ?? []) {
    const top = pdf.y;
    pdf.text('\u2022', x + PAD, top, { lineBreak: false });
    pdf.text(b, x + PAD + BULLET_INDENT, top, { width: w - 2 * PAD - BULLET_INDENT, height: y + h - top });
  }
}

function drawRow(pdf: Pdf, columns: number[], row: Row, y: number): number {
  const h = rowHeight(pdf, columns, row);
  const heights = lineHeights(pdf, columns, row);
  // The last indicator line stretches so the lines end flush with the lead cells.
  const lastIndex = heights.length - 1;
  if (lastIndex >= 0) heights[lastIndex] = h - heights.slice(0, -1).reduce((a, b) => a + b, 0);
  let x = MARGIN;
  cellWidths(columns, row.cells).forEach((w, i) => {
    drawCell(pdf, row.cells[i] as Cell, x, y, w, h, row.fill);
    x += w;
  });
  const from = row.cells.reduce((n, c) => n + (c.span ?? 1), 0);
  let lineY = y;
  (row.lines ?? []).forEach((line, li) => {
    let lx = x;
    cellWidths(columns, line, from).forEach((w, i) => {
      drawCell(pdf, line[i] as Cell, lx, lineY, w, heights[li] ?? 0, row.fill);
      lx += w;
    });
    lineY += heights[li] ?? 0;
  });
  return y + h;
}

function drawHeader(pdf: Pdf, table: Table): void {
  for (const row of table.header) pdf.y = drawRow(pdf, table.columns, row, pdf.y);
}

/** The first piece a row can be split down to: its lead cells and first line. */
function minHeight(pdf: Pdf, columns: number[], row: Row): number {
  return rowHeight(pdf, columns, row.lines ? { ...row, lines: row.lines.slice(0, 1) } : row);
}

function splitToFit(pdf: Pdf, columns: number[], row: Row, space: number): [Row, Row] | null {
  const lines = row.lines ?? [];
  for (let n = lines.length - 1; n >= 1; n--) {
    const head = { ...row, lines: lines.slice(0, n) };
    if (rowHeight(pdf, columns, head) <= space) return [head, { ...row, lines: lines.slice(n) }];
  }
  return null;
}

function drawTable(pdf: Pdf, table: Table, title?: string): void {
  const { columns, rows } = table;
  const headerHeight = table.header.reduce((h, row) => h + rowHeight(pdf, columns, row), 0);
  const room = bottom(pdf) - MARGIN - headerHeight;
  // A title or header stranded at the foot of a page, its rows on the next, reads as a layout error.
  const first = rows[0] ? minHeight(pdf, columns, rows[0]) : 0;
  const second = rows[0]?.keepWithNext && rows[1] ? minHeight(pdf, columns, rows[1]) : 0;
  if (pdf.y + (title ? 24 : 0) + headerHeight + first + second > bottom(pdf)) pdf.addPage();
  if (title) {
    pdf.font('Helvetica-Bold').fontSize(10);
    pdf.text(title, MARGIN, pdf.y + 8);
    pdf.y += 3;
  }
  drawHeader(pdf, table);
  let freshY = Number.NaN;
  const queue = [...rows];
  for (let row = queue.shift(); row; row = queue.shift()) {
    const next = row.keepWithNext ? queue[0] : undefined;
    const needed = rowHeight(pdf, columns, row) + (next ? minHeight(pdf, columns, next) : 0);
    if (pdf.y + needed > bottom(pdf)) {
      // A row taller than a whole page is split where it stands: moving it on would only leave a gap.
      const split = needed > room ? splitToFit(pdf, columns, row, bottom(pdf) - pdf.y) : null;
      if (split) {
        queue.unshift(split[1]);
        row = split[0];
      } else if (pdf.y !== freshY) {
        pdf.addPage();
        drawHeader(pdf, table);
        freshY = pdf.y;
        queue.unshift(row);
        continue;
      }
      // Otherwise nothing can help: the row is drawn clipped to the page.
    }
    pdf.y = drawRow(pdf, columns, row, pdf.y);
  }
  pdf.x = MARGIN;
}

function drawSignatures(pdf: Pdf, doc: SkpDocument, labels: SkpPdfLabels, options: SkpPdfOptions): void {
  if (pdf.y + 130 > bottom(pdf)) pdf.addPage();
  const top = pdf.y + 20;
  const width = 260;
  const centered = { width, align: 'center' as const };
  // The blank first line keeps both roles on one baseline; only the penilai dates the form.
  const sides = [
    { x: MARGIN, heading: ` \n${labels.employee}`, person: doc.employee },
    {
      x: MARGIN + contentWidth(pdf) - width,
      heading: `${options.placeAndDate}\n${labels.pejabatPenilai}`,
      person: doc.pejabatPenilai,
    },
  ];
  for (const { x, heading, person } of sides) {
    pdf.font('Helvetica').fontSize(9).fillColor('#000').text(heading, x, top, centered);
    pdf.font('Helvetica-Bold').text(person?.name ?? NO_TEXT, x, top + 80, { ...centered, underline: true });
    pdf.font('Helvetica').text(`${nipLabel(person, labels)} ${nipText(person)}`, centered);
  }
}

function decoratePages(pdf: Pdf, doc: SkpDocument, labels: SkpPdfLabels, options: SkpPdfOptions): void {
  const { start, count } = pdf.bufferedPageRange();
  const identity = `${labels.title} ${doc.year} - ${doc.employee.name} - ${labels.printedOn} ${options.printedOn}`;
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing into the bottom margin would otherwise make pdfkit open yet another page.
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - MARGIN + 12;
    pdf.font('Helvetica').fontSize(7).fillColor('#555').text(identity, MARGIN, y, { lineBreak: false });
    const pageNo = `${i - start + 1} / ${count}`;
    pdf.text(pageNo, MARGIN + contentWidth(pdf) - pdf.widthOfString(pageNo), y, { lineBreak: false });
    if (doc.status !== 'approved') {
      const right = MARGIN + contentWidth(pdf) - pdf.widthOfString(pageNo) - 24;
      pdf.font('Helvetica-Bold').fillColor('#b00000');
      pdf.text(labels.notApproved, right - pdf.widthOfString(labels.notApproved), y, { lineBreak: false });
    }
    pdf.page.margins.bottom = MARGIN;
  }
}

/** Drawn first on every page so that the content stays crisp on top of it. */
function watermark(pdf: Pdf, text: string): void {
  const { x, y } = pdf;
  const { width, height } = pdf.page;
  pdf.save();
  pdf.rotate(-25, { origin: [width / 2, height / 2] });
  pdf.font('Helvetica-Bold').fontSize(72).fillColor('#c00000').opacity(0.1);
  pdf.text(text, (width - pdf.widthOfString(text)) / 2, height / 2 - 30, { lineBreak: false });
  pdf.restore();
  pdf.opacity(1).fillColor('#000');
  pdf.x = x;
  pdf.y = y;
}
