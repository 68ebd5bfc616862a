import { describe, expect, it } from 'vitest';
import { workersFromEnv } from './workers';

describe('WEB_WORKERS', () => {
  it('defaults to one worker per CPU, at least one', () => {
    expect(workersFromEnv({}, 2)).toBe(2);
    expect(workersFromEnv({ WEB_WORKERS: '' }, 8)).toBe(8);
    expect(workersFromEnv({}, 0)).toBe(1);
  });

  it('takes a whole number ≥ 1; anything else stops the start with a message', () => {
    expect(workersFromEnv({ WEB_WORKERS: '1' }, 8)).toBe(1);
    expect(workersFromEnv({ WEB_WORKERS: '3' }, 2)).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'many'])
      expect(() => workersFromEnv({ WEB_WORKERS: bad }, 2)).toThrow(/WEB_WORKERS/);
  });
});
