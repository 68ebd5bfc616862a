import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionButton } from '@/components/ui/action-button';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { deleteUnitGoalAction } from '@/lib/skp/actions';
import { listUnitGoals } from '@/lib/skp/goals/queries';
import { AddGoalForm } from './add-goal-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('goals') };
}

/** Perjanjian Kinerja per OPD for the year, kept by leadership (own OPD) and admins (all). */
export default async function GoalsPage() {
  const viewer = await requireViewer();
  const year = Number(today().slice(0, 4));
  const units = await listUnitGoals(getDb(), viewer, year);
  if (!units) notFound();
  const t = await getTranslations('skp.goals');
  return (
    <ClientMessages namespaces={['skp.goals', 'skp.validation']}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title', { year })}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        <AddGoalForm units={units.map((u) => ({ id: u.unitId, name: u.unitName }))} />
        {units.map((u) => (
          <section key={u.unitId} className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 className="font-semibold">{u.unitName}</h2>
            {u.goals.length === 0 ? (
              <p className="text-slate-600">{t('empty')}</p>
            ) : (
              <ol className="mt-2 list-decimal space-y-2 pl-6">
                {u.goals.map((g) => (
                  <li key={g.id}>
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <span>{g.text}</span>
                      {!g.used && (
                        <ActionButton
                          action={deleteUnitGoalAction}
                          fields={{ goalId: g.id }}
                          label={t('delete')}
                          pendingLabel={t('adding')}
                        />
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </ClientMessages>
  );
}
