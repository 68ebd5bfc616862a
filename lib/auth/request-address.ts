import 'server-only';
import { config } from '@/lib/config';
import { clientAddress, PEER_HEADER, PEER_MARK } from '@/lib/domain/client-address';

let warned = false;

/** The client address of the current request (see clientAddress), from its headers. */
export function requestAddress(headers: { get(name: string): string | null }): string {
  const fromOurServer = (globalThis as Record<symbol, unknown>)[PEER_MARK] === true;
  if (!fromOurServer && !warned && process.env.NODE_ENV === 'production') {
    warned = true;
    console.warn(
      '[kinerja] not served by server.ts: the TCP peer is unknown, so the per-address login limit trusts the last X-Forwarded-For hop',
    );
  }
  const peer = fromOurServer ? (headers.get(PEER_HEADER) ?? '') : null;
  return clientAddress(peer, headers.get('x-forwarded-for'), config.trustedProxies);
}
