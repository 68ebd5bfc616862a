import type { ReactNode } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ImportReport } from '@/lib/admin/import/types';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

/** At most this many rows per table on the page; the counts above always cover every row. */
const SHOWN = 200;

function Table({
  label,
  head,
  rows,
  testId,
}: {
  label: string;
  head: string[];
  rows: ReactNode[][];
  testId: string;
}) {
  return (
    <TableScroll label={label}>
      <table className="w-full min-w-[36rem] border-collapse bg-white text-left text-sm" data-testid={testId}>
        <thead className="bg-slate-100">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((cells, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed report, never reordered
            <tr key={i} className="border-b border-slate-200 align-top">
              {cells.map((c, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row
                <td key={j} className="p-2 break-words">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The dry run's findings: counts, every bad row, and what would change. */
export async function ImportReportView({ report }: { report: ImportReport }) {
  const [t, f] = await Promise.all([getTranslations('adminImport'), getFormats()]);
  const c = report.counts;
  const summary = [
    ['rows', c.rows],
    ['issues', c.issues],
    ['new', c.new],
    ['changed', c.changed],
    ['unchanged', c.unchanged],
    ['unitsNew', c.unitsNew],
    ['positionsNew', c.positionsNew],
    ['lineRows', c.lineRows],
    ['linesNew', c.linesNew],
    ['linesChanged', c.linesChanged],
    ['linesUnchanged', c.linesUnchanged],
    ['proposals', c.proposals],
    ['missing', c.missing],
  ] as const;
  const section = (key: string, count: number, table: ReactNode) =>
    count > 0 && (
      <section aria-labelledby={`report-${key}`} className="space-y-2">
        <h2 id={`report-${key}`} className="text-lg font-semibold">
          {t(`report.${key as 'issues'}`, { count })}
        </h2>
        {count > SHOWN && <p className="text-sm text-slate-700">{t('report.firstRows', { shown: SHOWN })}</p>}
        {table}
      </section>
    );
  const kind = (k: string) => t(`lineKinds.${k as 'definitive'}`);
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="import-counts">
        {summary.map(([key, n]) => (
          <div key={key} className="rounded border border-slate-300 bg-white p-2">
            <dt className="text-sm text-slate-700">{t(`counts.${key}`)}</dt>
            <dd className="text-xl font-semibold">{f.number(n)}</dd>
          </div>
        ))}
      </dl>
      {section(
        'issues',
        report.issues.length,
        <Table
          label={t('report.issues', { count: report.issues.length })}
          testId="import-issues"
          head={[t('cols.file'), t('cols.line'), t('cols.nip'), t('cols.problem')]}
          rows={report.issues.map((i) => [
            t(`files.${i.file}`),
            f.number(i.line),
            i.nip || '—',
            t(`issues.${i.code}`),
          ])}
        />,
      )}
      {section(
        'changes',
        report.changes.length,
        <Table
          label={t('report.changes', { count: report.changes.length })}
          testId="import-changes"
          head={[t('cols.line'), t('cols.nip'), t('cols.name'), t('cols.change')]}
          rows={report.changes.map((p) => [
            f.number(p.line),
            p.nip,
            p.name,
            p.status === 'new' ? t('change.new') : p.fields.map((x) => t(`fields.${x as 'name'}`)).join(', '),
          ])}
        />,
      )}
      {section(
        'lines',
        report.lines.length,
        <Table
          label={t('report.lines', { count: report.lines.length })}
          testId="import-lines"
          head={[
            t('cols.line'),
            t('cols.nip'),
            t('cols.supervisor'),
            t('cols.kind'),
            t('cols.from'),
            t('cols.change'),
          ]}
          rows={report.lines.map((l) => [
            f.number(l.line),
            l.nip,
            l.supervisorNip,
            kind(l.kind),
            f.date(l.from),
            t(`change.${l.status}`),
          ])}
        />,
      )}
      {section(
        'proposals',
        report.proposals.length,
        <Table
          label={t('report.proposals', { count: report.proposals.length })}
          testId="import-proposals"
          head={[t('cols.nip'), t('cols.name'), t('cols.supervisor')]}
          rows={report.proposals.map((p) => [p.nip, p.name, `${p.supervisorName} (${p.supervisorNip})`])}
        />,
      )}
      {section(
        'missing',
        report.missing.length,
        <Table
          label={t('report.missing', { count: report.missing.length })}
          testId="import-missing"
          head={[t('cols.nip'), t('cols.name')]}
          rows={report.missing.map((m) => [m.nip, m.name])}
        />,
      )}
    </div>
  );
}
