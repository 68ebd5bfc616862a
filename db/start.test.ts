import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { authSecret } from '@/lib/config';

const ROOT = path.resolve(__dirname, '..');
const saved = process.env.NEXTAUTH_SECRET;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = saved;
});

describe('NEXTAUTH_SECRET', () => {
  it('is required outside demo mode: npm start stops before touching the database', () => {
    // A database that does not exist: were the secret not checked first, the error would be a connection one.
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none',
    };
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['db/start.ts'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NEXTAUTH_SECRET is required outside demo mode');
  });

  it('must be at least 32 characters wherever the app signs or reads a session', () => {
    delete process.env.NEXTAUTH_SECRET;
    expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET must be set/);
    process.env.NEXTAUTH_SECRET = 'x'.repeat(31);
    expect(() => authSecret()).toThrow(/at least 32/);
    process.env.NEXTAUTH_SECRET = 'x'.repeat(32);
    expect(authSecret()).toBe('x'.repeat(32));
  });
});
