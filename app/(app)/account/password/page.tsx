import type { Metadata } from 'next';
import { ClientMessages } from '@/components/i18n/client-messages';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';
import { PasswordForm } from './password-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function ChangePasswordPage() {
  const viewer = await requireViewer();
  const t = await getTranslations('account');
  const tOwn = await getTranslations('ownData');
  return (
    <ClientMessages namespaces={['account']}>
      <div className="max-w-lg space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {viewer.mustChangePassword && (
          <p
            role="alert"
            className="rounded border-l-4 border-amber-600 bg-amber-50 p-3"
            data-testid="must-change"
          >
            {tOwn('mustChange')}
          </p>
        )}
        <p className="text-slate-700">{t('intro')}</p>
        <PasswordForm />
      </div>
    </ClientMessages>
  );
}
