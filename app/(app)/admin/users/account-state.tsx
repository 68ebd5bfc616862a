import type { UserAccount } from '@/lib/admin/users/types';
import { getTranslations } from '@/lib/i18n/server';

const badge = 'mr-1 inline-block rounded px-2 py-0.5 text-xs font-semibold';

/** Active / disabled / locked / must change: what an admin needs to see at a glance. */
export async function AccountState({ account }: { account: UserAccount }) {
  const t = await getTranslations('adminUsers');
  return (
    <span data-testid="account-state">
      {account.disabled ? (
        <span className={`${badge} bg-red-100 text-red-900`}>{t('disabled')}</span>
      ) : (
        <span className={`${badge} bg-emerald-100 text-emerald-900`}>{t('active')}</span>
      )}
      {account.locked && <span className={`${badge} bg-amber-100 text-amber-900`}>{t('locked')}</span>}
      {account.mustChangePassword && (
        <span className={`${badge} bg-slate-200 text-slate-900`}>{t('mustChange')}</span>
      )}
      {!account.active && <span className={`${badge} bg-slate-200 text-slate-900`}>{t('left')}</span>}
    </span>
  );
}
