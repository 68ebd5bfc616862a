import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { periodLabel } from '@/lib/calendar/labels';
import { SIASN_COLUMNS, type SiasnSource, siasnRow } from '@/lib/domain/siasn';
import type { UnitRow } from './agency';
import type { PredikatRow } from './predikat';
import type { TeamRow } from './team';

/** A dashboard table as plain cells: what the CSV and XLSX downloads hold. */
export type ExportTable = { name: string; columns: string[]; rows: (string | number | null)[][] };
type T = (key: string, values?: Record<string, string | number>) => string;

export function unitTable(units: UnitRow[], t: T): ExportTable {
  return {
    name: t('dashboard.units.title'),
    columns: [
      t('dashboard.col.unit'),
      t('dashboard.col.headcount'),
      t('dashboard.col.skpApproved'),
      t('dashboard.col.reported'),
      t('dashboard.col.validated'),
      t('dashboard.col.delay'),
      t('dashboard.col.realisation'),
    ],
    rows: units.map((u) => [
      u.own ? t('dashboard.units.own', { unit: u.name }) : u.name,
      u.headcount,
      u.skpApproved,
      u.reported,
      u.compliance,
      u.medianDelay,
      u.realisation,
    ]),
  };
}

export function employeeTable(rows: TeamRow[], t: T, name: string): ExportTable {
  return {
    name,
    columns: [
      t('dashboard.col.name'),
      t('dashboard.col.position'),
      t('dashboard.col.unit'),
      t('dashboard.col.supervisor'),
      t('dashboard.col.relation'),
      t('dashboard.col.skp'),
      t('dashboard.col.reported'),
      t('dashboard.col.validated'),
      t('dashboard.col.minutes'),
      t('dashboard.col.pending'),
      t('dashboard.col.realisation'),
      t('dashboard.col.rhk'),
      t('dashboard.col.lastReport'),
      t('dashboard.col.predikat'),
      t('dashboard.col.feedback'),
      t('dashboard.col.alerts'),
    ],
    rows: rows.map((r) => [
      r.name,
      r.position,
      r.unit,
      r.supervisor?.name ?? null,
      r.relation ? t(`supervisionKind.${r.relation}`) : null,
      r.skp ? t(`skp.status.${r.skp.status}`) : t('skp.team.noSkp'),
      r.reported,
      r.compliance,
      r.minutesPerDay,
      r.pending,
      r.realisation,
      r.rhk.map((p) => `${p.text}: ${p.percent ?? '–'}`).join(' | '),
      r.lastReportDate,
      r.latestPredikat
        ? `${t(`predikat.${r.latestPredikat.predikat}`)} (${periodLabel(t, r.latestPredikat.period)})`
        : null,
      r.feedback
        ? r.feedback.roundStatus === 'closed'
          ? t('dashboard.feedback.closed')
          : t('dashboard.feedback.open', { deadline: r.feedback.deadline })
        : null,
      r.alerts.map((a) => t(`dashboard.alert.${a}`)).join(', '),
    ]),
  };
}

export function predikatTable(rows: PredikatRow[], t: T, period: string): ExportTable {
  const predikat = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
  return {
    name: t('dashboard.predikat.tableCaption'),
    columns: [
      t('dashboard.predikat.period'),
      t('dashboard.col.unit'),
      t('dashboard.predikat.given'),
      ...predikat.map((p) => t(`predikat.${p}`)),
      t('dashboard.predikat.orgColumn'),
      t('dashboard.predikat.warnings'),
    ],
    rows: rows.map((r) => [
      period,
      r.own ? t('dashboard.units.own', { unit: r.name }) : r.name,
      r.total,
      ...predikat.map((p) => r.counts[p]),
      r.org ? t(`dashboard.predikat.org.${r.org.predikat}`) : null,
      r.warnings.length,
    ]),
  };
}

/** SKP results for SIASN: its field names as headers (the same in every language), one row per employee. */
export function siasnTable(rows: SiasnSource[], t: T): ExportTable {
  return {
    name: t('siasnExport.sheet'),
    columns: [...SIASN_COLUMNS],
    rows: rows.map((r) => {
      const row = siasnRow(r);
      row.statusPenilaian = t(`appraisal.status.${r.status}`);
      return SIASN_COLUMNS.map((c) => row[c]);
    }),
  };
}

// Spreadsheet programs run cells starting with these as formulas: prefix them so they stay text.
const FORMULA = /^[=+\-@\t\r]/;
function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = FORMULA.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV (UTF-8 with BOM so spreadsheet programs read the accents), produced row block by row block. */
export function csvStream(table: ExportTable): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = -1;
  return new ReadableStream({
    pull(controller) {
      if (i === -1) {
        controller.enqueue(encoder.encode(`\uFEFF${table.columns.map(csvCell).join(',')}\r\n`));
        i = 0;
        return;
      }
      if (i >= table.rows.length) {
        controller.close();
        return;
      }
      const block = table.rows.slice(i, i + 500);
      i += block.length;
      controller.enqueue(encoder.encode(block.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('')));
    },
  });
}

/** XLSX through exceljs's streaming writer: rows are committed as they are written, not held. */
export function xlsxStream(table: ExportTable): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = book.addWorksheet(table.name.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  void (async () => {
    try {
      const header = sheet.addRow(table.columns);
      header.font = { bold: true };
      header.commit();
      for (const r of table.rows) sheet.addRow(r.map((c) => c ?? '')).commit();
      sheet.commit();
      await book.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

export function downloadResponse(table: ExportTable, format: 'csv' | 'xlsx', fileBase: string): Response {
  const csv = format === 'csv';
  return new Response(csv ? csvStream(table) : xlsxStream(table), {
    headers: {
      'Content-Type': csv
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${fileBase}.${format}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
