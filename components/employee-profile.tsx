import Link from 'next/link';
import { Abbr } from '@/components/ui/abbr';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatNip, parseNip } from '@/lib/domain/nip';
import { pangkatByCode } from '@/lib/domain/pangkat';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import type { PersonRef, EmployeeProfile as Profile } from '@/lib/org/queries';

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  // Labels name things by their official abbreviations (NIP, TMT, PPPK…): each carries its full form.
  return (
    <div className="grid grid-cols-1 gap-1 border-b border-slate-200 py-2 sm:grid-cols-3">
      <dt className="text-sm font-medium text-slate-600">
        <Abbr>{label}</Abbr>
      </dt>
      <dd className="sm:col-span-2" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export async function EmployeeProfile({ profile, title }: { profile: Profile; title: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const parsed = parseNip(profile.nip, profile.kind);
  const pangkat = profile.pangkat ? pangkatByCode(profile.pangkat) : undefined;
  const person = (p: PersonRef) => (
    <span>
      {p.nip ? (
        <Link href={`/employees/${p.id}`} className="text-emerald-800 underline">
          {p.name}
        </Link>
      ) : (
        p.name
      )}
      <span className="text-slate-600"> — {p.position}</span>
      {p.nip && (
        <span className="ml-1 font-mono text-sm text-slate-600">({formatNip(p.nip, p.employeeKind)})</span>
      )}
    </span>
  );

  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-lg" data-testid="profile-name">
          {profile.name}
        </p>
        <p className="text-slate-700">
          {profile.position.name} · {profile.unit.name}
        </p>
        {!profile.active && <p className="mt-2 font-medium text-red-700">{t('profile.inactive')}</p>}
      </header>

      <section aria-labelledby="identity" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="identity" className="mb-2 text-lg font-semibold">
          {t('profile.identity')}
        </h2>
        <dl>
          <Row label={profile.kind === 'PNS' ? t('profile.nip') : t('profile.nipPppk')} testId="profile-nip">
            <span className="font-mono">{formatNip(profile.nip, profile.kind)}</span>
          </Row>
          <Row label={t('profile.employeeKind')}>
            <Abbr>{t(`employeeKind.${profile.kind}`)}</Abbr>
          </Row>
          <Row label={t('profile.birthDate')} testId="profile-birth-date">
            {date(parsed.ok ? parsed.value.birthDate : profile.birthDate)}
          </Row>
          <Row label={t('profile.gender')}>{t(`gender.${profile.gender}`)}</Row>
          {parsed.ok && parsed.value.kind === 'PNS' && (
            <Row label={t('profile.tmtCpns')} testId="profile-tmt">
              {format.dateTime(new Date(`${parsed.value.tmtCpns}-01T00:00:00Z`), {
                month: 'long',
                year: 'numeric',
                timeZone: 'UTC',
              })}
            </Row>
          )}
          {parsed.ok && parsed.value.kind === 'PPPK' && (
            <Row label={t('profile.appointmentYear')} testId="profile-tmt">
              {parsed.value.appointmentYear}
            </Row>
          )}
          {pangkat && (
            <Row label={t('profile.pangkat')} testId="profile-pangkat">
              {pangkat.name} ({pangkat.code})
              {profile.pangkatTmt && (
                <span className="text-slate-600">
                  {' '}
                  · <Abbr>{t('profile.pangkatTmt')}</Abbr> {date(profile.pangkatTmt)}
                </span>
              )}
            </Row>
          )}
          {profile.pppkGolongan !== null && (
            <Row label={t('profile.pppkGolongan')}>{profile.pppkGolongan}</Row>
          )}
          <Row label={t('profile.position')} testId="profile-position">
            {profile.position.name}
          </Row>
          <Row label={t('profile.positionKind')}>
            <Abbr>{t(`jabatanKind.${profile.position.kind}` as 'jabatanKind.pelaksana')}</Abbr>
          </Row>
          <Row label={t('profile.unit')} testId="profile-unit">
            {profile.unit.name}
          </Row>
          {profile.opd.id !== profile.unit.id && <Row label={t('profile.opd')}>{profile.opd.name}</Row>}
        </dl>
      </section>

      <section aria-labelledby="supervision" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="supervision" className="mb-2 text-lg font-semibold">
          {t('profile.supervision')}
        </h2>
        <dl>
          <Row label={t('profile.pejabatPenilai')} testId="profile-supervisor">
            {profile.pejabatPenilai ? person(profile.pejabatPenilai) : t('profile.topOfTree')}
          </Row>
          <Row label={t('profile.atasanPejabatPenilai')} testId="profile-atasan">
            {profile.atasanPejabatPenilai ? person(profile.atasanPejabatPenilai) : t('profile.none')}
          </Row>
          {profile.actingSupervisors.length > 0 && (
            <Row label={t('profile.actingSupervisors')}>
              <ul>
                {profile.actingSupervisors.map((s) => (
                  <li key={`${s.kind}-${s.id}`}>
                    {t(`supervisionKind.${s.kind}`)}: {person(s)}
                  </li>
                ))}
              </ul>
            </Row>
          )}
          {profile.actingAssignments.length > 0 && (
            <Row label={t('profile.actingAssignments')} testId="profile-acting">
              <ul>
                {profile.actingAssignments.map((a) => (
                  <li key={`${a.kind}-${a.note}`}>
                    {t('profile.actingSince', {
                      kind: t(`supervisionKind.${a.kind}`),
                      date: date(a.validFrom),
                      note: a.note ?? '',
                      count: a.subordinates,
                    })}
                  </li>
                ))}
              </ul>
            </Row>
          )}
        </dl>
      </section>

      <section aria-labelledby="subordinates" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="subordinates" className="mb-2 text-lg font-semibold">
          {t('profile.subordinates')}{' '}
          <span className="text-base font-normal text-slate-600">
            ({t('profile.subordinatesCount', { count: profile.subordinates.length })})
          </span>
        </h2>
        {profile.subordinates.length > 0 && (
          <TableScroll label={t('profile.subordinates')}>
            <table className="w-full text-left text-sm" data-testid="subordinates">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2">
                    {t('profile.name')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('profile.nip')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('profile.position')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('profile.relation')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {profile.subordinates.map((s) => (
                  <tr key={`${s.kind}-${s.id}`} className="border-b border-slate-200">
                    <td className="py-2">
                      <Link href={`/employees/${s.id}`} className="text-emerald-800 underline">
                        {s.name}
                      </Link>
                    </td>
                    <td className="py-2 font-mono">
                      {s.nip ? formatNip(s.nip, s.employeeKind) : t('profile.notVisible')}
                    </td>
                    <td className="py-2">{s.position}</td>
                    <td className="py-2">{t(`supervisionKind.${s.kind}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </article>
  );
}
