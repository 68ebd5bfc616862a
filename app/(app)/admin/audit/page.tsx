import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { searchAuditLog } from '@/lib/admin/audit/queries';
import { type AuditFilter, auditFilterSchema } from '@/lib/admin/audit/schema';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auditLog'))('title') };
}

const FIELDS = [
  { name: 'person', type: 'text', inputMode: 'numeric' },
  { name: 'entity', type: 'text' },
  { name: 'entityId', type: 'text' },
  { name: 'action', type: 'text' },
  { name: 'from', type: 'date' },
  { name: 'to', type: 'date' },
] as const;

function pageHref(filter: AuditFilter, page: number) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, page }))
    if (v !== undefined && v !== '') params.set(k, String(v));
  return `/admin/audit?${params}`;
}

/** The audit trail for admins: a GET form (works without JavaScript), 50 entries a page, newest first. */
export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const viewer = await requireViewer();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const filter = auditFilterSchema.parse(raw);
  const result = await searchAuditLog(getDb(), viewer, filter);
  if (!result) notFound();
  const [t, f] = await Promise.all([getTranslations('auditLog'), getFormats()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      <form
        method="get"
        className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
        data-testid="audit-filter"
      >
        {FIELDS.map((field) => (
          <div key={field.name}>
            <label htmlFor={`audit-${field.name}`} className="block text-sm font-medium">
              {t(field.name)}
            </label>
            <input
              id={`audit-${field.name}`}
              name={field.name}
              type={field.type}
              inputMode={'inputMode' in field ? field.inputMode : undefined}
              defaultValue={filter[field.name] ?? ''}
              className="block w-full rounded border border-slate-400 px-3 py-2"
            />
          </div>
        ))}
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="btn btn-primary">
            {t('filter')}
          </button>
          <Link href="/admin/audit" className="text-emerald-800 underline">
            {t('reset')}
          </Link>
        </div>
      </form>
      {result.unknownPerson && <p role="status">{t('unknownPerson')}</p>}
      {result.rows.length === 0 ? (
        <p role="status">{t('none')}</p>
      ) : (
        <TableScroll label={t('title')}>
          <table className="w-full border-collapse bg-white text-left text-sm" data-testid="audit-rows">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">
                  {t('at')}
                </th>
                <th scope="col" className="p-2">
                  {t('actor')}
                </th>
                <th scope="col" className="p-2">
                  {t('actionColumn')}
                </th>
                <th scope="col" className="p-2">
                  {t('record')}
                </th>
                <th scope="col" className="p-2">
                  {t('details')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 align-top">
                  <td className="whitespace-nowrap p-2">
                    {f.date(r.at.slice(0, 10), 'medium')} {r.at.slice(11)}
                  </td>
                  <td className="p-2">
                    {r.actorName ?? t('system')}
                    {r.actorNip && (
                      <span className="block font-mono text-xs text-slate-600">{r.actorNip}</span>
                    )}
                  </td>
                  <td className="p-2 font-mono">{r.action}</td>
                  <td className="p-2 font-mono">
                    {r.entity} #{r.entityId}
                  </td>
                  <td className="max-w-md break-all p-2 text-xs">
                    {/* The record as stored (raw data, ISO dates and all), not prose. */}
                    <code>{r.details}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <nav className="flex gap-4" aria-label={t('page', { page: result.page })}>
        {result.page > 1 && (
          <Link href={pageHref(filter, result.page - 1)} className="text-emerald-800 underline">
            {t('newer')}
          </Link>
        )}
        <span>{t('page', { page: result.page })}</span>
        {result.hasMore && (
          <Link href={pageHref(filter, result.page + 1)} className="text-emerald-800 underline">
            {t('older')}
          </Link>
        )}
      </nav>
    </div>
  );
}
