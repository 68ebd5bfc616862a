'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useActionState } from 'react';
import { setLocale } from '@/lib/account/actions';
import { initialFormState } from '@/lib/form-state';

type Props = {
  current: string;
  returnTo: string;
  label: string;
  apply: string;
  options: { value: string; label: string }[];
};

export function LanguageForm({ current, returnTo, label, apply, options }: Props) {
  const [, action] = useActionState(setLocale, initialFormState);
  // The header outlives client-side page changes, so the page to come back to is read from the browser.
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const here = pathname ? `${pathname}${search ? `?${search}` : ''}` : returnTo;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="returnTo" value={here} />
      <label htmlFor="locale-select" className="text-slate-700">
        {label}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={current}
        className="rounded border border-slate-400 bg-white px-2 py-1"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-slate-500 bg-white px-2 py-1 hover:bg-slate-100">
        {apply}
      </button>
    </form>
  );
}
