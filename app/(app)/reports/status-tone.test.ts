import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { STATUS_TONE } from './status-tone';

// Tailwind 4 defines its palette in OKLCH; the contrast is computed from the same values the page uses.
const theme = readFileSync(createRequire(import.meta.url).resolve('tailwindcss/theme.css'), 'utf8');

/** Relative luminance (WCAG) of a palette colour such as "sky-700", via OKLab to linear sRGB. */
function luminance(colour: string): number {
  const m = theme.match(new RegExp(`--color-${colour}: oklch\\(([\\d.]+)% ([\\d.]+) ([\\d.]+)\\)`));
  if (!m) throw new Error(`no colour ${colour} in tailwindcss/theme.css`);
  const [L, C, h] = [Number(m[1]) / 100, Number(m[2]), (Number(m[3]) * Math.PI) / 180];
  const [a, b] = [C * Math.cos(h), C * Math.sin(h)];
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const mm = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const clip = (x: number) => Math.min(1, Math.max(0, x));
  const r = clip(4.0767416621 * l - 3.3077115913 * mm + 0.2309699292 * s);
  const g = clip(-1.2684380046 * l + 2.6097574011 * mm - 0.3413193965 * s);
  const bl = clip(-0.0041960863 * l - 0.7034186147 * mm + 1.707614701 * s);
  return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
}

const contrastWithWhite = (colour: string) => 1.05 / (luminance(colour) + 0.05);

describe('report status badges', () => {
  it('computes the contrast the issue measured for the old pending badge (sky-600: 4.02:1)', () => {
    expect(contrastWithWhite('sky-600')).toBeCloseTo(4.02, 2);
  });

  for (const [status, tone] of Object.entries(STATUS_TONE)) {
    it(`${status}: white text on ${tone} meets WCAG AA (4.5:1)`, () => {
      expect(contrastWithWhite(tone.replace(/^bg-/, ''))).toBeGreaterThanOrEqual(4.5);
    });
  }
});
