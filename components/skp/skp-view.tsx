import { Abbr } from '@/components/ui/abbr';
import { TableScroll } from '@/components/ui/table-scroll';
import { achievement } from '@/lib/domain/appraisal';
import { formatNip } from '@/lib/domain/nip';
import { rankText } from '@/lib/domain/pangkat';
import { formatTarget } from '@/lib/domain/skp';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import type { SkpDocument, SkpPerson, SkpRhk } from '@/lib/skp/types';

const cell = 'border border-slate-400 px-2 py-1 align-top';

export async function PersonTable({ title, person }: { title: string; person: SkpPerson | null }) {
  const t = await getTranslations('skp');
  const rows: [string, React.ReactNode][] = person
    ? [
        [t('name'), person.name],
        [
          t(person.employeeKind === 'PPPK' ? 'niPppk' : 'nip'),
          <span key="nip" className="font-mono">
            {formatNip(person.nip, person.employeeKind)}
          </span>,
        ],
        [t(person.employeeKind === 'PPPK' ? 'golonganPppk' : 'pangkat'), rankText(person) ?? '—'],
        [t('position'), person.position],
        [t('unit'), person.unit],
      ]
    : [];
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="bg-slate-100 px-2 py-1 text-left font-semibold">{title}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" className={`${cell} w-32 text-left font-medium`}>
              {label}
            </th>
            <td className={cell}>{value}</td>
          </tr>
        ))}
        {!person && (
          <tr>
            <td className={cell}>—</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** Capaian of the year by the indicator's measure (capped, less-is-better for time and cost), or "—". */
function percent(ind: SkpRhk['indicators'][number], utama: boolean, decimal: string) {
  const pct = achievement(
    {
      utama,
      aspek: ind.aspek,
      measure: ind.measure,
      target: Number(ind.targetValue),
      realisation: ind.realised ?? null,
      overridden: false,
    },
    1,
  );
  return pct === null ? '—' : `${formatTarget(String(pct), decimal)} %`;
}

async function RhkTable({
  rhks,
  kind,
  label,
}: {
  rhks: SkpRhk[];
  kind: 'utama' | 'tambahan';
  label: string;
}) {
  const [t, locale, tr] = await Promise.all([
    getTranslations('skp'),
    getLocale(),
    getTranslations('realisation'),
  ]);
  const decimal = locale === 'id' ? ',' : '.';
  const rows = rhks.filter((r) => r.kind === kind);
  // Live realisation is shown for the working SKP, not for archived revisions or print.
  const live = rows.some((r) => r.indicators.some((i) => i.approved !== undefined));
  return (
    <TableScroll label={label}>
      <table className="w-full border-collapse text-sm" data-testid={`rhk-table-${kind}`}>
        <caption className="px-2 py-1 text-left font-semibold">{label}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={`${cell} w-10`}>
              {t('no')}
            </th>
            <th scope="col" className={cell}>
              <Abbr>{t('parentShort')}</Abbr>
            </th>
            <th scope="col" className={cell}>
              {t('rhkText')}
            </th>
            <th scope="col" className={`${cell} w-24`}>
              {t('aspekLabel')}
            </th>
            <th scope="col" className={cell}>
              {t('indicatorText')}
            </th>
            <th scope="col" className={`${cell} w-28`}>
              {t('target')}
            </th>
            {live && (
              <th scope="col" className={`${cell} w-36 no-print`}>
                {t('realisation')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={live ? 7 : 6} className={cell}>
                {t('noRhk')}
              </td>
            </tr>
          )}
          {rows.map((rhk, i) =>
            rhk.indicators.map((ind, j) => (
              <tr key={ind.id} data-testid={j === 0 ? 'rhk-row' : undefined}>
                {j === 0 && (
                  <>
                    <td rowSpan={rhk.indicators.length} className={cell}>
                      {i + 1}
                    </td>
                    <td rowSpan={rhk.indicators.length} className={cell}>
                      {rhk.parent?.text ?? rhk.unitGoal?.text ?? '—'}
                    </td>
                    <td rowSpan={rhk.indicators.length} className={cell}>
                      {rhk.text}
                    </td>
                  </>
                )}
                <td className={cell}>{t(`aspek.${ind.aspek}`)}</td>
                <td className={cell}>{ind.text}</td>
                <td className={cell}>
                  {formatTarget(ind.targetValue, decimal)} {ind.targetUnit}
                </td>
                {live && (
                  <td className={`${cell} no-print`} data-testid={`realisation-${ind.id}`}>
                    {ind.realised === null || ind.realised === undefined
                      ? tr('none')
                      : `${formatTarget(String(ind.realised), decimal)} ${ind.measure === 'qualitative' ? '%' : ind.targetUnit}`}
                    <span className="block text-xs text-slate-600">
                      {t('realisationPercent')} {percent(ind, rhk.kind === 'utama', decimal)}
                    </span>
                  </td>
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The SKP in the official column layout; used on screen, in print and for archived revisions. */
export async function SkpView({ doc }: { doc: SkpDocument }) {
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <div className="grid gap-4 md:grid-cols-2">
        <PersonTable title={t('skp.employee')} person={doc.employee} />
        <PersonTable title={t('skp.penilai')} person={doc.pejabatPenilai} />
      </div>
      <section aria-labelledby="results" className="space-y-3">
        <h2 id="results" className="text-lg font-semibold">
          {t('skp.results')}
        </h2>
        <RhkTable rhks={doc.rhks} kind="utama" label={`A. ${t('skp.kind.utama')}`} />
        <RhkTable rhks={doc.rhks} kind="tambahan" label={`B. ${t('skp.kind.tambahan')}`} />
      </section>
      <section aria-labelledby="behaviour">
        <h2 id="behaviour" className="mb-2 text-lg font-semibold">
          {t('skp.behaviour')}
        </h2>
        <TableScroll label={t('skp.behaviour')}>
          <table className="w-full border-collapse text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={`${cell} w-10`}>
                  {t('skp.no')}
                </th>
                <th scope="col" className={cell}>
                  {t('skp.value')} / {t('skp.guidelines')}
                </th>
                <th scope="col" className={cell}>
                  {t('skp.expectation')}
                </th>
              </tr>
            </thead>
            <tbody>
              {doc.expectations.map((e, i) => (
                <tr key={e.value}>
                  <td className={cell}>{i + 1}</td>
                  <td className={cell}>
                    <p className="font-medium">{t(`berakhlak.${e.value}.name`)}</p>
                    <ul className="list-disc pl-5">
                      <li>{t(`berakhlak.${e.value}.g1`)}</li>
                      <li>{t(`berakhlak.${e.value}.g2`)}</li>
                      <li>{t(`berakhlak.${e.value}.g3`)}</li>
                    </ul>
                  </td>
                  <td className={cell} data-testid={`expectation-${e.value}`}>
                    {e.text ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
