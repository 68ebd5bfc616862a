import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { findUsers } from '@/lib/admin/users/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';
import { AccountState } from './account-state';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminUsers'))('title') };
}

/** BKPSDM finds an account by NIP or name (a GET form, so it works without JavaScript). */
export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const viewer = await requireViewer();
  const q = typeof (await searchParams).q === 'string' ? ((await searchParams).q ?? '').slice(0, 100) : '';
  const users = await findUsers(getDb(), viewer, q);
  if (!users) notFound();
  const t = await getTranslations('adminUsers');
  const tr = await getTranslations('roles');
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="user-q" className="block text-sm font-medium">
            {t('search')}
          </label>
          <input
            id="user-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            className="block w-full rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="btn btn-primary">
          {t('searchSubmit')}
        </button>
      </form>
      {q.trim() !== '' && q.trim().length < 3 && <p role="status">{t('tooShort')}</p>}
      {q.trim().length >= 3 && users.length === 0 && <p role="status">{t('noResults')}</p>}
      {users.length > 0 && (
        <TableScroll label={t('title')}>
          <table className="w-full border-collapse bg-white text-left text-sm" data-testid="users">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">
                  {t('name')}
                </th>
                <th scope="col" className="p-2">
                  {t('nip')}
                </th>
                <th scope="col" className="p-2">
                  {t('unit')}
                </th>
                <th scope="col" className="p-2">
                  {t('roles')}
                </th>
                <th scope="col" className="p-2">
                  {t('state')}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.employeeId} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link
                      href={`/admin/users/${u.employeeId}`}
                      className="font-medium text-emerald-800 underline"
                    >
                      {u.name}
                    </Link>
                  </td>
                  <td className="p-2 font-mono">{u.nip}</td>
                  <td className="p-2">{u.unitName}</td>
                  <td className="p-2">{u.roles.map((r) => tr(r as 'admin')).join(', ')}</td>
                  <td className="p-2">
                    <AccountState account={u} />
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
