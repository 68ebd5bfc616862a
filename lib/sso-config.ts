/**
 * Single sign-on settings (OpenID Connect), read from the environment once: all three of OIDC_ISSUER,
 * OIDC_CLIENT_ID and OIDC_CLIENT_SECRET turn it on; some without the others is a mistake that stops the app
 * at start rather than a login button that fails. PASSWORD_LOGIN=off needs SSO on, or nobody could sign in.
 */
export type SsoConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim (ID token or userinfo) holding the NIP / NI PPPK the account is matched by. */
  nipClaim: string;
  scope: string;
};

type Env = Record<string, string | undefined>;

export function ssoFromEnv(env: Env): SsoConfig | null {
  const issuer = env.OIDC_ISSUER?.trim() ?? '';
  const clientId = env.OIDC_CLIENT_ID?.trim() ?? '';
  const clientSecret = env.OIDC_CLIENT_SECRET ?? '';
  const set = [issuer, clientId, clientSecret].filter(Boolean).length;
  if (set === 0) return null;
  if (set < 3)
    throw new Error(
      'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together (or none of them)',
    );
  try {
    new URL(issuer);
  } catch {
    throw new Error(`OIDC_ISSUER must be a URL, got "${issuer}"`);
  }
  return {
    issuer: issuer.replace(/\/$/, ''),
    clientId,
    clientSecret,
    nipClaim: env.OIDC_NIP_CLAIM?.trim() || 'nip',
    scope: env.OIDC_SCOPE?.trim() || 'openid profile',
  };
}

/** PASSWORD_LOGIN: `on` (default) or `off`; off only makes sense, and is only accepted, with SSO on. */
export function passwordLoginFromEnv(env: Env, sso: SsoConfig | null): boolean {
  const raw = env.PASSWORD_LOGIN?.trim() ?? '';
  if (raw === '' || raw === 'on') return true;
  if (raw !== 'off') throw new Error(`PASSWORD_LOGIN must be "on" or "off", got "${raw}"`);
  if (!sso)
    throw new Error(
      'PASSWORD_LOGIN=off needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET)',
    );
  return false;
}

/** The NIP in a claim as identity providers send it: a string or a number, maybe spaced or quoted. */
export function nipFromClaim(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const nip = String(value).replace(/^'/, '').replace(/\s+/g, '');
  return /^\d{18}$/.test(nip) ? nip : null;
}
