import { describe, expect, it } from 'vitest';
import { refreshesFor } from './live-refresh';

const MINUTE = 60_000;
const now = Date.parse('2026-12-07T09:00:00+07:00');

describe('the open queue re-reads a changed queue', () => {
  it('while the person has done something within the idle time but a minute', () => {
    expect(refreshesFor(now - 5 * MINUTE, now, 30)).toBe(true);
    expect(refreshesFor(now - 28 * MINUTE, now, 30)).toBe(true);
  });

  it('not for an unattended screen, whose session then ends at the idle time', () => {
    expect(refreshesFor(now - 29 * MINUTE, now, 30)).toBe(false);
    expect(refreshesFor(now - 3 * 60 * MINUTE, now, 30)).toBe(false);
  });

  it('with a very short idle time, still for someone active in the last minute', () => {
    expect(refreshesFor(now - 30_000, now, 1)).toBe(true);
    expect(refreshesFor(now - 2 * MINUTE, now, 1)).toBe(false);
  });
});
