import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ReportList } from '@/components/reports/report-list';
import { ActionButton } from '@/components/ui/action-button';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { config } from '@/lib/config';
import { today } from '@/lib/domain/dates';
import { isEditableReport } from '@/lib/domain/reports';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { recordReportOpen } from '@/lib/raters/mutations';
import { deleteReportAction } from '@/lib/reports/actions';
import { getReport, reportFormContext } from '@/lib/reports/queries';
import { REPORT_FORM_MESSAGES } from '../form-messages';
import { ReportForm } from '../report-form';

/** One report: its owner may edit or delete it while pending or returned; others in scope see it. */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = parseId((await params).id, { big: true }) ?? notFound();
  const db = getDb();
  const on = today();
  const report = await getReport(db, viewer, id, on);
  if (!report) notFound();
  await recordReportOpen(db, viewer, report.id, 'detail', on);
  const t = await getTranslations('reports');
  const editable = report.employeeId === viewer.employeeId && isEditableReport(report.status);
  const context = editable ? await reportFormContext(db, viewer, on) : null;
  return (
    <ClientMessages namespaces={REPORT_FORM_MESSAGES}>
      <div className="max-w-4xl space-y-4">
        <h1 className="text-2xl font-bold">{editable ? t('editTitle') : t('title')}</h1>
        <ReportList reports={[report]} showEmployee={report.employeeId !== viewer.employeeId} />
        {editable && context && (
          <>
            <ReportForm
              indicators={context.indicators}
              earliestDate={context.earliestDate}
              today={on}
              maxMb={config.evidenceMaxBytes / 1024 / 1024}
              values={{
                idempotencyKey: randomUUID(),
                reportId: String(report.id),
                version: String(report.version),
                reportDate: report.reportDate,
                indicatorId: String(report.indicatorId),
                activity: report.activity,
                quantity: report.quantity,
                unit: report.unit,
                startTime: report.startTime,
                endTime: report.endTime,
                evidenceLink: report.evidenceLink ?? '',
              }}
            />
            <ActionButton
              action={deleteReportAction}
              fields={{ reportId: report.id, version: report.version }}
              label={t('delete')}
              pendingLabel={t('saving')}
            />
          </>
        )}
      </div>
    </ClientMessages>
  );
}
