import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { config } from '@/lib/config';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { reportFormContext } from '@/lib/reports/queries';
import { REPORT_FORM_MESSAGES } from '../form-messages';
import { ReportForm } from '../report-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('newTitle') };
}

export default async function NewReportPage() {
  const viewer = await requireViewer();
  const on = today();
  const [context, t] = await Promise.all([
    reportFormContext(getDb(), viewer, on),
    getTranslations('reports'),
  ]);
  return (
    <ClientMessages namespaces={REPORT_FORM_MESSAGES}>
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
        {!context ? (
          <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t('noSkp')}</p>
        ) : (
          <ReportForm
            indicators={context.indicators}
            earliestDate={context.earliestDate}
            today={on}
            maxMb={config.evidenceMaxBytes / 1024 / 1024}
            values={{
              ...context.defaults,
              idempotencyKey: randomUUID(),
              activity: '',
              quantity: '1',
              evidenceLink: '',
            }}
          />
        )}
      </div>
    </ClientMessages>
  );
}
