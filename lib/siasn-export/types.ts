import type { PeriodRef } from '@/lib/calendar/types';
import type { SiasnSource } from '@/lib/domain/siasn';

/** A period that has results to hand on, with how many rows its export holds for the viewer. */
export type ExportablePeriod = PeriodRef & { rows: number };

export type SiasnExport = { period: PeriodRef; rows: SiasnSource[] };
