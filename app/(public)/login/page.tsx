import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LanguageSwitcher } from '@/components/language-switcher';
import { Abbr } from '@/components/ui/abbr';
import { pageViewer } from '@/lib/auth/viewer';
import { config } from '@/lib/config';
import { getTranslations } from '@/lib/i18n/server';
import { LoginForm } from './login-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  if (await pageViewer()) redirect('/');
  const params = await searchParams;
  const t = await getTranslations();
  const callbackUrl = typeof params.callbackUrl === 'string' ? params.callbackUrl : '';
  const notice = params.loggedOut ? t('auth.loggedOut') : params.expired ? t('auth.expired') : null;
  const ssoRefusal = ssoMessage(params.sso);
  return (
    <ClientMessages namespaces={['auth']}>
      <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
        <div className="flex justify-end">
          <LanguageSwitcher
            returnTo={`/login${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
          />
        </div>
        <header>
          <p className="text-sm font-medium text-emerald-800">{t('app.agency')}</p>
          <h1 className="text-3xl font-bold">{t('app.name')}</h1>
          <p className="mt-1 text-slate-700">{t('app.tagline')}</p>
        </header>
        <section
          aria-labelledby="login-title"
          className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm"
        >
          <h2 id="login-title" className="mb-1 text-xl font-semibold">
            {t('auth.title')}
          </h2>
          {config.passwordLogin && (
            <p className="mb-4 text-sm text-slate-700">
              <Abbr>{t('auth.intro')}</Abbr>
            </p>
          )}
          {notice && (
            <p role="status" className="mb-4 rounded border-l-4 border-sky-700 bg-sky-50 p-3 text-sm">
              {notice}
            </p>
          )}
          {ssoRefusal && (
            <p
              role="alert"
              className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm"
              data-testid="sso-error"
            >
              {t(ssoRefusal)}
            </p>
          )}
          {config.sso && (
            <a
              href={`/login/sso${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
              className="block rounded border border-emerald-800 bg-white px-4 py-2 text-center font-semibold text-emerald-800 hover:bg-emerald-50"
              data-testid="sso-login"
            >
              {t('sso.button')}
            </a>
          )}
          {config.sso && config.passwordLogin && (
            <p className="my-3 text-center text-sm text-slate-600">{t('sso.or')}</p>
          )}
          {config.passwordLogin ? (
            <LoginForm callbackUrl={callbackUrl} refused={params.refused === '1'} />
          ) : (
            <p className="mt-3 text-sm text-slate-700">{t('sso.passwordOff')}</p>
          )}
        </section>
        {config.demoMode && <p className="text-sm text-slate-600">{t('auth.demoNotice')}</p>}
      </main>
    </ClientMessages>
  );
}

/** The single sign-on refusal the callback sent back (?sso=unknown|disabled|failed), as a message key. */
function ssoMessage(value: string | string[] | undefined): string | null {
  return value === 'unknown' || value === 'disabled' || value === 'failed' ? `sso.${value}` : null;
}
