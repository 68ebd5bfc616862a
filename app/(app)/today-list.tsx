import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { periodLabel } from '@/lib/appraisal/period-label';
import type { TodayTasks } from '@/lib/home/types';

const linkClass = 'text-emerald-800 underline';
const buttonClass = 'inline-block rounded bg-emerald-800 px-4 py-2 font-medium text-white';

function Item(props: { id: string; state?: 'done' | 'todo'; children: ReactNode; actions: ReactNode }) {
  return (
    <li
      className="flex flex-wrap items-center justify-between gap-3 py-3"
      data-testid={`todo-${props.id}`}
      data-state={props.state ?? 'todo'}
    >
      <p className="min-w-0 flex-1 basis-64">{props.children}</p>
      <div className="flex flex-wrap items-center gap-3">{props.actions}</div>
    </li>
  );
}

/** Today's report, then whatever waits for the viewer in their roles, each with the link that does it. */
export async function TodayList({ tasks }: { tasks: TodayTasks }) {
  const t = await getTranslations('home');
  const label = new Map(
    await Promise.all(
      [...tasks.toAcknowledge, ...tasks.objectionsToDecide]
        .map((a) => a.period)
        .concat(tasks.supervisor?.appraisalsDue.map((d) => d.period) ?? [])
        .map(async (p) => [p.id, await periodLabel(p)] as const),
    ),
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

type T = (key: string, values?: Record<string, string | number>) => string;

function reportItem(t: T, { report, skp }: TodayTasks) {
  if (!report.canReport)
    return (
      <Item
        id="report"
        state="done"
        actions={
          <Link className={linkClass} href="/skp">
            {t('report.toSkp')}
          </Link>
        }
      >
        {t('report.noSkp', { year: skp.year })}
      </Item>
    );
  if (report.filedToday > 0)
    return (
      <Item
        id="report"
        state="done"
        actions={
          <>
            <Link className={linkClass} href="/reports/new">
              {t('report.add')}
            </Link>
            <Link className={linkClass} href="/reports">
              {t('report.view')}
            </Link>
          </>
        }
      >
        ✓ {t('report.done', { count: report.filedToday })}
      </Item>
    );
  if (!report.workingDay)
    return (
      <Item
        id="report"
        state="done"
        actions={
          <Link className={linkClass} href="/reports/new">
            {t('report.fileAnyway')}
          </Link>
        }
      >
        {t('report.notWorkingDay')}
      </Item>
    );
  return (
    <Item
      id="report"
      actions={
        <Link className={buttonClass} href="/reports/new">
          + {t('report.file')}
        </Link>
      }
    >
      <span className="font-medium">{t('report.todo')}</span>
    </Item>
  );
}

function skpItem(t: T, skp: TodayTasks['skp']) {
  const own = skp.own;
  if (!own && !skp.yearOpen) return null;
  if (own && own.status !== 'draft' && own.status !== 'returned') return null;
  const text = !own
    ? t('skp.none', { year: skp.year })
    : own.status === 'returned'
      ? t('skp.returned', { year: skp.year })
      : own.revision > 1
        ? t('skp.revision', { year: skp.year, revision: own.revision })
        : t('skp.draft', { year: skp.year });
  return (
    <Item
      key="skp"
      id="skp"
      actions={
        <Link className={linkClass} href={own ? `/skp/${own.id}` : '/skp'}>
          {own ? t('skp.open') : t('skp.create')}
        </Link>
      }
    >
      {text}
    </Item>
  );
}

function supervisorItems(t: T, tasks: TodayTasks, label: Map<number, string>): ReactNode[] {
  const s = tasks.supervisor;
  if (!s) return [];
  const out: ReactNode[] = [];
  if (s.reportsToValidate > 0)
    out.push(
      <Item
        key="validate"
        id="validate"
        actions={
          <Link className={linkClass} href="/team/queue">
            {t('validateLink')}
          </Link>
        }
      >
        {t('validate', { count: s.reportsToValidate })}
      </Item>,
    );
  if (s.skpsToReview > 0)
    out.push(
      <Item
        key="skp-review"
        id="skp-review"
        actions={
          <Link className={linkClass} href="/team">
            {t('skpReviewLink')}
          </Link>
        }
      >
        {t('skpReview', { count: s.skpsToReview })}
      </Item>,
    );
  for (const d of s.appraisalsDue)
    out.push(
      <Item
        key={`appraise-${d.period.id}`}
        id="appraise"
        actions={
          <Link className={linkClass} href={`/appraisals?period=${d.period.id}`}>
            {t('appraiseLink')}
            <span className="sr-only"> — {label.get(d.period.id)}</span>
          </Link>
        }
      >
        {t('appraise', {
          period: label.get(d.period.id) ?? '',
          notStarted: d.notStarted,
          drafts: d.drafts,
        })}
      </Item>,
    );
  return out;
}
