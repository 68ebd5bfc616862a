import { vi } from 'vitest';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { fuzzServerActions } from './action-fuzz';

// The same stage as the authorization matrix (lib/security/authz-actions.itest.ts, whose mocks these are).
const request = vi.hoisted(() => {
  process.env.DEMO_MODE = 'true';
  process.env.NEXTAUTH_SECRET ??= 'matrix-test-secret-matrix-test-secret-0123';
  return { cookies: null as unknown, headers: new Headers() };
});
vi.mock('next/headers', () => ({
  cookies: async () => request.cookies,
  headers: async () => request.headers,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock('@/lib/domain/dates', async (original) => ({
  ...(await original<typeof import('@/lib/domain/dates')>()),
  today: () => TEST_TODAY,
}));

fuzzServerActions('js', request);
