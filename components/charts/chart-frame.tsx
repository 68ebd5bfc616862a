import type { ReactNode } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import { getTranslations } from '@/lib/i18n/server';

/** A chart with its title, the SVG (an image with a text label) and the same numbers as a table. */
export async function ChartFrame({
  id,
  title,
  summary,
  children,
  headers,
  rows,
}: {
  id: string;
  title: string;
  /** One sentence saying what the chart shows: the SVG's accessible description. */
  summary: string;
  children: ReactNode;
  headers: string[];
  rows: (string | number)[][];
}) {
  const t = await getTranslations('dashboard.chart');
  return (
    <figure className="space-y-2 rounded-lg border border-slate-300 bg-white p-4" data-testid={`chart-${id}`}>
      <figcaption className="font-semibold" id={`${id}-title`}>
        {title}
      </figcaption>
      <p className="text-sm text-slate-600" id={`${id}-desc`}>
        {summary}
      </p>
      {children}
      <details>
        <summary className="cursor-pointer text-sm text-emerald-800 underline">{t('asTable')}</summary>
        <TableScroll label={title}>
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="bg-slate-100">
              <tr>
                {headers.map((h) => (
                  <th key={h} scope="col" className="p-1">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={String(r[0])} className="border-b border-slate-200">
                  {r.map((c, i) =>
                    i === 0 ? (
                      <th key={`${r[0]}-h`} scope="row" className="p-1 font-normal">
                        {c}
                      </th>
                    ) : (
                      <td key={`${r[0]}-${headers[i]}`} className="p-1 tabular-nums">
                        {c}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
