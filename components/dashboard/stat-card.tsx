import type { ReactNode } from 'react';

export function Stat(props: { label: ReactNode; value: string; note?: string; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-4">
      <dt className="text-sm text-slate-600">{props.label}</dt>
      <dd className="text-2xl font-bold" data-testid={props.testId}>
        {props.value}
      </dd>
      {props.note && (
        <dd className="text-sm text-slate-700" data-testid={props.testId && `${props.testId}-note`}>
          {props.note}
        </dd>
      )}
    </div>
  );
}
