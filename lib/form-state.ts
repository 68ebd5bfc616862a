/** What every server action returns to its form. Messages are catalogue keys, translated where shown. */
export type FormState = {
  status: 'idle' | 'ok' | 'error';
  fieldErrors?: Record<string, string>;
  formError?: string;
  message?: string;
  /** What was submitted (nested like the schema), to refill the form; secrets are never included. */
  values?: Record<string, unknown>;
  /** A value shown once to the person who asked for it (an admin's one-time password); never stored. */
  secret?: string;
  /** The messages above in the reader's language (lib/i18n/action-texts.ts): forms carry no catalogue for them. */
  texts?: Record<string, string>;
};

export const initialFormState: FormState = { status: 'idle' };
