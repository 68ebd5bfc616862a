import path from 'node:path';
import { defineConfig } from 'vitest/config';

// server-only guards the DAL against client bundles; tests import the DAL directly on the server.
const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'components/**/*.test.ts', 'app/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['**/*.itest.ts'],
          exclude: ['node_modules/**', '.next/**', '.data/**'],
          environment: 'node',
          globalSetup: ['db/testing-global-setup.ts'],

          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
