import type { ReportStatus } from '@/lib/domain/reports';

/**
 * Badge colours of a report's status, with white text: each keeps at least 4.5:1 contrast (WCAG AA for
 * the badges' small text). A unit test checks them against Tailwind's palette.
 */
export const STATUS_TONE: Record<ReportStatus, string> = {
  approved: 'bg-emerald-700',
  pending: 'bg-sky-700',
  returned: 'bg-amber-700',
  rejected: 'bg-red-700',
};
