import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionButton } from '@/components/ui/action-button';
import { getDb } from '@/db';
import { setAccessAction, unlockUserAction } from '@/lib/admin/users/actions';
import { getUserAccount, scopeUnits } from '@/lib/admin/users/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { AccountState } from '../account-state';
import { ResetPasswordForm } from './reset-password-form';
import { RolesForm } from './roles-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminUsers'))('title') };
}

const section = 'space-y-2 rounded-lg border border-slate-300 bg-white p-4';

/** One account: reset the password, unlock the NIP, disable or enable, and set roles. */
export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = parseId((await params).id);
  const account = id === null ? null : await getUserAccount(getDb(), viewer, id);
  if (!account) notFound();
  const [t, units] = await Promise.all([getTranslations('adminUsers'), scopeUnits(getDb(), viewer)]);
  const self = account.employeeId === viewer.employeeId;
  return (
    <ClientMessages namespaces={['adminUsers']}>
      <div className="max-w-3xl space-y-4">
        <Link href="/admin/users" className="text-emerald-800 underline">
          {t('back')}
        </Link>
        <h1 className="text-2xl font-bold">{t('detailTitle', { name: account.name })}</h1>
        <p>
          <span className="font-mono">{account.nip}</span> · {account.unitName} ·{' '}
          <AccountState account={account} />
        </p>
        {self && <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">{t('self')}</p>}

        <section className={section} aria-labelledby="reset-h">
          <h2 id="reset-h" className="text-lg font-semibold">
            {t('resetTitle')}
          </h2>
          <p className="text-sm text-slate-700">{t('resetIntro')}</p>
          <ResetPasswordForm employeeId={account.employeeId} />
        </section>

        <section className={section} aria-labelledby="unlock-h">
          <h2 id="unlock-h" className="text-lg font-semibold">
            {t('unlockTitle')}
          </h2>
          <p className="text-sm text-slate-700">{t('unlockIntro')}</p>
          {!account.locked && <p className="text-sm">{t('notLocked')}</p>}
          {/* Always there, so its answer stays on the page once the lock is gone. */}
          <ActionButton
            action={unlockUserAction}
            fields={{ employeeId: account.employeeId }}
            label={t('unlock')}
            pendingLabel={t('saving')}
          />
        </section>

        <section className={section} aria-labelledby="access-h">
          <h2 id="access-h" className="text-lg font-semibold">
            {t('accessTitle')}
          </h2>
          <p className="text-sm text-slate-700">{t('disableIntro')}</p>
          {!self && (
            <ActionButton
              action={setAccessAction}
              fields={{ employeeId: account.employeeId, disabled: account.disabled ? '0' : '1' }}
              label={account.disabled ? t('enable') : t('disable')}
              pendingLabel={t('saving')}
            />
          )}
        </section>

        <section className={section} aria-labelledby="roles-h">
          <h2 id="roles-h" className="text-lg font-semibold">
            {t('rolesTitle')}
          </h2>
          <RolesForm account={account} units={units} />
        </section>
      </div>
    </ClientMessages>
  );
}
