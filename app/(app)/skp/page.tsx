import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { mySkpId } from '@/lib/skp/queries';
import { CreateSkpForm } from './create-skp-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('skp') };
}

export default async function MySkpPage() {
  const viewer = await requireViewer();
  const year = Number(today().slice(0, 4));
  const id = await mySkpId(getDb(), viewer, year);
  if (id) redirect(`/skp/${id}`);
  const t = await getTranslations('skp');
  return (
    <ClientMessages namespaces={['skp']}>
      <div className="max-w-xl space-y-4">
        <h1 className="text-2xl font-bold">{t('title', { year })}</h1>
        <p>{t('none', { year })}</p>
        <CreateSkpForm />
      </div>
    </ClientMessages>
  );
}
