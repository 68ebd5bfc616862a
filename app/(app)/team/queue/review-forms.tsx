'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState, useSyncExternalStore } from 'react';
import { FormMessage, SubmitButton, useMessage } from '@/components/ui/form';
import { initialFormState } from '@/lib/form-state';
import { reviewReportsAction } from '@/lib/reports/actions';

type Item = {
  id: number;
  version: number;
  employeeName: string;
  date: string;
  dateLabel: string;
  time: string;
  activity: string;
  indicator: string;
  output: string;
  evidence: { id: string; fileName: string; image: boolean }[];
  link: string | null;
};

const noSubscription = () => () => {};

/**
 * The validation queue. Each report has its own small form (approve / return / reject with a note); the
 * checkboxes belong to one bulk form. All are plain forms tied by the `form` attribute, so the table
 * works with the keyboard and without JavaScript. Approving a whole page sends exactly the rows shown, as
 * id:version, so a report that arrives (or changes) meanwhile is never approved unseen; with JavaScript a
 * header checkbox also selects every row shown.
 */
export function ReviewForms({ items, remaining }: { items: Item[]; remaining: number }) {
  const t = useTranslations('reports');
  const [state, action, pending] = useActionState(reviewReportsAction, initialFormState);
  const message = useMessage(state);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (state.status === 'ok') setSelected(new Set());
  }, [state]);
  const keys = items.map((r) => `${r.id}:${r.version}`);
  const allSelected = keys.length > 0 && keys.every((k) => selected.has(k));
  const someSelected = keys.some((k) => selected.has(k));
  const toggle = (key: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {state.status === 'ok' && (
        <p role="status" className="text-sm font-medium" data-testid="queue-remaining">
          {t('queue.remaining', { count: remaining })}
        </p>
      )}
      <p aria-live="polite" className="text-sm font-medium text-red-700">
        {message(state.fieldErrors?.items ?? state.fieldErrors?.comment)}
      </p>
      {items.length > 0 && (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <form id="bulk" action={action}>
              <SubmitButton pending={pending} pendingLabel={t('saving')} name="decision" value="approve">
                {t('queue.approveSelected')}
              </SubmitButton>
            </form>
            <form id="bulk-page" action={action}>
              {keys.map((k) => (
                <input key={k} type="hidden" name="items" value={k} />
              ))}
              <SubmitButton
                pending={pending}
                pendingLabel={t('saving')}
                name="decision"
                value="approve"
                tone="secondary"
              >
                {t('queue.approvePage', { count: keys.length })}
              </SubmitButton>
            </form>
          </div>
          {items.map((r) => (
            <form key={r.id} id={`review-${r.id}`} action={action}>
              <input type="hidden" name="items" value={`${r.id}:${r.version}`} />
            </form>
          ))}
          <table
            className="data-table table-reflow w-full border-collapse bg-white text-left text-sm"
            data-testid="queue"
          >
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="w-10 p-2">
                  {hydrated ? (
                    <input
                      type="checkbox"
                      aria-label={t('queue.selectAll')}
                      checked={allSelected}
                      ref={(el) => {
                        if (el) el.indeterminate = someSelected && !allSelected;
                      }}
                      onChange={() => setSelected(allSelected ? new Set() : new Set(keys))}
                      className="h-5 w-5"
                      data-testid="select-all"
                    />
                  ) : (
                    <span className="sr-only">{t('queue.selectAll')}</span>
                  )}
                </th>
                <th scope="col" className="p-2">
                  {t('employee')}
                </th>
                <th scope="col" className="p-2">
                  {t('activity')}
                </th>
                <th scope="col" className="p-2">
                  {t('files')}
                </th>
                <th scope="col" className="w-72 p-2">
                  {t('queue.comment')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-testid="queue-row">
                  <td>
                    <input
                      type="checkbox"
                      form="bulk"
                      name="items"
                      value={`${r.id}:${r.version}`}
                      checked={selected.has(`${r.id}:${r.version}`)}
                      onChange={() => toggle(`${r.id}:${r.version}`)}
                      aria-label={t('queue.select', { name: r.employeeName, date: r.dateLabel })}
                      className="h-5 w-5"
                    />
                  </td>
                  <td>
                    <p className="font-medium">{r.employeeName}</p>
                    <p>{r.dateLabel}</p>
                    <p className="text-slate-600">{r.time}</p>
                  </td>
                  <td>
                    <p>{r.activity}</p>
                    <p className="text-xs text-slate-600">
                      {r.indicator} · {r.output}
                    </p>
                  </td>
                  <td>
                    {r.evidence.map((f) => (
                      <a
                        key={f.id}
                        href={`/reports/evidence/${f.id}`}
                        className="block text-emerald-800 underline"
                      >
                        {f.image && (
                          // A small inline preview of photos; the link downloads the original.
                          <img
                            src={`/reports/evidence/${f.id}?preview=1`}
                            alt=""
                            className="mb-1 max-h-24 rounded border"
                          />
                        )}
                        {f.fileName}
                      </a>
                    ))}
                    {r.link && (
                      <a
                        href={r.link}
                        rel="noopener noreferrer"
                        className="block break-all text-emerald-800 underline"
                      >
                        {r.link}
                      </a>
                    )}
                  </td>
                  <td className="space-y-2">
                    <span aria-hidden="true" className="block text-xs text-slate-600 sm:hidden">
                      {t('queue.comment')}
                    </span>
                    <textarea
                      form={`review-${r.id}`}
                      name="comment"
                      rows={2}
                      aria-label={`${t('queue.comment')} — ${r.employeeName} ${r.dateLabel}`}
                      className="block w-full rounded border border-slate-400 p-1"
                    />
                    <div className="flex flex-wrap gap-2">
                      <SubmitButton
                        pending={pending}
                        pendingLabel={t('saving')}
                        name="decision"
                        value="approve"
                        form={`review-${r.id}`}
                      >
                        {t('queue.approve')}
                      </SubmitButton>
                      <SubmitButton
                        pending={pending}
                        pendingLabel={t('saving')}
                        name="decision"
                        value="return"
                        form={`review-${r.id}`}
                        tone="secondary"
                      >
                        {t('queue.return')}
                      </SubmitButton>
                      <SubmitButton
                        pending={pending}
                        pendingLabel={t('saving')}
                        name="decision"
                        value="reject"
                        form={`review-${r.id}`}
                        tone="secondary"
                      >
                        {t('queue.reject')}
                      </SubmitButton>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
