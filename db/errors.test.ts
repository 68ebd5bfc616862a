import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises the ways a lost PostgreSQL shows up in pg', () => {
    for (const error of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('terminating connection due to administrator command', '57P01'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      // Seen when PostgreSQL was killed in the middle of report filings (npm run bench:ops).
      new Error('Client has encountered a connection error and is not queryable'),
    ])
      expect(isDatabaseUnavailable(error), error.message).toBe(true);
  });

  it('leaves bugs and refusals alone', () => {
    for (const error of [
      withCode('duplicate key value violates unique constraint', '23505'),
      withCode('permission denied for table audit_log', '42501'),
      new TypeError('Cannot read properties of undefined'),
    ])
      expect(isDatabaseUnavailable(error), error.message).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
