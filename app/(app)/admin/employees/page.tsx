import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { searchEmployees } from '@/lib/admin/org/employees/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { formatNip } from '@/lib/domain/nip';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminOrg'))('employees.title') };
}

/** Finds the agency's employees by NIP or name (admins only); a plain GET form, so it works without JS. */
export default async function AdminEmployeesPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>;
}) {
  const viewer = await requireViewer();
  const q = ((await searchParams).q ?? '').slice(0, 100);
  const rows = await searchEmployees(getDb(), viewer, q);
  if (!rows) notFound();
  const t = await getTranslations();
  return (
    <div className="max-w-4xl space-y-4">
      <Link href="/admin" className="text-sm text-emerald-800 underline">
        {t('adminOrg.back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('adminOrg.employees.title')}</h1>
      <p className="text-slate-700">{t('adminOrg.employees.intro')}</p>
      <div className="flex flex-wrap items-end gap-3">
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="q" className="block text-sm font-medium">
              {t('adminOrg.employees.search')}
            </label>
            <input
              id="q"
              name="q"
              defaultValue={q}
              maxLength={100}
              className="rounded border border-slate-400 px-3 py-2"
            />
          </div>
          <button type="submit" className="btn btn-secondary">
            {t('adminOrg.employees.searchSubmit')}
          </button>
        </form>
        <Link href="/admin/employees/new" className="btn btn-primary">
          {t('adminOrg.employees.new')}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p>{t('adminOrg.employees.none')}</p>
      ) : (
        <TableScroll label={t('adminOrg.employees.results')}>
          <table className="w-full border-collapse bg-white text-left text-sm" data-testid="admin-employees">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">
                  {t('adminOrg.employees.name')}
                </th>
                <th scope="col" className="p-2">
                  {t('adminOrg.employees.nip')}
                </th>
                <th scope="col" className="p-2">
                  {t('adminOrg.employees.position')}
                </th>
                <th scope="col" className="p-2">
                  {t('adminOrg.employees.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link href={`/admin/employees/${e.id}`} className="text-emerald-800 underline">
                      {e.name}
                    </Link>
                  </td>
                  <td className="p-2 whitespace-nowrap">{formatNip(e.nip, e.kind)}</td>
                  <td className="p-2">
                    {e.position} — {e.unit}
                  </td>
                  <td className="p-2">
                    {e.active ? t('adminOrg.employees.active') : t('adminOrg.employees.inactive')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
