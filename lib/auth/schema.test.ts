import { describe, expect, it } from 'vitest';
import { changePasswordSchema, safeReturnPath } from './schema';

describe('safeReturnPath', () => {
  // Each of these would send the browser to another host (or run script) if it were followed as given.
  const hostile = [
    '/\t/evil.example/',
    '/\t/skp',
    '/\n/evil.example/',
    '/\r\n/evil.example',
    '\t//evil.example',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '/\t\\evil.example',
    ' //evil.example',
    '\u0000//evil.example',
    'https://evil.example/',
    'HTTPS://evil.example',
    'http:/evil.example',
    'http:evil.example',
    '//user@evil.example',
    '/..//evil.example',
    '/./../..//evil.example',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    '',
    undefined,
  ];
  it.each(hostile.map((v) => [JSON.stringify(v), v]))('refuses %s', (_label, value) => {
    expect(safeReturnPath(value)).toBe('/');
  });

  // Values that stay on our host, whatever they look like once decoded by a later hop.
  const kept: [string, string][] = [
    ['/skp', '/skp'],
    ['/reports?month=2026-11&saved=1', '/reports?month=2026-11&saved=1'],
    ['/employees/12#career', '/employees/12#career'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/%5Cevil.example', '/%5Cevil.example'],
    ['/%0a/evil.example', '/%0a/evil.example'],
    ['/%09/evil.example', '/%09/evil.example'],
    ['/skp/../reports', '/reports'],
    ['/a b', '/a%20b'],
  ];
  it.each(kept)('keeps %s on this site', (value, expected) => {
    const out = safeReturnPath(value);
    expect(out).toBe(expected);
    expect(new URL(out, 'https://kinerja.example').origin).toBe('https://kinerja.example');
    expect(out).not.toMatch(/[\t\r\n]/);
  });
});

describe('new passwords', () => {
  const change = (newPassword: string) =>
    changePasswordSchema.safeParse({
      currentPassword: 'lama-sekali-2025',
      newPassword,
      confirmPassword: newPassword,
    });
  const errorOf = (newPassword: string) => {
    const r = change(newPassword);
    return r.success ? null : r.error.issues.find((i) => i.path[0] === 'newPassword')?.message;
  };

  it('need at least 8 characters and take up to 128, with no rule on their composition', () => {
    expect(errorOf('a'.repeat(7))).toBe('validation.passwordTooShort');
    expect(errorOf('a'.repeat(8))).toBeNull();
    // Long passphrases are welcome: 64 and 128 characters are taken, 129 is refused.
    expect(errorOf('kalimat sandi yang panjang '.repeat(3).slice(0, 64))).toBeNull();
    expect(errorOf('b'.repeat(128))).toBeNull();
    expect(errorOf('b'.repeat(129))).toBe('validation.passwordTooLong');
    // Only letters, only digits, only spaces: no composition rule refuses any of them.
    for (const p of ['abcdefgh', '12345678', '        x']) expect(errorOf(p)).toBeNull();
  });
});
