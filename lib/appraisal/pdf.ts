import type { Predikat } from '@/lib/domain/appraisal';
import type { BerakhlakValue } from '@/lib/domain/berakhlak';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import type { Rating } from '@/lib/domain/ratings';
import { formatTarget } from '@/lib/domain/skp';
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
  type Table,
} from '@/lib/pdf/layout';
import { nipLabel, nipText, type PersonLabels, personRows } from '@/lib/skp/pdf';
import type { SkpPerson } from '@/lib/skp/types';
import type { AppraisalDocument } from './types';

/** Every fixed text of the Dokumen Evaluasi Kinerja Pegawai, from the catalogues in the viewer's language. */
export type AppraisalPdfLabels = PersonLabels & {
  title: string;
  period: string;
  periodName: string;
  status: string;
  employee: string;
  evaluator: string;
  atasan: string;
  no: string;
  results: string;
  rhk: string;
  indicator: string;
  target: string;
  realisation: string;
  feedback: string;
  behaviour: string;
  value: string;
  ratingHasil: string;
  ratingPerilaku: string;
  predikat: string;
  ratings: Record<Rating, string>;
  predikats: Record<Predikat, string>;
  values: Record<BerakhlakValue, string>;
  dates: string[];
  printedOn: string;
  decimalSeparator: string;
  /** Continuous feedback in the period, as printed lines: notes per RHK id and per value go into the
   * Umpan Balik column; notes on an RHK no longer in the SKP, the dialogs and the summary follow the tables. */
  coaching: {
    byRhk: Record<number, string[]>;
    byValue: Partial<Record<BerakhlakValue, string[]>>;
    otherRhk: string[];
    dialogs: string[];
    summary: string;
  };
};

export type AppraisalPdfOptions = { printedOn: string; placeAndDate: string };

export async function renderAppraisalPdf(
  doc: AppraisalDocument,
  labels: AppraisalPdfLabels,
  options: AppraisalPdfOptions,
): Promise<Buffer> {
  const pdf = newDocument('landscape', {
    Title: `${labels.title} - ${labels.periodName} - ${doc.employee.name}`,
    Author: doc.agencyName,
  });
  const done = collect(pdf);
  heading(pdf, doc, labels);
  drawTable(pdf, identityTable(doc, labels, contentWidth(pdf)));
  drawTable(pdf, resultsTable(doc, labels), labels.results);
  drawTable(pdf, behaviourTable(doc, labels), labels.behaviour);
  drawTable(pdf, ratingTable(doc, labels));
  pdf.font('Helvetica').fontSize(8).fillColor('#000');
  const c = labels.coaching;
  for (const line of [c.summary, ...c.otherRhk, ...c.dialogs])
    pdf.text(line, MARGIN, pdf.y + 4, { width: contentWidth(pdf) });
  for (const line of labels.dates) pdf.text(line, MARGIN, pdf.y + 4, { width: contentWidth(pdf) });
  const signer = (heading: string, person: SkpPerson | null) => ({
    heading,
    name: person?.name ?? NO_TEXT,
    idLine: `${nipLabel(person, labels)} ${nipText(person)}`,
  });
  drawSignatures(pdf, [
    signer(` \n${labels.employee}`, doc.employee),
    signer(`${options.placeAndDate}\n${labels.evaluator}`, doc.evaluator),
    signer(` \n${labels.atasan}`, doc.atasan),
  ]);
  decoratePages(
    pdf,
    `${labels.title} - ${labels.periodName} - ${doc.employee.name} - ${labels.printedOn} ${options.printedOn}`,
  );
  pdf.end();
  return done;
}

function heading(pdf: Pdf, doc: AppraisalDocument, labels: AppraisalPdfLabels) {
  const width = contentWidth(pdf);
  pdf
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(doc.agencyName.toUpperCase(), MARGIN, MARGIN, { width, align: 'center' });
  pdf.fontSize(13).text(labels.title, { width, align: 'center' });
  pdf.font('Helvetica').fontSize(9);
  pdf.text(`${labels.period}: ${labels.periodName}`, { width, align: 'center' });
  pdf.text(labels.status, { width, align: 'center' });
  pdf.moveDown(0.6);
}

function identityTable(doc: AppraisalDocument, labels: AppraisalPdfLabels, width: number): Table {
  const no = 18;
  const label = 62;
  const value = width / 3 - no - label;
  const people = [doc.employee, doc.evaluator, doc.atasan].map((p) => personRows(p, labels));
  const head = (text: string): Cell[] => [
    { text: labels.no, bold: true },
    { text, bold: true, span: 2 },
  ];
  return {
    columns: [no, label, value, no, label, value, no, label, value],
    header: [
      {
        cells: [...head(labels.employee), ...head(labels.evaluator), ...head(labels.atasan)],
        fill: HEADER_FILL,
      },
    ],
    rows: (people[0] ?? []).map((_, i) => ({
      cells: people.flatMap((rows) => [
        { text: String(i + 1), align: 'center' as const },
        { text: rows[i]?.[0] ?? '' },
        { text: rows[i]?.[1] ?? '' },
      ]),
    })),
  };
}

function resultsTable(doc: AppraisalDocument, labels: AppraisalPdfLabels): Table {
  const n = (x: number) => formatTarget(String(x), labels.decimalSeparator);
  const headers = [
    labels.no,
    labels.rhk,
    labels.indicator,
    labels.target,
    labels.realisation,
    labels.feedback,
  ];
  return {
    columns: [24, 190, 190, 80, 90, 196],
    header: [
      { cells: headers.map((text) => ({ text, bold: true, align: 'center' as const })), fill: HEADER_FILL },
    ],
    rows: doc.rhks.map((rhk, k) => ({
      cells: [{ text: String(k + 1), align: 'center' as const }, { text: rhk.text }],
      lines: rhk.items.map((i, line) => [
        { text: i.text },
        { text: `${n(i.periodTarget)} ${i.targetUnit}` },
        {
          text: `${i.override === null && i.computed === null ? NO_TEXT : `${n(i.override ?? i.computed ?? 0)} ${i.targetUnit}`}${i.achievementPct !== null ? ` (${n(i.achievementPct)} %)` : ''}`,
        },
        // The RHK's feedback notes follow the appraiser's word on its first indicator.
        { text: withNotes(i.feedback, line === 0 ? labels.coaching.byRhk[rhk.id] : undefined) },
      ]),
    })),
  };
}

function behaviourTable(doc: AppraisalDocument, labels: AppraisalPdfLabels): Table {
  const feedback = new Map(doc.behaviours.map((b) => [b.value, b.feedback]));
  return {
    columns: [24, 260, 486],
    header: [
      {
        cells: [labels.no, labels.value, labels.feedback].map((text) => ({
          text,
          bold: true,
          align: 'center' as const,
        })),
        fill: HEADER_FILL,
      },
    ],
    rows: BERAKHLAK.map((v, i) => ({
      cells: [
        { text: String(i + 1), align: 'center' as const },
        { text: labels.values[v], bold: true },
        { text: withNotes(feedback.get(v) ?? null, labels.coaching.byValue[v]) },
      ],
    })),
  };
}

function withNotes(feedback: string | null, notes: string[] | undefined): string {
  const lines = [feedback, ...(notes ?? [])].filter((x): x is string => !!x);
  return lines.length > 0 ? lines.join('\n') : NO_TEXT;
}

function ratingTable(doc: AppraisalDocument, labels: AppraisalPdfLabels): Table {
  const r = (x: Rating | null) => (x ? labels.ratings[x] : NO_TEXT);
  return {
    columns: [257, 257, 256],
    header: [
      {
        cells: [labels.ratingHasil, labels.ratingPerilaku, labels.predikat].map((text) => ({
          text,
          bold: true,
          align: 'center' as const,
        })),
        fill: HEADER_FILL,
      },
    ],
    rows: [
      {
        cells: [
          { text: r(doc.ratingHasil), align: 'center' },
          { text: r(doc.ratingPerilaku), align: 'center' },
          {
            text: doc.predikat ? labels.predikats[doc.predikat].toUpperCase() : NO_TEXT,
            bold: true,
            align: 'center',
          },
        ],
      },
    ],
  };
}
