import { describe, expect, it } from 'vitest';
import { nipFromClaim, passwordLoginFromEnv, ssoFromEnv } from './sso-config';

const full = {
  OIDC_ISSUER: 'https://sso.example.go.id/realms/asn/',
  OIDC_CLIENT_ID: 'kinerja',
  OIDC_CLIENT_SECRET: 's',
};

describe('single sign-on settings', () => {
  it('is off without any OIDC variable, on with all three, with nip and "openid profile" by default', () => {
    expect(ssoFromEnv({})).toBeNull();
    expect(ssoFromEnv(full)).toEqual({
      issuer: 'https://sso.example.go.id/realms/asn',
      clientId: 'kinerja',
      clientSecret: 's',
      nipClaim: 'nip',
      scope: 'openid profile',
    });
    expect(ssoFromEnv({ ...full, OIDC_NIP_CLAIM: 'nip_baru' })?.nipClaim).toBe('nip_baru');
  });

  it('stops the start when only some are set or the issuer is not a URL', () => {
    expect(() => ssoFromEnv({ OIDC_ISSUER: full.OIDC_ISSUER })).toThrow(/together/);
    expect(() => ssoFromEnv({ ...full, OIDC_ISSUER: 'sso' })).toThrow(/URL/);
  });

  it('switches password sign-in off only when asked and only with SSO on', () => {
    const sso = ssoFromEnv(full);
    expect(passwordLoginFromEnv({}, sso)).toBe(true);
    expect(passwordLoginFromEnv({ PASSWORD_LOGIN: 'off' }, sso)).toBe(false);
    expect(() => passwordLoginFromEnv({ PASSWORD_LOGIN: 'off' }, null)).toThrow(/needs single sign-on/);
    expect(() => passwordLoginFromEnv({ PASSWORD_LOGIN: 'no' }, sso)).toThrow(/"on" or "off"/);
  });

  it('reads a NIP claim sent as text, number, quoted or spaced, and nothing else', () => {
    expect(nipFromClaim('199004172015032002')).toBe('199004172015032002');
    expect(nipFromClaim("'199004172015032002")).toBe('199004172015032002');
    expect(nipFromClaim('19900417 201503 2 002')).toBe('199004172015032002');
    expect(nipFromClaim(undefined)).toBeNull();
    expect(nipFromClaim('12345')).toBeNull();
    expect(nipFromClaim({ nip: '199004172015032002' })).toBeNull();
  });
});
