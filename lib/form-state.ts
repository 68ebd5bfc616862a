/** What every server action returns to its form. Messages are catalogue keys, translated where shown. */
export type FormState = {
  status: 'idle' | 'ok' | 'error';
  fieldErrors?: Record<string, string>;
  formError?: string;
  message?: string;
  values?: Record<string, string>;
};

export const initialFormState: FormState = { status: 'idle' };
