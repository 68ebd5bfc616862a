import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress, parseTrustedProxies } from './client-address';

describe('parseTrustedProxies', () => {
  const list = parseTrustedProxies(' 10.0.0.0/8, 192.168.1.7 ,fd00::/8, ::1 ');
  it.each([
    ['10.255.0.1', true],
    ['11.0.0.1', false],
    ['192.168.1.7', true],
    ['192.168.1.8', false],
    ['fd12:3456::1', true],
    ['fe80::1', false],
    ['::1', true],
  ])('%s trusted: %s', (ip, trusted) => {
    expect(list.check(ip, ip.includes(':') ? 'ipv6' : 'ipv4')).toBe(trusted);
  });

  it('is empty when unset', () => {
    expect(parseTrustedProxies(undefined).rules).toEqual([]);
    expect(parseTrustedProxies('').rules).toEqual([]);
  });

  it.each(['10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/1', 'proxy.local', '10.0.0.0/', '10.0.0.0/x', '1.2.3'])(
    'refuses "%s"',
    (raw) => {
      expect(() => parseTrustedProxies(raw)).toThrow(/TRUSTED_PROXIES/);
    },
  );
});

describe('normalizeAddress', () => {
  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:10.0.0.1', '10.0.0.1'],
    ['[2001:DB8::1]:443', '2001:db8::1'],
    ['203.0.113.9:51000', '203.0.113.9'],
    ['  198.51.100.2 ', '198.51.100.2'],
    ['unknown', null],
    ['', null],
    ['1.2.3.4.5', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe('clientAddress', () => {
  const none = parseTrustedProxies('');
  const proxies = parseTrustedProxies('10.0.0.0/8, fd00::/8');

  it('uses the socket peer and ignores a client-sent X-Forwarded-For without trusted proxies', () => {
    expect(clientAddress('203.0.113.9', '1.1.1.1', none)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '1.1.1.1, 2.2.2.2', none)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', null, none)).toBe('203.0.113.9');
  });

  it('rotating X-Forwarded-For from one peer always yields that peer', () => {
    const seen = new Set(
      Array.from({ length: 50 }, (_, i) => clientAddress('203.0.113.9', `198.51.100.${i}`, none)),
    );
    expect([...seen]).toEqual(['203.0.113.9']);
  });

  it('ignores a peer that spoofs a trusted proxy address in the header', () => {
    expect(clientAddress('203.0.113.9', '10.0.0.1', proxies)).toBe('203.0.113.9');
  });

  it('behind trusted proxies takes the right-most address that is not a proxy', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.7', proxies)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7', proxies)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7, 10.0.0.5', proxies)).toBe('198.51.100.7');
    expect(clientAddress('fd00::2', '2001:db8::7, fd00::9', proxies)).toBe('2001:db8::7');
  });

  it('a client pretending to be a proxy only moves the answer to its own address', () => {
    // The client sends "forged, 10.0.0.1"; the trusted proxy appends the client's real address.
    expect(clientAddress('10.0.0.2', '6.6.6.6, 10.0.0.1, 198.51.100.7', proxies)).toBe('198.51.100.7');
  });

  it('a trusted proxy without X-Forwarded-For is itself the client; all trusted gives the left-most', () => {
    expect(clientAddress('10.0.0.2', null, proxies)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '10.0.0.3', proxies)).toBe('10.0.0.3');
  });

  it('an unreadable hop where the client should be is "unknown", never a client-chosen string', () => {
    expect(clientAddress('10.0.0.2', 'evil', proxies)).toBe('unknown');
    expect(clientAddress('', '1.1.1.1', none)).toBe('unknown');
  });

  it('without a known peer falls back to the last hop', () => {
    expect(clientAddress(null, '1.1.1.1, 198.51.100.7', none)).toBe('198.51.100.7');
    expect(clientAddress(null, null, none)).toBe('unknown');
  });
});
