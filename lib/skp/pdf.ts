import { BERAKHLAK, type BerakhlakValue } from '@/lib/domain/berakhlak';
import { formatNip } from '@/lib/domain/nip';
import { rankText } from '@/lib/domain/pangkat';
import { type Approach, type Aspek, formatTarget, type SkpStatus } from '@/lib/domain/skp';
import {
  type Cell,
  collect,
  contentWidth,
  decoratePages,
  drawSignatures,
  drawTable,
  HEADER_FILL,
  MARGIN,
  NO_TEXT,
  newDocument,
  type Pdf,
  type Row,
  type Table,
  watermark,
} from '@/lib/pdf/layout';
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
  /** The rank label for PPPK, who hold a golongan (I–XVII) instead of a pangkat. */
  golonganPppk: string;
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

export async function renderSkpPdf(
  doc: SkpDocument,
  labels: SkpPdfLabels,
  options: SkpPdfOptions,
): Promise<Buffer> {
  const pdf = newDocument('landscape', {
    Title: `${labels.title} ${doc.year} - ${doc.employee.name}`,
    Author: doc.agencyName,
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
  signatures(pdf, doc, labels, options);
  decoratePages(
    pdf,
    `${labels.title} ${doc.year} - ${doc.employee.name} - ${labels.printedOn} ${options.printedOn}`,
    doc.status === 'approved' ? undefined : labels.notApproved,
  );
  pdf.end();
  return done;
}

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

/** The labels of a person block, shared with other official documents. */
export type PersonLabels = Pick<
  SkpPdfLabels,
  'name' | 'nip' | 'niPppk' | 'pangkat' | 'golonganPppk' | 'jabatan' | 'unit'
>;

export const nipLabel = (person: SkpPerson | null, labels: PersonLabels): string =>
  person?.employeeKind === 'PPPK' ? labels.niPppk : labels.nip;
export const nipText = (person: SkpPerson | null): string =>
  person ? formatNip(person.nip, person.employeeKind) : NO_TEXT;

export function personRows(person: SkpPerson | null, labels: PersonLabels): [string, string][] {
  return [
    [labels.name, person?.name ?? NO_TEXT],
    [nipLabel(person, labels), nipText(person)],
    [
      person?.employeeKind === 'PPPK' ? labels.golonganPppk : labels.pangkat,
      person ? (rankText(person) ?? NO_TEXT) : NO_TEXT,
    ],
    [labels.jabatan, person?.position || NO_TEXT],
    [labels.unit, person?.unit || NO_TEXT],
  ];
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

function signatures(pdf: Pdf, doc: SkpDocument, labels: SkpPdfLabels, options: SkpPdfOptions): void {
  // The blank first line keeps both roles on one baseline; only the penilai dates the form.
  drawSignatures(
    pdf,
    [
      { heading: ` \n${labels.employee}`, person: doc.employee },
      { heading: `${options.placeAndDate}\n${labels.pejabatPenilai}`, person: doc.pejabatPenilai },
    ].map(({ heading, person }) => ({
      heading,
      name: person?.name ?? NO_TEXT,
      idLine: `${nipLabel(person, labels)} ${nipText(person)}`,
    })),
    260,
  );
}
