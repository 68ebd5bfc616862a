'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, startTransition, useActionState, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import { type FieldValues, type Resolver, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { FormState } from '@/lib/form-state';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * One form pattern: the <form> posts to a server action and works without JavaScript; with it,
 * react-hook-form checks the same zod schema first and submits the same FormData.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  action: Action,
  initial: FormState,
) {
  const [state, formAction, pending] = useActionState(action, initial);
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    mode: 'onTouched',
    values: state.values,
  });
  const ref = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // The pressed button (e.g. decision=approve) is part of what the schema checks and the action gets.
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) form.setValue(submitter.name, submitter.value);
    void form.handleSubmit(() => {
      const el = ref.current;
      if (el) startTransition(() => formAction(new FormData(el, submitter)));
    })(event);
  };
  return { state, form, formAction, pending, ref, onSubmit };
}

/** The submitted value at a dotted path, for refilling a form after a failed submit. */
export function valueAt(state: FormState, path: string): string | undefined {
  let node: unknown = state.values;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function useMessage() {
  const t = useTranslations();
  return (key: string | undefined) => (key ? (t.has(key) ? t(key) : key) : undefined);
}

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  form?: UseFormReturn<FieldValues>;
  type?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  maxLength?: number;
  defaultValue?: string;
  min?: string;
  max?: string;
};

/** A labelled input whose error (client or server) sits beside it and is announced. */
export function Field({ name, label, state, form, type = 'text', hint, defaultValue, ...rest }: FieldProps) {
  const message = useMessage();
  const clientError = form?.formState.errors[name]?.message;
  const error = message(typeof clientError === 'string' ? clientError : state.fieldErrors?.[name]);
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const registered = form ? form.register(name) : { name };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type={type}
        defaultValue={valueAt(state, name) ?? defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded border border-slate-400 px-3 py-2 text-base focus:border-emerald-700 focus:outline-2 focus:outline-emerald-700 aria-invalid:border-red-700"
        {...rest}
        {...registered}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}

/** The form-level message (refusal or success), announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  const message = useMessage();
  const text = message(state.formError ?? state.message);
  if (!text) return <div aria-live="polite" />;
  const tone =
    state.status === 'error' ? 'border-red-700 bg-red-50 text-red-800' : 'border-emerald-700 bg-emerald-50';
  return (
    <div
      role={state.status === 'error' ? 'alert' : 'status'}
      className={`rounded border-l-4 p-3 text-sm ${tone}`}
    >
      {text}
    </div>
  );
}

export function SubmitButton({
  children,
  pendingLabel,
  pending: pendingProp,
  name,
  value,
  tone = 'primary',
  form,
}: {
  children: ReactNode;
  pendingLabel: string;
  pending?: boolean;
  name?: string;
  value?: string;
  tone?: 'primary' | 'secondary';
  /** The id of the form this button submits, when it sits outside it (e.g. in a table row). */
  form?: string;
}) {
  // Native (no-JS-enhanced) submissions report through useFormStatus; enhanced ones through the prop.
  const status = useFormStatus();
  const pending = pendingProp || status.pending;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      form={form}
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-medium focus:outline-2 focus:outline-offset-2 focus:outline-emerald-700 disabled:opacity-60 ${
        tone === 'primary'
          ? 'bg-emerald-800 text-white hover:bg-emerald-900'
          : 'border border-slate-500 bg-white text-slate-900 hover:bg-slate-100'
      }`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
