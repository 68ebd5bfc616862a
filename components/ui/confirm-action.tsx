'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/form-state';
import { initialFormState } from '@/lib/form-state';
import { FormMessage, SubmitButton } from './form';

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string | number>;
  /** What the first button says; it only opens the explanation. */
  label: string;
  /** What happens, in plain words, before anything is done. */
  explanation: string;
  confirmLabel: string;
  pendingLabel: string;
  testId?: string;
};

/**
 * A consequential one-button action asked first: the button opens the explanation and the real confirm
 * button. A native <details>, so it works without JavaScript; a refusal keeps it open to show why.
 */
export function ConfirmAction({
  action,
  fields,
  label,
  explanation,
  confirmLabel,
  pendingLabel,
  testId,
}: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <details className="max-w-md" open={state.status === 'error' ? true : undefined} data-testid={testId}>
      <summary className="btn btn-secondary cursor-pointer list-none [&::-webkit-details-marker]:hidden">
        {label}
      </summary>
      <form
        action={formAction}
        className="mt-2 space-y-2 rounded border-l-4 border-amber-600 bg-amber-50 p-3"
      >
        <FormMessage state={state} />
        <p className="text-sm">{explanation}</p>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
          {confirmLabel}
        </SubmitButton>
      </form>
    </details>
  );
}
