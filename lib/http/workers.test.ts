import { describe, expect, it } from 'vitest';
import { jobsHeapFromEnv, workersFromEnv } from './workers';

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

describe('JOBS_MAX_HEAP_MB', () => {
  it('leaves Node’s default unless set, and refuses what is not a sensible heap size', () => {
    expect(jobsHeapFromEnv({})).toBeNull();
    expect(jobsHeapFromEnv({ JOBS_MAX_HEAP_MB: '' })).toBeNull();
    expect(jobsHeapFromEnv({ JOBS_MAX_HEAP_MB: '8192' })).toBe(8192);
    for (const bad of ['8 GB', '100', '-1', '1.5'])
      expect(() => jobsHeapFromEnv({ JOBS_MAX_HEAP_MB: bad })).toThrow(/JOBS_MAX_HEAP_MB/);
  });
});
