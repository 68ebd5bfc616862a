/**
 * A real OpenID Provider for the end-to-end tests (the certified `oidc-provider` package, not a mock),
 * started by playwright.config.ts beside the app. Its built-in development sign-in page accepts any login
 * and password; the login typed there is the account id, and the account's `nip` claim is that login, so a
 * spec signs in "as" a NIP (or as something that is not one). Never for production use.
 */
import Provider from 'oidc-provider';

export const OIDC_CLIENT = { id: 'kinerja-e2e', secret: 'e2e-only-oidc-client-secret' };

const port = Number(process.env.E2E_OIDC_PORT ?? 3110);
const appUrl = process.env.E2E_APP_URL ?? 'http://localhost:3100';

const provider = new Provider(`http://localhost:${port}`, {
  clients: [
    {
      client_id: OIDC_CLIENT.id,
      client_secret: OIDC_CLIENT.secret,
      redirect_uris: [`${appUrl}/login/sso/callback`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], profile: ['name', 'nip'] },
  // The NIP claim travels in the ID token as well as in userinfo (both are read by the app).
  conformIdTokenClaims: false,
  cookies: { keys: ['e2e-only-oidc-cookie-key'] },
  features: { devInteractions: { enabled: true } },
  findAccount: async (_ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, name: `SSO ${id}`, nip: id }),
  }),
});

provider.listen(port, () => console.log(`[oidc] test provider on http://localhost:${port}`));
