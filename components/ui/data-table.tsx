import type { ReactNode } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import { getTranslations } from '@/lib/i18n/server';

/**
 * The one table of the app's lists and dashboards: a server component with sort links on allowlisted
 * columns, page links and CSV/XLSX downloads carrying the same filters. Plain links: no JavaScript.
 */
export type Column<R> = {
  key: string;
  label: string;
  /** The sort key sent in the URL (checked against the query's allowlist); absent = not sortable. */
  sortKey?: string;
  numeric?: boolean;
  cell: (row: R) => ReactNode;
};

type Props<R> = {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  pathname: string;
  /** The page's current filters; every link keeps them. */
  params: Record<string, string>;
  sort?: { key: string; dir: 'asc' | 'desc'; param?: string; dirParam?: string };
  page?: { number: number; size: number; total: number; param?: string };
  /** Export route; the links add format=csv|xlsx to the same filters. */
  exportHref?: string;
  exportParams?: Record<string, string>;
  empty?: string;
  testId?: string;
};

const href = (path: string, params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  ).toString();
  return q ? `${path}?${q}` : path;
};

export async function DataTable<R>(props: Props<R>) {
  const t = await getTranslations('dashboard.table');
  const { sort, page, params } = props;
  const sortParam = sort?.param ?? 'sort';
  const dirParam = sort?.dirParam ?? 'dir';
  const pageParam = page?.param ?? 'page';
  const pages = page ? Math.max(1, Math.ceil(page.total / page.size)) : 1;
  const withParams = (extra: Record<string, string | undefined>) =>
    href(props.pathname, { ...params, ...extra });
  return (
    <div className="space-y-2">
      {props.exportHref && (
        <p className="flex flex-wrap gap-3 text-sm">
          <span className="text-slate-600">{t('download')}</span>
          {(['csv', 'xlsx'] as const).map((format) => (
            <a
              key={format}
              className="text-emerald-800 underline"
              href={href(props.exportHref as string, { ...(props.exportParams ?? params), format })}
              download
            >
              {t(format)}
            </a>
          ))}
        </p>
      )}
      <TableScroll label={props.caption}>
        <table
          className="data-table w-full border-collapse bg-white text-left text-sm"
          data-testid={props.testId}
        >
          <caption className="sr-only">{props.caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              {props.columns.map((c) => {
                const active = sort && c.sortKey === sort.key;
                const next = active && sort.dir === 'asc' ? 'desc' : undefined;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={`p-2 align-bottom ${c.numeric ? 'text-right' : ''}`}
                    aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {c.sortKey ? (
                      <a
                        className="underline decoration-slate-400 hover:decoration-slate-800"
                        href={withParams({
                          [sortParam]: c.sortKey,
                          [dirParam]: next,
                          [pageParam]: undefined,
                        })}
                      >
                        {c.label}
                        {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                        <span className="sr-only"> {t(next === 'desc' ? 'sortDesc' : 'sortAsc')}</span>
                      </a>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {props.rows.length === 0 ? (
              <tr>
                <td className="p-2 text-slate-600" colSpan={props.columns.length}>
                  {props.empty ?? t('empty')}
                </td>
              </tr>
            ) : (
              props.rows.map((row) => (
                // Row and cell styles are in globals.css (.data-table): hundreds of cells, one rule each.
                <tr key={props.rowKey(row)}>
                  {props.columns.map((c) => (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableScroll>
      {page && pages > 1 && (
        <nav aria-label={t('pages')} className="flex flex-wrap items-center gap-3 text-sm">
          {page.number > 1 && (
            <a
              className="text-emerald-800 underline"
              href={withParams({ [pageParam]: String(page.number - 1) })}
            >
              {t('previous')}
            </a>
          )}
          <span>{t('pageOf', { page: page.number, pages, total: page.total })}</span>
          {page.number < pages && (
            <a
              className="text-emerald-800 underline"
              href={withParams({ [pageParam]: String(page.number + 1) })}
            >
              {t('next')}
            </a>
          )}
        </nav>
      )}
    </div>
  );
}
