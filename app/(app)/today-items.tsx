import Link from 'next/link';
import type { ReactNode } from 'react';
import type { TodayTasks } from '@/lib/home/types';

export const linkClass = 'text-emerald-800 underline';
const buttonClass = 'btn btn-primary';

export type T = (key: string, values?: Record<string, string | number>) => string;

/** One line of the to-do list: what waits, and the link that does it. */
export function Item(props: {
  id: string;
  state?: 'done' | 'todo';
  children: ReactNode;
  actions: ReactNode;
}) {
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

export function reportItem(t: T, { report, skp }: TodayTasks) {
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

export function skpItem(t: T, skp: TodayTasks['skp']) {
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

export function supervisorItems(t: T, tasks: TodayTasks, label: Map<number, string>): ReactNode[] {
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
