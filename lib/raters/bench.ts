// Recall and false-flag rate of rater analytics on the synthetic agency, per bias type and overall.
import { analyseRaters } from './signals';
import { BIASES, type Bias, EXPECTED, type SyntheticOptions, syntheticAgency } from './synthetic';

export type BiasScore = {
  seed: number;
  /** Injected raters found by the signal meant for their bias, per type. */
  found: Record<Bias, { found: number; of: number }>;
  recall: number;
  honest: number;
  honestFlagged: number;
  falseFlagRate: number;
};

/** Runs the analytics on one synthetic agency and scores it. */
export function scoreSeed(options: Partial<SyntheticOptions> & { seed: number }): BiasScore {
  const agency = syntheticAgency(options);
  const results = analyseRaters(agency.map((a) => a.input));
  const found = Object.fromEntries(BIASES.map((b) => [b, { found: 0, of: 0 }])) as BiasScore['found'];
  let honest = 0;
  let honestFlagged = 0;
  results.forEach((r, i) => {
    const rater = agency[i];
    if (!rater) return;
    if (rater.bias === null) {
      honest += 1;
      if (r.flagged) honestFlagged += 1;
      return;
    }
    const expected = EXPECTED[rater.bias];
    const cell = found[rater.bias];
    cell.of += 1;
    if (r.signals.some((s) => s.flagged && s.kind === expected)) cell.found += 1;
  });
  const totals = Object.values(found).reduce((t, c) => ({ found: t.found + c.found, of: t.of + c.of }), {
    found: 0,
    of: 0,
  });
  return {
    seed: options.seed,
    found,
    recall: totals.of ? totals.found / totals.of : 0,
    honest,
    honestFlagged,
    falseFlagRate: honest ? honestFlagged / honest : 0,
  };
}
