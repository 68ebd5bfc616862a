import type { Metadata } from 'next';
import Link from 'next/link';
import { Abbr } from '@/components/ui/abbr';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { getMatrix } from '@/lib/skp/team';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('matrix') };
}

/** Matriks Peran Hasil: the viewer's own RHK, each with the subordinate RHK that intervene in it. */
export default async function MatrixPage() {
  const viewer = await requireViewer();
  const year = Number(today().slice(0, 4));
  const [matrix, t] = await Promise.all([getMatrix(getDb(), viewer, year), getTranslations('skp')]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('matrix.title', { year })}</h1>
      <p className="text-slate-700">
        <Abbr>{t('matrix.intro')}</Abbr>
      </p>
      {!matrix ? (
        <p>{t('matrix.noSkp')}</p>
      ) : (
        <TableScroll label={t('matrix.title', { year })}>
          <table className="w-full border-collapse bg-white text-left text-sm" data-testid="matrix">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="w-2/5 border border-slate-300 p-2">
                  {t('matrix.yourRhk')}
                </th>
                <th scope="col" className="border border-slate-300 p-2">
                  {t('matrix.supportedBy')}
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.map(({ rhk, supporters }) => (
                <tr
                  key={rhk.id}
                  data-testid="matrix-row"
                  className={supporters.length === 0 ? 'bg-amber-50' : undefined}
                >
                  <th scope="row" className="border border-slate-300 p-2 align-top font-normal">
                    <span className="mr-1 rounded bg-slate-200 px-1 text-xs">
                      {t(`kind.${rhk.kind === 'tambahan' ? 'tambahan' : 'utama'}`)}
                    </span>
                    {rhk.text}
                  </th>
                  <td className="border border-slate-300 p-2 align-top">
                    {supporters.length === 0 ? (
                      <strong className="text-amber-800" data-testid="unsupported">
                        ⚠ {t('matrix.unsupported')}
                      </strong>
                    ) : (
                      <ul className="space-y-1">
                        {supporters.map((s) => (
                          <li key={s.rhkId}>
                            <Link href={`/skp/${s.skpId}`} className="text-emerald-800 underline">
                              {s.text}
                            </Link>{' '}
                            <span className="text-slate-600">
                              — {t('matrix.by', { name: s.employeeName })} ({t(`status.${s.status}`)})
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
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
