import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { listPositions, listUnitTree } from '@/lib/admin/org/units/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { CloseUnitForm, MoveUnitForm, PositionForm, RenameUnitForm } from '../unit-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminOrg'))('units.title') };
}

/** One unit (admins only): rename, move under another parent, close, and its positions. */
export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = parseId((await params).id);
  const units = id === null ? null : await listUnitTree(getDb(), viewer);
  const unit = units?.find((u) => u.id === id);
  if (!units || !unit) notFound();
  const [positions, t] = await Promise.all([listPositions(getDb(), viewer, unit.id), getTranslations()]);
  // Not the unit itself nor anything below it (the server refuses those too).
  const below = new Set<number>([unit.id]);
  for (const u of units) if (u.parentId !== null && below.has(u.parentId)) below.add(u.id);
  const parents = units
    .filter((u) => u.active && u.kind !== 'subbagian' && !below.has(u.id))
    .map((u) => ({ value: String(u.id), label: `${'— '.repeat(u.depth)}${u.name}` }));
  return (
    <ClientMessages namespaces={['adminOrg', 'jabatanKind']}>
      <div className="max-w-4xl space-y-4">
        <Link href="/admin/units" className="text-sm text-emerald-800 underline">
          {t('adminOrg.units.title')}
        </Link>
        <h1 className="text-2xl font-bold">{unit.name}</h1>
        <p className="text-slate-700">
          {t(`adminOrg.units.kinds.${unit.kind}`)} · {unit.code} ·{' '}
          {t('adminOrg.units.people', { count: unit.people })}
          {!unit.active && ` · ${t('adminOrg.units.closedBadge')}`}
        </p>
        <section aria-labelledby="positions" className="space-y-2">
          <h2 id="positions" className="text-lg font-semibold">
            {t('adminOrg.units.positions')}
          </h2>
          {positions.length === 0 ? (
            <p>{t('adminOrg.units.noPositions')}</p>
          ) : (
            <TableScroll label={t('adminOrg.units.positions')}>
              <table className="w-full border-collapse bg-white text-left text-sm" data-testid="positions">
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="p-2">
                      {t('adminOrg.units.positionName')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('adminOrg.units.positionKind')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('adminOrg.units.holders')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {positions.map((p) => (
                    <tr key={p.id} className="border-b border-slate-200">
                      <td className="p-2">
                        {p.name}
                        {p.isUnitHead && ` (${t('adminOrg.units.unitHead')})`}
                      </td>
                      <td className="p-2">{t(`jabatanKind.${p.kind}`)}</td>
                      <td className="p-2">{p.holders}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        {unit.active && (
          <div className="grid gap-4 md:grid-cols-2">
            <PositionForm
              unitId={unit.id}
              positions={positions.map((p) => ({ value: String(p.id), label: p.name }))}
            />
            <RenameUnitForm unitId={unit.id} name={unit.name} />
            {unit.kind !== 'opd' && <MoveUnitForm unitId={unit.id} parents={parents} />}
            <CloseUnitForm unitId={unit.id} />
          </div>
        )}
      </div>
    </ClientMessages>
  );
}
