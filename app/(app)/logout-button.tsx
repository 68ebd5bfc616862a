'use client';

import { useActionState } from 'react';
import { logout } from '@/lib/account/actions';
import { initialFormState } from '@/lib/form-state';

export function LogoutButton({ label }: { label: string }) {
  const [, action, pending] = useActionState(logout, initialFormState);
  return (
    <form action={action}>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-500 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {label}
      </button>
    </form>
  );
}
