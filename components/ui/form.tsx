'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, startTransition, useActionState, useRef, useState } from 'react';
import { useFormStatus } from 'react-dom';
import {
  type FieldErrors,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { withoutEmptyFiles } from '@/lib/form-data';
import type { FormState } from '@/lib/form-state';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** A form's schema, imported when the form first checks (`() => import('…/schema').then((m) => m.x)`). */
export type SchemaLoader = () => Promise<z.ZodType<FieldValues, FieldValues>>;

/**
 * The browser-side check with the form's schema. zod and the resolver load after the page, in their own
 * chunk, when the form first checks: they are not part of any page's first-load JavaScript.
 */
function lazyResolver(load: SchemaLoader): Resolver<FieldValues> {
  return async (values, context, options) => {
    const [schema, { zodResolver }] = await Promise.all([load(), import('@hookform/resolvers/zod')]);
    // Raw: the schema only checks here. Its output (ids already numbers, trimmed text) must never flow back
    // into the fields, which hold what the form posts — the same strings as without JavaScript.
    const resolve = zodResolver(schema as never, undefined, {
      raw: true,
    }) as unknown as Resolver<FieldValues>;
    return resolve(values, context, options);
  };
}

/**
 * One form pattern: the <form> posts to a server action and works without JavaScript; with it,
 * react-hook-form checks the same zod schema first and submits the same FormData.
 */
export function useActionForm(schema: SchemaLoader, action: Action, initial: FormState) {
  const [state, formAction, pending] = useActionState(action, initial);
  // What the page was rendered with is the fields' default; only a later answer refills them. Given as
  // `values` from the start, it would make react-hook-form reset every field once the JavaScript has
  // loaded, wiping what was typed before that (a slow phone, a busy intranet PC).
  const [rendered] = useState(state);
  const form = useForm<FieldValues>({
    resolver: lazyResolver(schema),
    mode: 'onTouched',
    defaultValues: rendered.values,
    values: state === rendered ? undefined : state.values,
  });
  const ref = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // The pressed button (e.g. decision=approve) is part of what the schema checks and the action gets.
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) form.setValue(submitter.name, submitter.value);
    void form.handleSubmit(() => {
      const el = ref.current;
      // An empty file input would otherwise reach the server as a zero-byte file named "undefined".
      if (el) startTransition(() => formAction(withoutEmptyFiles(new FormData(el, submitter))));
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

/**
 * A message key in the reader's language: what the server answered comes translated with it (`state.texts`);
 * the browser-side checks' keys (`validation.…`, the form's own namespace) from the island's catalogue.
 */
export function useMessage(state?: FormState) {
  const t = useTranslations();
  return (key: string | undefined) =>
    key ? (state?.texts?.[key] ?? (t.has(key) ? t(key) : key)) : undefined;
}

/** The error at a dotted name (e.g. `answers.kompeten`) in react-hook-form's nested error object. */
function errorAt(errors: FieldErrors<FieldValues> | undefined, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const m = (node as { message?: unknown } | undefined)?.message;
  return typeof m === 'string' ? m : undefined;
}

/** A field's message, translated: the browser-side check first, then what the server said. */
export function useFieldError(form: UseFormReturn<FieldValues> | undefined, state: FormState) {
  const message = useMessage(state);
  return (name: string) => message(errorAt(form?.formState.errors, name) ?? state.fieldErrors?.[name]);
}

/** The announced message under a field, referenced by the field's aria-describedby. */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return (
    <p id={id} aria-live="polite" className="text-sm font-medium text-red-700">
      {text}
    </p>
  );
}

type Common = {
  name: string;
  label: string;
  state: FormState;
  form?: UseFormReturn<FieldValues>;
  hint?: string;
  defaultValue?: string;
  /** For forms repeated on one page (one per table row): ids must stay unique. */
  id?: string;
  /** The label stays for screen readers only (the row or heading already names the field). */
  hideLabel?: boolean;
};

/** The look of every text field, select and textarea (globals.css). */
const control = 'field-control';

/** Label, hint and error around one control, wired for screen readers; the same for every kind of field. */
function useFieldParts(p: Common) {
  const errorOf = useFieldError(p.form, p.state);
  const error = errorOf(p.name);
  const id = p.id ?? `field-${p.name}`;
  const describedBy = [p.hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
  const controlProps = {
    id,
    defaultValue: valueAt(p.state, p.name) ?? p.defaultValue,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    ...(p.form ? p.form.register(p.name) : { name: p.name }),
  };
  const label = (
    <label htmlFor={id} className={p.hideLabel ? 'sr-only' : 'block text-sm font-medium text-slate-800'}>
      {p.label}
    </label>
  );
  const after = (
    <>
      {p.hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {p.hint}
        </p>
      )}
      <FieldError id={`${id}-error`} text={error} />
    </>
  );
  return { controlProps, label, after };
}

type FieldProps = Common & {
  type?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  maxLength?: number;
  min?: string;
  max?: string;
};

/** A labelled input whose error (client or server) sits beside it and is announced. */
export function Field({
  name,
  label,
  state,
  form,
  hint,
  defaultValue,
  id,
  hideLabel,
  type = 'text',
  ...rest
}: FieldProps) {
  const {
    controlProps,
    label: labelEl,
    after,
  } = useFieldParts({ name, label, state, form, hint, defaultValue, id, hideLabel });
  return (
    <div className="space-y-1">
      {labelEl}
      <input type={type} className={control} {...rest} {...controlProps} />
      {after}
    </div>
  );
}

/** A labelled select (one value, or several with `multiple`), the same way as Field. */
export function SelectField({
  options,
  placeholder,
  multiple,
  size,
  ...common
}: Common & {
  options: readonly { value: string; label: string }[];
  /** A first, empty option ("— choose —"). */
  placeholder?: string;
  multiple?: boolean;
  size?: number;
}) {
  const { controlProps, label, after } = useFieldParts(common);
  return (
    <div className="space-y-1">
      {label}
      <select
        multiple={multiple}
        size={size}
        className={`${control} bg-white`}
        {...controlProps}
        defaultValue={multiple ? undefined : (controlProps.defaultValue ?? '')}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {after}
    </div>
  );
}

/** A labelled textarea, the same way as Field. */
export function TextareaField({
  rows = 3,
  maxLength,
  ...common
}: Common & { rows?: number; maxLength?: number }) {
  const { controlProps, label, after } = useFieldParts(common);
  return (
    <div className="space-y-1">
      {label}
      <textarea rows={rows} maxLength={maxLength} className={control} {...controlProps} />
      {after}
    </div>
  );
}

/** The form-level message (refusal or success), announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  const message = useMessage(state);
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
      className={`btn ${tone === 'primary' ? 'btn-primary' : 'btn-secondary'}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
