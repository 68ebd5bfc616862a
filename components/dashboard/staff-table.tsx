import type { CSSProperties } from 'react';
import { type Column, DataTable } from '@/components/ui/data-table';
import { periodLabel } from '@/lib/calendar/labels';
import type { TeamRow } from '@/lib/dashboard/team';
import { PAGE_SIZE } from '@/lib/dashboard/team';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

/**
 * A small bar per Utama RHK with its percentage in text beside it. Styled once in globals.css
 * (`.rhk-bars`): a team page repeats it for every member's every RHK.
 */
function RhkBars({ rhk, pct, none }: { rhk: TeamRow['rhk']; pct: (n: number) => string; none: string }) {
  if (rhk.length === 0) return <span className="text-slate-500">–</span>;
  return (
    <ul className="rhk-bars">
      {rhk.map((r) => (
        <li key={r.rhkId}>
          <span
            className="rhk-bar"
            style={{ '--pct': `${Math.min(100, r.percent ?? 0)}%` } as CSSProperties}
            aria-hidden="true"
          />
          {r.percent === null ? none : pct(r.percent)}
          <small title={r.text}>{r.text}</small>
        </li>
      ))}
    </ul>
  );
}

/** Employees with their dashboard figures: the supervisor's team and the leadership drill-down. */
export async function StaffTable(props: {
  rows: TeamRow[];
  total: number;
  page: number;
  sort: { key: string; dir: 'asc' | 'desc'; param?: string; dirParam?: string };
  pathname: string;
  params: Record<string, string>;
  exportHref: string;
  exportParams: Record<string, string>;
  /** Leadership: the supervisor column links to that supervisor's team. */
  teamHref?: (supervisorId: number) => string;
  /** The supervisor's own view: relation column and review links. */
  own?: boolean;
  testId: string;
}) {
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  const pct = (n: number) => f.percent(n);
  const columns: Column<TeamRow>[] = [
    {
      key: 'name',
      label: t('dashboard.col.name'),
      sortKey: 'name',
      cell: (r) => (
        <>
          <a className="text-emerald-800 underline" href={`/employees/${r.id}`}>
            {r.name}
          </a>
          <span className="block text-xs text-slate-600">{r.position}</span>
        </>
      ),
    },
    props.own
      ? {
          key: 'relation',
          label: t('dashboard.col.relation'),
          cell: (r) => (r.relation ? t(`supervisionKind.${r.relation}`) : ''),
        }
      : {
          key: 'supervisor',
          label: t('dashboard.col.supervisor'),
          cell: (r) =>
            r.supervisor?.visible && props.teamHref ? (
              <a className="text-emerald-800 underline" href={props.teamHref(r.supervisor.id)}>
                {r.supervisor.name}
              </a>
            ) : (
              (r.supervisor?.name ?? '–')
            ),
        },
    {
      key: 'skp',
      label: t('dashboard.col.skp'),
      sortKey: 'skp',
      cell: (r) =>
        r.skp ? (
          <>
            <span className={r.skp.status === 'submitted' ? 'font-semibold text-sky-800' : undefined}>
              {t(`skp.status.${r.skp.status}`)}
              {r.skp.approvedLate && r.skp.status === 'approved' ? ` · ${t('skp.late')}` : ''}
            </span>
            {props.own && (
              <a className="block text-emerald-800 underline" href={`/skp/${r.skp.id}`}>
                {r.skp.status === 'submitted' ? t('skp.team.review') : t('skp.team.view')}
              </a>
            )}
          </>
        ) : (
          <span className="text-slate-500">{t('skp.team.noSkp')}</span>
        ),
    },
    {
      key: 'compliance',
      label: t('dashboard.col.compliance'),
      sortKey: 'compliance',
      numeric: true,
      // Both figures, labelled: validation lags behind filing, so "validated" alone reads 0 % for
      // someone who reported every day.
      cell: (r) => (
        <span data-testid="team-compliance">
          <span className="block whitespace-nowrap" data-testid="team-reported">
            {t('dashboard.compliance.reported', { pct: pct(r.reported) })}
          </span>
          <span className="block whitespace-nowrap" data-testid="team-validated">
            {t('dashboard.compliance.validated', { pct: pct(r.compliance) })}
          </span>
          <span className="block text-xs text-slate-600">{t('reports.minutes', { n: r.minutesPerDay })}</span>
        </span>
      ),
    },
    {
      key: 'pending',
      label: t('dashboard.col.pending'),
      sortKey: 'pending',
      numeric: true,
      cell: (r) =>
        props.own && r.pending > 0 ? (
          <a className="text-emerald-800 underline" href="/team/queue">
            {f.number(r.pending)}
          </a>
        ) : (
          f.number(r.pending)
        ),
    },
    {
      key: 'realisation',
      label: t('dashboard.col.rhk'),
      sortKey: 'realisation',
      cell: (r) => <RhkBars rhk={r.rhk} pct={pct} none={t('dashboard.noTarget')} />,
    },
    {
      key: 'lastReport',
      label: t('dashboard.col.lastReport'),
      sortKey: 'lastReport',
      cell: (r) => (r.lastReportDate ? f.dayMonth(r.lastReportDate) : '–'),
    },
    {
      key: 'predikat',
      label: t('dashboard.col.predikat'),
      cell: (r) =>
        r.latestPredikat ? (
          <span data-testid="latest-predikat">
            {t(`predikat.${r.latestPredikat.predikat}`)}
            <span className="block text-xs text-slate-600">{periodLabel(t, r.latestPredikat.period)}</span>
          </span>
        ) : (
          '–'
        ),
    },
    {
      key: 'feedback',
      label: t('dashboard.col.feedback'),
      cell: (r) => {
        const fb = r.feedback;
        if (!fb) return '–';
        if (fb.roundStatus === 'closed')
          return props.own ? (
            <a className="text-emerald-800 underline" href={`/feedback/results/${fb.roundId}/${r.id}`}>
              {t('dashboard.feedback.results')}
            </a>
          ) : (
            t('dashboard.feedback.closed')
          );
        return (
          <>
            {t('dashboard.feedback.open', { deadline: f.dayMonth(fb.deadline) })}
            {fb.mine && (
              <a
                className="block text-emerald-800 underline"
                href={`/feedback/requests/${fb.mine.requestId}`}
              >
                {fb.mine.status === 'submitted'
                  ? t('dashboard.feedback.mineDone')
                  : t('dashboard.feedback.mineDue')}
              </a>
            )}
          </>
        );
      },
    },
    {
      key: 'alerts',
      label: t('dashboard.col.alerts'),
      cell: (r) =>
        r.alerts.length === 0 ? (
          <span className="text-slate-500">–</span>
        ) : (
          <ul className="space-y-1" data-testid="alerts">
            {r.alerts.map((a) => (
              <li key={a} className="rounded bg-amber-100 px-1 text-xs text-amber-900">
                ⚠ {t(`dashboard.alert.${a}`)}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('dashboard.col.name')}
      columns={columns}
      rows={props.rows}
      rowKey={(r) => String(r.id)}
      pathname={props.pathname}
      params={props.params}
      sort={props.sort}
      page={{ number: props.page, size: PAGE_SIZE, total: props.total }}
      exportHref={props.exportHref}
      exportParams={props.exportParams}
      empty={t('skp.team.empty')}
      testId={props.testId}
    />
  );
}
