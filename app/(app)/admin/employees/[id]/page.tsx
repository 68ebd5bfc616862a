import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { getAdminEmployee, positionOptions } from '@/lib/admin/org/employees/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { formatNip } from '@/lib/domain/nip';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { parseId } from '@/lib/ids';
import {
  AddLineForm,
  DeactivateEmployeeForm,
  EditEmployeeForm,
  EndLineForm,
  MoveEmployeeForm,
} from '../employee-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminOrg'))('employees.title') };
}

/** One employee for BKPSDM (admins only): data, transfer, supervision lines, leaving the agency. */
export default async function AdminEmployeePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireViewer();
  const id = parseId((await params).id);
  const on = today();
  const employee = id === null ? null : await getAdminEmployee(getDb(), viewer, id, on);
  if (!employee) notFound();
  const [positions, t, f, query] = await Promise.all([
    positionOptions(getDb(), viewer),
    getTranslations(),
    getFormats(),
    searchParams,
  ]);
  return (
    <ClientMessages namespaces={['adminOrg', 'admin.headMove', 'employeeKind', 'supervisionKind']}>
      <div className="max-w-4xl space-y-4">
        <Link href="/admin/employees" className="text-sm text-emerald-800 underline">
          {t('adminOrg.employees.title')}
        </Link>
        <h1 className="text-2xl font-bold">{employee.name}</h1>
        {query.created === '1' && (
          <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3 text-sm">
            {t('adminOrg.employees.created')}
          </p>
        )}
        <dl
          className="grid gap-x-4 gap-y-1 rounded-lg border border-slate-300 bg-white p-4 text-sm sm:grid-cols-[auto_1fr]"
          data-testid="employee-summary"
        >
          <dt className="font-medium">{t('adminOrg.employees.nip')}</dt>
          <dd>{formatNip(employee.nip, employee.kind)}</dd>
          <dt className="font-medium">{t('adminOrg.employees.position')}</dt>
          <dd>
            {employee.position} — {employee.unit}
          </dd>
          <dt className="font-medium">{t('adminOrg.employees.pejabatPenilai')}</dt>
          <dd data-testid="pejabat-penilai">
            {employee.pejabatPenilai
              ? `${employee.pejabatPenilai.name} (${formatNip(employee.pejabatPenilai.nip)})`
              : t('adminOrg.employees.noSupervisor')}
          </dd>
          <dt className="font-medium">{t('adminOrg.employees.status')}</dt>
          <dd>{employee.active ? t('adminOrg.employees.active') : t('adminOrg.employees.inactive')}</dd>
        </dl>
        <section aria-labelledby="lines" className="space-y-2">
          <h2 id="lines" className="text-lg font-semibold">
            {t('adminOrg.lines.title')}
          </h2>
          {employee.lines.length === 0 ? (
            <p>{t('adminOrg.lines.none')}</p>
          ) : (
            <TableScroll label={t('adminOrg.lines.title')}>
              <table
                className="w-full border-collapse bg-white text-left text-sm"
                data-testid="supervision-lines"
              >
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="p-2">
                      {t('adminOrg.lines.kind')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('adminOrg.lines.supervisor')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('adminOrg.lines.from')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('adminOrg.lines.to')}
                    </th>
                    <th scope="col" className="p-2">
                      <span className="sr-only">{t('adminOrg.lines.endSubmit')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {employee.lines.map((l) => (
                    <tr key={l.id} className="border-b border-slate-200 align-top">
                      <td className="p-2">{t(`supervisionKind.${l.kind}`)}</td>
                      <td className="p-2">
                        {l.supervisor.name}
                        {l.note && <span className="block text-xs text-slate-600">{l.note}</span>}
                      </td>
                      <td className="p-2 whitespace-nowrap">{f.date(l.validFrom)}</td>
                      <td className="p-2 whitespace-nowrap">
                        {l.validTo ? f.date(l.validTo) : t('adminOrg.lines.openEnded')}
                      </td>
                      <td className="p-2">
                        {employee.active && (l.validTo === null || l.validTo > on) && (
                          <EndLineForm
                            lineId={l.id}
                            today={on}
                            label={t('adminOrg.lines.end', {
                              kind: t(`supervisionKind.${l.kind}`),
                              name: l.supervisor.name,
                            })}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        {employee.active && (
          <div className="grid gap-4 md:grid-cols-2">
            <MoveEmployeeForm employee={employee} positions={positions} today={on} />
            <EditEmployeeForm employee={employee} />
            <AddLineForm employeeId={employee.id} today={on} />
            <DeactivateEmployeeForm employee={employee} today={on} />
          </div>
        )}
      </div>
    </ClientMessages>
  );
}
