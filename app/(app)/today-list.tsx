import Link from 'next/link';
import type { ReactNode } from 'react';
import { periodLabel } from '@/lib/calendar/labels';
import type { TodayTasks } from '@/lib/home/types';
import { getTranslations } from '@/lib/i18n/server';
import { Item, linkClass, reportItem, skpItem, supervisorItems } from './today-items';

/** Today's report, then whatever waits for the viewer in their roles, each with the link that does it. */
export async function TodayList({ tasks }: { tasks: TodayTasks }) {
  const [t, root] = await Promise.all([getTranslations('home'), getTranslations()]);
  const label = new Map(
    [...tasks.toAcknowledge, ...tasks.objectionsToDecide]
      .map((a) => a.period)
      .concat(tasks.supervisor?.appraisalsDue.map((d) => d.period) ?? [])
      .map((p) => [p.id, periodLabel(root, p)] as const),
  );
  const others: ReactNode[] = [];
  if (tasks.feedbackDue > 0)
    others.push(
      <Item
        key="feedback"
        id="feedback"
        actions={
          <Link className={linkClass} href="/feedback">
            {t('feedbackLink')}
          </Link>
        }
      >
        {t('feedback', { count: tasks.feedbackDue })}
      </Item>,
    );
  const skp = skpItem(t, tasks.skp);
  if (skp) others.push(skp);
  for (const a of tasks.toAcknowledge)
    others.push(
      <Item
        key={`ack-${a.id}`}
        id="acknowledge"
        actions={
          <Link className={linkClass} href={`/appraisals/${a.id}`}>
            {t('acknowledgeLink')}
            <span className="sr-only"> — {label.get(a.period.id)}</span>
          </Link>
        }
      >
        {t('acknowledge', { period: label.get(a.period.id) ?? '' })}
      </Item>,
    );
  others.push(...supervisorItems(t, tasks, label));
  for (const a of tasks.objectionsToDecide)
    others.push(
      <Item
        key={`objection-${a.id}`}
        id="objection"
        actions={
          <Link className={linkClass} href={`/appraisals/${a.id}`}>
            {t('objectionLink')}
            <span className="sr-only"> — {a.name}</span>
          </Link>
        }
      >
        {t('objection', { name: a.name, period: label.get(a.period.id) ?? '' })}
      </Item>,
    );
  if (tasks.admin && tasks.admin.draftRounds > 0)
    others.push(
      <Item
        key="rounds"
        id="rounds"
        actions={
          <Link className={linkClass} href="/feedback/rounds">
            {t('roundsLink')}
          </Link>
        }
      >
        {t('rounds', { count: tasks.admin.draftRounds })}
      </Item>,
    );
  return (
    <section aria-labelledby="todo-h" className="rounded-lg border border-slate-300 bg-white px-4 py-2">
      <h2 id="todo-h" className="pt-2 text-lg font-semibold">
        {t('todo')}
      </h2>
      <ul className="divide-y divide-slate-200" data-testid="today">
        {reportItem(t, tasks)}
        {others}
      </ul>
      {others.length === 0 && (
        <p className="pb-3 text-slate-600" data-testid="nothing-else">
          {t('nothingElse')}
        </p>
      )}
    </section>
  );
}
