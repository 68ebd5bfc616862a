import 'server-only';
import type { Database } from '@/db';
import type { PeriodRef } from '@/lib/calendar/types';
import { config } from '@/lib/config';
import {
  achievement,
  isPredikat,
  type MeasuredIndicator,
  ORG_PREDIKAT,
  type OrgPredikat,
  periodShare,
  periodTarget,
  suggestHasil,
} from '@/lib/domain/appraisal';
import { approvedOutputBetween } from '@/lib/reports/realisation';
import { loadRhks } from '@/lib/skp/queries';
import type { AppraisalRhk, SuggestionBasis } from './types';

type StoredItem = {
  indicator_id: number;
  realisation_computed: string;
  realisation_override: string | null;
  override_reason: string | null;
  feedback: string | null;
};

/**
 * The SKP's RHK and indicators with the period's realisation: live from approved daily reports while the
 * appraisal is a draft (`live`), as frozen at delivery afterwards.
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
  const output = live ? await approvedOutputBetween(db, ids, period.startsOn, period.endsOn) : new Map();
  const byId = new Map(stored.map((s) => [s.indicator_id, s]));
  const share = periodShare(period.startsOn, period.endsOn);
  return rhks.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    items: r.indicators.map((ind) => {
      const s = byId.get(ind.id);
      const computed = live ? (output.get(ind.id) ?? 0) : Number(s?.realisation_computed ?? 0);
      const override = s?.realisation_override != null ? Number(s.realisation_override) : null;
      const measured: MeasuredIndicator = {
        utama: r.kind === 'utama',
        aspek: ind.aspek,
        target: Number(ind.targetValue),
        realisation: override ?? computed,
        overridden: override !== null,
      };
      return {
        indicatorId: ind.id,
        aspek: ind.aspek,
        text: ind.text,
        target: ind.targetValue,
        targetUnit: ind.targetUnit,
        periodTarget: periodTarget(measured, share),
        computed,
        override,
        overrideReason: s?.override_reason ?? null,
        feedback: s?.feedback ?? null,
        achievementPct:
          ind.aspek === 'kuantitas' || override !== null || computed > 0
            ? achievement(measured, share)
            : null,
      };
    }),
  }));
}

/** The evidence anchor for these RHK in the period. */
export function anchorOf(rhks: readonly AppraisalRhk[], period: PeriodRef): SuggestionBasis {
  const measured: MeasuredIndicator[] = rhks.flatMap((r) =>
    r.items.map((i) => ({
      utama: r.kind === 'utama',
      aspek: i.aspek,
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
    .executeTakeFirst();
  const p = row?.predikat;
  return p && (ORG_PREDIKAT as readonly string[]).includes(p) ? (p as OrgPredikat) : null;
}

export const asPredikat = (v: string | null) => (v && isPredikat(v) ? v : null);
