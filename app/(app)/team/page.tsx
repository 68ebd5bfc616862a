import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { complianceOf } from '@/lib/reports/realisation';
import { listTeamSkps } from '@/lib/skp/team';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('team') };
}

/** The supervisor's list of subordinates with their SKP status; only their own team, by construction. */
export default async function TeamPage() {
  const viewer = await requireViewer();
  const on = today();
  const year = Number(on.slice(0, 4));
  const [team, t, format] = await Promise.all([
    listTeamSkps(getDb(), viewer, year, on),
    getTranslations(),
    getFormatter(),
  ]);
  const compliance = await complianceOf(
    getDb(),
    viewer.agencyId,
    team.map((m) => m.employeeId),
    `${on.slice(0, 7)}-01`,
    on,
  );
  const waiting = team.filter((m) => m.skp?.status === 'submitted').length;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('skp.team.title', { year })}</h1>
      <p className="text-slate-700">{t('skp.team.intro')}</p>
      <p className="font-medium" data-testid="team-waiting">
        {t('skp.team.waiting', { count: waiting })}
      </p>
      {team.length === 0 ? (
        <p>{t('skp.team.empty')}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm" data-testid="team-table">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">
                {t('skp.team.name')}
              </th>
              <th scope="col" className="p-2">
                {t('skp.team.position')}
              </th>
              <th scope="col" className="p-2">
                {t('skp.team.relation')}
              </th>
              <th scope="col" className="p-2">
                {t('skp.team.status')}
              </th>
              <th scope="col" className="p-2">
                {t('reports.compliance.column')}
              </th>
              <th scope="col" className="p-2">
                {t('skp.team.action')}
              </th>
            </tr>
          </thead>
          <tbody>
            {team.map((m) => (
              <tr key={`${m.relation}-${m.employeeId}`} className="border-b border-slate-200">
                <td className="p-2">
                  <Link className="text-emerald-800 underline" href={`/employees/${m.employeeId}`}>
                    {m.name}
                  </Link>
                </td>
                <td className="p-2">{m.position}</td>
                <td className="p-2">{t(`supervisionKind.${m.relation}`)}</td>
                <td className="p-2">
                  {m.skp ? (
                    <span className={m.skp.status === 'submitted' ? 'font-semibold text-sky-800' : undefined}>
                      {t(`skp.status.${m.skp.status}`)}
                      {m.skp.approvedLate && m.skp.status === 'approved' ? ` · ${t('skp.late')}` : ''}
                    </span>
                  ) : (
                    <span className="text-slate-500">{t('skp.team.noSkp')}</span>
                  )}
                </td>
                <td className="p-2" data-testid="team-compliance">
                  {format.number(compliance.get(m.employeeId)?.ratio ?? 0, {
                    style: 'percent',
                    maximumFractionDigits: 0,
                  })}
                  <span className="block text-xs text-slate-600">
                    {t('reports.minutes', { n: compliance.get(m.employeeId)?.minutesPerDay ?? 0 })}
                  </span>
                </td>
                <td className="p-2">
                  {m.skp && (
                    <Link className="text-emerald-800 underline" href={`/skp/${m.skp.id}`}>
                      {m.skp.status === 'submitted' ? t('skp.team.review') : t('skp.team.view')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
