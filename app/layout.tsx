import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { type Messages, pickMessages } from '@/lib/i18n/pick';
import { getLocale, getMessages, getTranslations } from '@/lib/i18n/server';
import './globals.css';

/** All a page's client components share: the error boundary's texts. Islands get theirs from ClientMessages. */
const SHARED = ['errors.title', 'errors.pageFailed', 'errors.tryAgain'];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const [t, messages] = await Promise.all([getTranslations('app'), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={pickMessages(messages as Messages, SHARED)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
