import PDFDocument from 'pdfkit';

/**
 * Table layout for the official A4 documents (SKP, Dokumen Evaluasi Kinerja): cells with spans and bullets,
 * rows whose lead cells span several indicator lines, headers repeated on every page, rows split only when
 * taller than a page, and the page footer and watermark.
 */
export type Pdf = PDFKit.PDFDocument;
export type Cell = {
  text: string;
  bold?: boolean;
  span?: number;
  align?: 'left' | 'center';
  bullets?: string[];
};
/** Lead cells span the height of all `lines`, which fill the remaining columns one under another. */
export type Row = { cells: Cell[]; lines?: Cell[][]; fill?: string; keepWithNext?: boolean };
export type Table = { columns: number[]; header: Row[]; rows: Row[] };

export const MARGIN = 36;
const PAD = 3;
const FONT_SIZE = 8;
const BULLET_INDENT = 8;
export const HEADER_FILL = '#e6e6e6';
export const NO_TEXT = '-';

export function newDocument(layout: 'portrait' | 'landscape', info: { Title: string; Author: string }): Pdf {
  return new PDFDocument({ size: 'A4', layout, margin: MARGIN, bufferPages: true, info });
}

export function collect(pdf: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

export const contentWidth = (pdf: Pdf): number => pdf.page.width - 2 * MARGIN;
export const bottom = (pdf: Pdf): number => pdf.page.height - MARGIN;

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

export function drawTable(pdf: Pdf, table: Table, title?: string): void {
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

/** Footer on every page: what the document is, and "page / pages"; an optional warning in red. */
export function decoratePages(pdf: Pdf, identity: string, warning?: string): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing into the bottom margin would otherwise make pdfkit open yet another page.
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - MARGIN + 12;
    pdf.font('Helvetica').fontSize(7).fillColor('#555').text(identity, MARGIN, y, { lineBreak: false });
    const pageNo = `${i - start + 1} / ${count}`;
    pdf.text(pageNo, MARGIN + contentWidth(pdf) - pdf.widthOfString(pageNo), y, { lineBreak: false });
    if (warning) {
      const right = MARGIN + contentWidth(pdf) - pdf.widthOfString(pageNo) - 24;
      pdf.font('Helvetica-Bold').fillColor('#b00000');
      pdf.text(warning, right - pdf.widthOfString(warning), y, { lineBreak: false });
    }
    pdf.page.margins.bottom = MARGIN;
  }
}

export type Signer = { heading: string; name: string; idLine: string };

/** Signature blocks side by side across the page, names underlined on one baseline. */
export function drawSignatures(pdf: Pdf, signers: Signer[], width = 240): void {
  if (pdf.y + 130 > bottom(pdf)) pdf.addPage();
  const top = pdf.y + 20;
  const centered = { width, align: 'center' as const };
  const gap = signers.length > 1 ? (contentWidth(pdf) - width * signers.length) / (signers.length - 1) : 0;
  signers.forEach((s, i) => {
    const x = MARGIN + i * (width + gap);
    pdf.font('Helvetica').fontSize(9).fillColor('#000').text(s.heading, x, top, centered);
    pdf.font('Helvetica-Bold').text(s.name, x, top + 80, { ...centered, underline: true });
    pdf.font('Helvetica').text(s.idLine, centered);
  });
}

/** Drawn first on every page so that the content stays crisp on top of it. */
export function watermark(pdf: Pdf, text: string): void {
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
