import 'server-only';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '@/db/errors';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import type { FormState } from '@/lib/form-state';

/** An expected refusal from a mutation: shown beside a field or above the form, nothing saved. */
export class ActionError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
  ) {
    super(messageKey);
  }
}

type Handler<S extends z.ZodType, V> = (viewer: V, input: z.infer<S>) => Promise<FormState | undefined>;

/** Every server action goes through here: session → strict parse → handler → errors mapped for the form. */
export function authedAction<S extends z.ZodType>(schema: S, handler: Handler<S, Viewer>) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const viewer = await getViewer();
    if (!viewer) redirect('/login');
    return run(schema, formData, (input) => handler(viewer, input));
  };
}

/** For the few actions open to anonymous visitors (login, language choice). */
export function publicAction<S extends z.ZodType>(schema: S, handler: Handler<S, null>) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> =>
    run(schema, formData, (input) => handler(null, input));
}

async function run<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  handler: (input: z.infer<S>) => Promise<FormState | undefined>,
): Promise<FormState> {
  const raw = formValues(formData);
  const values = echoable(raw);
  const parsed = schema.safeParse(raw);
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
      return error.field
        ? { status: 'error', fieldErrors: { [error.field]: error.messageKey }, values }
        : { status: 'error', formError: error.messageKey, values };
    }
    if (isDatabaseUnavailable(error))
      return { status: 'error', formError: 'errors.databaseUnavailable', values };
    throw error;
  }
}

/** FormData as a plain object, without the fields React adds for progressive enhancement. */
function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    out[key] = value;
  }
  return out;
}

// Values sent back to refill the form; secrets are never echoed.
function echoable(raw: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !/password/i.test(k)));
}
