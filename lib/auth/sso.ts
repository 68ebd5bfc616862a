import 'server-only';
import { type Client, generators, Issuer } from 'openid-client';
import type { Database } from '@/db';
import { nipFromClaim, type SsoConfig } from '@/lib/sso-config';

/**
 * OpenID Connect sign-in: the authorization code flow with PKCE, state and nonce (openid-client, the library
 * next-auth's OAuth providers use), started by a plain link, so it works without JavaScript. The provider
 * vouches for a person; the account is the user whose employee has the NIP in the configured claim. The
 * session issued afterwards is the same token as after a password sign-in.
 */

export type SsoMatch =
  | { ok: true; employeeId: number; sessionVersion: number; locale: string | null }
  | { ok: false; reason: 'unknown' | 'disabled' };

/** The account for the provider's claims: unknown when no (valid) NIP claim or no user has it. */
export async function matchSsoAccount(
  db: Database,
  claims: Record<string, unknown>,
  nipClaim: string,
): Promise<SsoMatch> {
  const nip = nipFromClaim(claims[nipClaim]);
  if (!nip) return { ok: false, reason: 'unknown' };
  const user = await db
    .selectFrom('users')
    .innerJoin('employees', 'employees.id', 'users.employee_id')
    .select([
      'users.employee_id',
      'users.session_version',
      'users.disabled_at',
      'users.locale',
      'employees.active',
    ])
    .where('employees.nip', '=', nip)
    .executeTakeFirst();
  if (!user) return { ok: false, reason: 'unknown' };
  if (user.disabled_at || !user.active) return { ok: false, reason: 'disabled' };
  return {
    ok: true,
    employeeId: user.employee_id,
    sessionVersion: user.session_version,
    locale: user.locale,
  };
}

// Discovery once per process; a failed discovery is retried at the next sign-in.
let discovered: { key: string; client: Promise<Client> } | undefined;

export function ssoClient(sso: SsoConfig, redirectUri: string): Promise<Client> {
  const key = `${sso.issuer} ${sso.clientId} ${redirectUri}`;
  if (discovered?.key !== key) {
    const client = Issuer.discover(sso.issuer).then(
      (issuer) =>
        new issuer.Client({
          client_id: sso.clientId,
          client_secret: sso.clientSecret,
          redirect_uris: [redirectUri],
          response_types: ['code'],
        }),
    );
    client.catch(() => {
      if (discovered?.client === client) discovered = undefined;
    });
    discovered = { key, client };
  }
  return discovered.client;
}

/** What the browser keeps between leaving for the provider and coming back (an httpOnly cookie). */
export type SsoPending = { state: string; nonce: string; verifier: string; returnTo: string };
export const SSO_COOKIE = 'kinerja-sso';

export function newPending(returnTo: string): SsoPending {
  return {
    state: generators.state(),
    nonce: generators.nonce(),
    verifier: generators.codeVerifier(),
    returnTo,
  };
}

export function parsePending(raw: string | undefined): SsoPending | null {
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Record<string, unknown>;
    const keys = ['state', 'nonce', 'verifier', 'returnTo'] as const;
    return keys.every((k) => typeof p[k] === 'string') ? (p as SsoPending) : null;
  } catch {
    return null;
  }
}

export const codeChallenge = (verifier: string) => generators.codeChallenge(verifier);

/** The provider's answer checked (state, nonce, PKCE, ID token signature) and its claims, userinfo added. */
export async function completeSignIn(
  client: Client,
  redirectUri: string,
  callbackUrl: string,
  pending: SsoPending,
  nipClaim: string,
): Promise<Record<string, unknown>> {
  const params = client.callbackParams(callbackUrl);
  const tokens = await client.callback(redirectUri, params, {
    state: pending.state,
    nonce: pending.nonce,
    code_verifier: pending.verifier,
  });
  const claims: Record<string, unknown> = { ...tokens.claims() };
  // Many providers put custom claims in userinfo only.
  if (claims[nipClaim] === undefined && tokens.access_token) {
    Object.assign(claims, await client.userinfo(tokens), { sub: claims.sub });
  }
  return claims;
}
