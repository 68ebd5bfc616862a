import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { type Messages, pickMessages } from '@/lib/i18n/pick';
import { getMessages } from '@/lib/i18n/server';

/**
 * The one way a client component gets catalogue text: its server parent wraps it here with the
 * namespaces (or dotted paths) it calls `useTranslations` with. Only those travel in the page, plus
 * `validation`, the texts of the schemas' browser-side checks. What a server action answers arrives
 * already translated (FormState.texts), so forms need no other namespace for errors.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: ReactNode;
}) {
  const all = (await getMessages()) as Messages;
  return (
    <NextIntlClientProvider messages={pickMessages(all, ['validation', ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
