/**
 * Filing a daily report the way a browser without JavaScript does: the fields React renders into the
 * /reports/new form for progressive enhancement ($ACTION_REF_n, $ACTION_n:0, $ACTION_n:1, $ACTION_KEY)
 * are read from the page once, and every request posts them with the visible fields as multipart/form-data.
 */
import { randomUUID } from 'node:crypto';

type Input = { name: string; type: string; value: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_:$][-\w:.$]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = m[1];
    if (name) out[name.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

export type ReportForm = {
  /** The form's action attribute ('' posts back to the page itself). */
  action: string;
  method: string;
  enctype: string;
  /** Every named input of the form, in document order (hidden React fields included). */
  inputs: Input[];
  /** The names of the fields React added for progressive enhancement. */
  actionFields: string[];
};

/** Reads the report form (the one holding `idempotencyKey`, or the `field` named) out of a page. */
export function parseReportForm(html: string, field = 'idempotencyKey'): ReportForm {
  const forms = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(`name="${field}"`));
  if (!form)
    throw new Error(`the page holds no form with a field ${field} (for reports: is the SKP approved?)`);
  const open = attributes((form.match(/^<form\b([^>]*)>/) ?? ['', ''])[1] ?? '');
  const inputs: Input[] = [];
  for (const m of form.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
    const attrs = attributes(m[2] ?? '');
    if (!attrs.name) continue;
    const type = m[1] === 'input' ? (attrs.type ?? 'text') : (m[1] ?? 'text');
    let value = attrs.value ?? '';
    if (m[1] === 'select') {
      // The selected option, else the first (what a browser submits).
      const body = form.slice((m.index ?? 0) + m[0].length).split('</select>')[0] ?? '';
      const options = [...body.matchAll(/<option\b([^>]*)>/g)].map((o) => attributes(o[1] ?? ''));
      value = (options.find((o) => 'selected' in o) ?? options[0])?.value ?? '';
    }
    if (m[1] === 'textarea') {
      const body = form.slice((m.index ?? 0) + m[0].length).split('</textarea>')[0] ?? '';
      value = decodeEntities(body);
    }
    inputs.push({ name: attrs.name, type, value });
  }
  return {
    action: open.action ?? '',
    method: (open.method ?? 'get').toUpperCase(),
    enctype: open.enctype ?? 'application/x-www-form-urlencoded',
    inputs,
    actionFields: inputs.filter((i) => i.name.startsWith('$ACTION')).map((i) => i.name),
  };
}

/** A multipart/form-data body as browsers send it; file fields are sent empty (no file chosen). */
export function multipart(fields: readonly Input[], boundary: string): string {
  const parts: string[] = [];
  for (const f of fields) {
    if (f.type === 'file') {
      parts.push(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename=""\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n\r\n',
      );
    } else {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"\r\n\r\n${f.value}\r\n`);
    }
  }
  return `${parts.join('')}--${boundary}--\r\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * Five-minute slots outside office hours (the seed fills 07:30–16:00 on working days), so bench reports
 * never overlap a seeded one: 00:00–07:30 and 16:00–23:55.
 */
export const SLOTS: readonly { start: string; end: string }[] = (() => {
  const out: { start: string; end: string }[] = [];
  for (let m = 0; m + 5 <= 450; m += 5) out.push({ start: hhmm(m), end: hhmm(m + 5) });
  for (let m = 960; m + 5 <= 1435; m += 5) out.push({ start: hhmm(m), end: hhmm(m + 5) });
  return out;
})();

/** Dates a report may carry today: today and up to `backdate` days back, within the same (open) year. */
export function allowedDates(today: string, backdate: number): string[] {
  const out: string[] = [];
  for (let i = 0; i <= backdate; i++) {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - i);
    const iso = d.toISOString().slice(0, 10);
    if (iso.slice(0, 4) === today.slice(0, 4)) out.push(iso);
  }
  return out;
}

/** Activity texts of bench reports start with this, so a reused database can drop them before a new run. */
export const BENCH_ACTIVITY = 'Uji beban kinerja: laporan harian nomor';

export type Filing = {
  employee: number;
  key: string;
  date: string;
  start: string;
  end: string;
  body: string;
};

/**
 * The n-th filing of the run: employees rotate per request, and each (employee, date, slot) is used once,
 * so no two filings overlap. Capacity: employees × dates × slots.
 */
export function filing(
  n: number,
  form: ReportForm,
  submitters: readonly { id: number; indicatorId: number; unit: string }[],
  dates: readonly string[],
  boundary: string,
): Filing {
  const who = submitters[n % submitters.length];
  const round = Math.floor(n / submitters.length);
  const date = dates[round % dates.length];
  const slot = SLOTS[Math.floor(round / dates.length)];
  if (!who || !date || !slot) throw new Error(`filing ${n} is past the bench's slot capacity`);
  const key = randomUUID();
  const values: Record<string, string> = {
    idempotencyKey: key,
    reportId: '',
    version: '',
    reportDate: date,
    startTime: slot.start,
    endTime: slot.end,
    indicatorId: String(who.indicatorId),
    activity: `${BENCH_ACTIVITY} ${n + 1}: menyusun rekap kegiatan harian`,
    quantity: '1',
    unit: who.unit,
    evidenceLink: '',
  };
  const fields = form.inputs.map((i) => (i.name in values ? { ...i, value: values[i.name] ?? '' } : i));
  // The dates include weekends and holidays: the box the form shows after asking about one is ticked up front.
  fields.push({ name: 'confirmNonWorkingDay', type: 'checkbox', value: '1' });
  return { employee: who.id, key, date, start: slot.start, end: slot.end, body: multipart(fields, boundary) };
}

export function slotCapacity(submitters: number, dates: number): number {
  return submitters * dates * SLOTS.length;
}
