'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/form-state';
import { initialFormState } from '@/lib/form-state';
import { FormMessage, SubmitButton } from './form';

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel: string;
  tone?: 'primary' | 'secondary';
};

/** A one-button form (submit, revise, mark read…) that works without JavaScript and reports refusals. */
export function ActionButton({ action, fields, label, pendingLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
