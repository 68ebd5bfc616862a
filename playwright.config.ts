import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
// The test OpenID Provider (e2e/oidc-provider.ts) beside the app; the app has single sign-on configured with it.
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 10);
const OIDC_ISSUER = `http://localhost:${oidcPort}`;

/** Runs against the production build; e2e/run-all.ts prepares the database and passes DATABASE_URL. */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Generous: a shared 2-core machine can be busy; a slow page still fails, a hung one after 90 s.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: '.data/test-results/playwright',
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node_modules/.bin/tsx e2e/oidc-provider.ts',
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
      env: { E2E_OIDC_PORT: String(oidcPort), E2E_APP_URL: `http://localhost:${port}` },
    },
    {
      // Our own server (server.ts), as in production: it passes the TCP peer address to the app.
      command: 'node_modules/.bin/tsx server.ts',
      url: `http://localhost:${port}/api/health/live`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        DATABASE_URL: process.env.E2E_APP_DATABASE_URL ?? process.env.E2E_DATABASE_URL ?? '',
        NEXTAUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only-secret',
        NEXTAUTH_URL: `http://localhost:${port}`,
        DEMO_MODE: 'true',
        KINERJA_STRICT_I18N: '1',
        NEXT_TELEMETRY_DISABLED: '1',
        OIDC_ISSUER,
        OIDC_CLIENT_ID: 'kinerja-e2e',
        OIDC_CLIENT_SECRET: 'e2e-only-oidc-client-secret',
      },
    },
  ],
});
