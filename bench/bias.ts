/**
 * `npm run bench:bias`: rater analytics on synthetic agencies with injected bias.
 *
 *   npm run bench:bias -- [--seeds 1,2,3,4,5] [--honest 40] [--per-bias 3] [--team-min 3] [--team-max 15]
 *
 * Each seed builds an agency of honest raters and raters carrying one bias each (lenient, severe, central,
 * favouring one subordinate, harsh on one, rubber-stamping), a year of four quarterly appraisals and daily
 * report decisions, runs the same analysis as the rater-insights page (lib/raters/signals.ts) and prints
 * the recall per bias type (found by the signal meant for it), overall recall and the false-flag rate on
 * honest raters (flagged by any signal).
 */
import { parseArgs } from 'node:util';
import { type BiasScore, scoreSeed } from '../lib/raters/bench';
import { BIASES } from '../lib/raters/synthetic';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1,2,3,4,5' },
    honest: { type: 'string', default: '40' },
    'per-bias': { type: 'string', default: '3' },
    'team-min': { type: 'string', default: '3' },
    'team-max': { type: 'string', default: '15' },
  },
});

const seeds = (args.seeds ?? '').split(',').map(Number).filter(Number.isFinite);
const scores: BiasScore[] = seeds.map((seed) =>
  scoreSeed({
    seed,
    honest: Number(args.honest),
    perBias: Number(args['per-bias']),
    teamMin: Number(args['team-min']),
    teamMax: Number(args['team-max']),
  }),
);

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const header = ['seed', ...BIASES, 'recall', 'honest flagged', 'false-flag rate'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const s of scores) {
  const cells = BIASES.map((b) => `${s.found[b].found}/${s.found[b].of}`);
  console.log(
    `| ${s.seed} | ${cells.join(' | ')} | ${pct(s.recall)} | ${s.honestFlagged}/${s.honest} | ${pct(s.falseFlagRate)} |`,
  );
}
const sum = (f: (s: BiasScore) => number) => scores.reduce((t, s) => t + f(s), 0);
const all = BIASES.map((b) => `${sum((s) => s.found[b].found)}/${sum((s) => s.found[b].of)}`);
const found = sum((s) => BIASES.reduce((t, b) => t + s.found[b].found, 0));
const of = sum((s) => BIASES.reduce((t, b) => t + s.found[b].of, 0));
console.log(
  `| all | ${all.join(' | ')} | ${pct(found / of)} | ${sum((s) => s.honestFlagged)}/${sum((s) => s.honest)} | ${pct(sum((s) => s.honestFlagged) / sum((s) => s.honest))} |`,
);
