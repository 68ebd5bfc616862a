import { BlockList, isIP } from 'node:net';

/**
 * Which address a request comes from, for the per-address login limit. Pure functions: no `server-only`,
 * because our HTTP server (server.ts) imports the header name too.
 */

/** Our HTTP server writes the TCP peer of every request here, replacing anything a client sent. */
export const PEER_HEADER = 'x-kinerja-peer';

/** Set on globalThis by server.ts; without it the header could come from a client and is ignored. */
export const PEER_MARK = Symbol.for('kinerja.peer-header');

/** An address without brackets, port or IPv4-mapped prefix, in lower case; null when it is not an IP. */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped?.[1]) value = mapped[1];
  return isIP(value) ? value.toLowerCase() : null;
}

const familyOf = (ip: string) => (isIP(ip) === 4 ? 'ipv4' : 'ipv6');

/** TRUSTED_PROXIES: comma-separated addresses or CIDRs, IPv4 and IPv6 (e.g. "10.0.0.0/8, fd00::/8"). */
export function parseTrustedProxies(raw: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (raw ?? '').split(',').map((s) => s.trim())) {
    if (!entry) continue;
    const [address = '', bits, extra] = entry.split('/');
    const ip = normalizeAddress(address);
    const max = ip && isIP(ip) === 4 ? 32 : 128;
    const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : Number.NaN;
    if (!ip || extra !== undefined || !(prefix >= 0 && prefix <= max))
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IPv4 or IPv6 address or CIDR`);
    list.addSubnet(ip, prefix, familyOf(ip));
  }
  return list;
}

/**
 * The client of a request. The TCP peer is the client unless it is a trusted proxy; then X-Forwarded-For
 * is read from the right (each proxy appends the address it got the request from), trusted proxies are
 * skipped, and the first address that is not one of them is the client. Whatever lies left of it was
 * written by the client itself and is never believed. `peer` null means the peer is unknown (not served
 * by server.ts): the last X-Forwarded-For hop stands in for it, which only a proxy in front makes safe.
 */
export function clientAddress(peer: string | null, forwardedFor: string | null, trusted: BlockList): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  if (peer !== null) hops.push(peer);
  for (let i = hops.length - 1; i >= 0; i--) {
    const ip = normalizeAddress(hops[i] ?? '');
    if (ip === null) return 'unknown';
    if (i === 0 || !trusted.check(ip, familyOf(ip))) return ip;
  }
  return 'unknown';
}
