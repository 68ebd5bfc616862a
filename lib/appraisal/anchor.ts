import 'server-only';
import { type Database, PREPARED } from '@/db';
import type { PeriodRef } from '@/lib/calendar/types';
import { config } from '@/lib/config';
import {
  achievement,
  combineEntries,
  isPredikat,
  type MeasuredIndicator,
  ORG_PREDIKAT,
  type OrgPredikat,
  periodShare,
  periodTarget,
  suggestHasil,
} from '@/lib/domain/appraisal';
import { validatedValues } from '@/lib/realisation/queries';
import { approvedOutputBetween } from '@/lib/reports/realisation';
import { loadRhks } from '@/lib/skp/queries';
import type { AppraisalRhk, SuggestionBasis } from './types';

type StoredItem = {
  indicator_id: number;
  realisation_computed: string | null;
  realisation_override: string | null;
  override_reason: string | null;
  feedback: string | null;
};

/**
 * The SKP's RHK and indicators with the period's realisation by each indicator's measure: live from
 * approved daily reports and validated periodic entries while the appraisal is a draft (`live`), as frozen
 * at delivery afterwards. Nothing validated in the period is null (missing), not 0.
 */
export async function appraisalRhks(
  db: Database,
  skpId: number,
  period: PeriodRef,
  stored: readonly StoredItem[],
  live: boolean,
): Promise<AppraisalRhk[]> {
  const rhks = await loadRhks(db, skpId);
  const ids = rhks.flatMap((r) => r.indicators.map((i) => i.id));
  const [output, entries] = live
    ? await Promise.all([
        approvedOutputBetween(db, ids, period.startsOn, period.endsOn),
        validatedValues(db, ids, period.startsOn, period.endsOn),
      ])
    : [new Map<number, number>(), new Map<number, number[]>()];
  const byId = new Map(stored.map((s) => [s.indicator_id, s]));
  const share = periodShare(period.startsOn, period.endsOn);
  return rhks.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    items: r.indicators.map((ind) => {
      const s = byId.get(ind.id);
      const measure = ind.measure ?? 'daily';
      const computed = live
        ? measure === 'daily'
          ? (output.get(ind.id) ?? null)
          : combineEntries(measure, entries.get(ind.id) ?? [])
        : s?.realisation_computed == null
          ? null
          : Number(s.realisation_computed);
      const override = s?.realisation_override != null ? Number(s.realisation_override) : null;
      const measured: MeasuredIndicator = {
        utama: r.kind === 'utama',
        aspek: ind.aspek,
        measure,
        target: Number(ind.targetValue),
        realisation: override ?? computed,
        overridden: override !== null,
      };
      return {
        indicatorId: ind.id,
        aspek: ind.aspek,
        measure,
        text: ind.text,
        target: ind.targetValue,
        // A narrative's realisation and period target are judged percentages, not the indicator's unit.
        targetUnit: measure === 'qualitative' ? '%' : ind.targetUnit,
        periodTarget: periodTarget(measured, share),
        computed,
        override,
        overrideReason: s?.override_reason ?? null,
        feedback: s?.feedback ?? null,
        achievementPct: achievement(measured, share),
      };
    }),
  }));
}

/** The evidence anchor for these RHK in the period. */
export function anchorOf(rhks: readonly AppraisalRhk[], period: PeriodRef): SuggestionBasis {
  const measured: MeasuredIndicator[] = rhks.flatMap((r) =>
    r.items.map((i) => ({
      id: i.indicatorId,
      text: i.text,
      utama: r.kind === 'utama',
      aspek: i.aspek,
      measure: i.measure,
      target: Number(i.target),
      realisation: i.override ?? i.computed,
      overridden: i.override !== null,
    })),
  );
  const s = suggestHasil(measured, periodShare(period.startsOn, period.endsOn), config.suggestion);
  return s ? { ...s, thresholds: config.suggestion } : null;
}

/** The Predikat Kinerja Organisasi that fixes a unit head's Rating Hasil Kerja, if one is set. */
export async function orgResultForHead(
  db: Database,
  employeeId: number,
  periodId: number,
): Promise<OrgPredikat | null> {
  const row = await db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .innerJoin('org_results as o', (j) =>
      j.onRef('o.unit_id', '=', 'e.unit_id').on('o.period_id', '=', periodId),
    )
    .select('o.predikat')
    .where('e.id', '=', employeeId)
    .where('p.is_unit_head', '=', true)
    .modifyEnd(PREPARED)
    .executeTakeFirst();
  const p = row?.predikat;
  return p && (ORG_PREDIKAT as readonly string[]).includes(p) ? (p as OrgPredikat) : null;
}

export const asPredikat = (v: string | null) => (v && isPredikat(v) ? v : null);
