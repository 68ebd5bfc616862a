import 'server-only';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '@/db/errors';
import { getViewer, PASSWORD_PAGE, type Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';
import { unflatten, withoutEmptyFiles } from '@/lib/form-data';
import type { FormState } from '@/lib/form-state';
import { withTexts } from '@/lib/i18n/action-texts';
import { rememberWrite } from '@/lib/read-db';

/**
 * Handlers get the parsed fields, and the form for what a schema cannot carry (uploaded files) — without
 * the entries of file inputs left empty, so "no file" looks the same with JavaScript on and off.
 */
type Handler<S extends z.ZodType, V> = (
  viewer: V,
  input: z.infer<S>,
  form: FormData,
) => Promise<FormState | undefined>;

/** A schema, or a choice of schema by the submitted values (e.g. by which button was pressed). */
type SchemaOrChoice<S extends z.ZodType> = S | ((input: Record<string, unknown>) => S);

/**
 * Every server action goes through here: session → strict parse → handler → errors mapped for the form.
 * So every action takes (previous state, form data), the one shape proxy.ts lets through to React's
 * decoder (lib/action-payload.ts). An unreachable database is a message on the form, never a 500.
 */
export function authedAction<S extends z.ZodType>(
  schema: SchemaOrChoice<S>,
  handler: Handler<S, Viewer>,
  options: { whilePasswordPending?: boolean } = {},
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    let viewer: Viewer | null;
    try {
      viewer = await getViewer();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return withTexts({
        status: 'error',
        formError: 'errors.databaseUnavailable',
        values: submittedValues(formData),
      });
    }
    if (!viewer) redirect('/login');
    // After an admin's reset only changing the password (or logging out) is allowed; nothing is written.
    if (viewer.mustChangePassword && !options.whilePasswordPending) redirect(PASSWORD_PAGE);
    return run(schema, formData, async (input) => {
      try {
        return await handler(viewer, input, withoutEmptyFiles(formData));
      } finally {
        // With a read replica, the viewer's next dashboards wait for this write (lib/read-db.ts); a failure
        // here only means those reads go to the primary.
        await rememberWrite().catch(() => {});
      }
    });
  };
}

/** For the few actions open to anonymous visitors (login, language choice). */
export function publicAction<S extends z.ZodType>(schema: S, handler: Handler<S, null>) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> =>
    run(schema, formData, (input) => handler(null, input, withoutEmptyFiles(formData)));
}

/** The form's answer, its messages translated for the reader (forms carry no catalogue for them). */
async function run<S extends z.ZodType>(
  choice: SchemaOrChoice<S>,
  formData: FormData,
  handler: (input: z.infer<S>) => Promise<FormState | undefined>,
): Promise<FormState> {
  return withTexts(await answer(choice, formData, handler));
}

async function answer<S extends z.ZodType>(
  choice: SchemaOrChoice<S>,
  formData: FormData,
  handler: (input: z.infer<S>) => Promise<FormState | undefined>,
): Promise<FormState> {
  const raw = formValues(formData);
  const values = submittedValues(formData);
  const input = unflatten(raw);
  const schema = typeof choice === 'function' ? choice(input) : choice;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    let formError: string | undefined;
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') formError = 'errors.unexpectedFields';
      else if (key && !fieldErrors[key]) fieldErrors[key] = issue.message;
      else if (!key) formError ??= issue.message;
    }
    return { status: 'error', fieldErrors, formError, values };
  }
  try {
    return (await handler(parsed.data)) ?? { status: 'ok' };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ActionError) {
      if (error.fieldErrors)
        return { status: 'error', fieldErrors: error.fieldErrors, formError: error.messageKey, values };
      return error.field
        ? { status: 'error', fieldErrors: { [error.field]: error.messageKey }, values }
        : { status: 'error', formError: error.messageKey, values };
    }
    if (isDatabaseUnavailable(error))
      return { status: 'error', formError: 'errors.databaseUnavailable', values };
    throw error;
  }
}

/**
 * FormData as a plain object, without the fields React adds for progressive enhancement; a name sent
 * several times (checkboxes) becomes a list. Files are left to the handler, which gets the FormData.
 */
function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/**
 * The form's values as posted (strings, never the schema's output), to refill it; secrets are never echoed.
 * A handler that keeps the form open returns these, changed where it must (e.g. the new version).
 */
export function submittedValues(formData: FormData): Record<string, unknown> {
  const raw = formValues(formData);
  return unflatten(Object.fromEntries(Object.entries(raw).filter(([k]) => !/password/i.test(k))));
}
