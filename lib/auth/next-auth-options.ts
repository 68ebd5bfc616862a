import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { authSecret, config } from '@/lib/config';
import { authenticate } from './authenticate';
import { requestAddress } from './request-address';
import { loginSchema } from './schema';
import { decodeSession, encodeSession, idleSeconds, SESSION_COOKIE, sessionCookieOptions } from './session';
import { defaultLimits } from './throttle';
import { loadViewer } from './viewer';

/**
 * next-auth serves /api/auth/* (session, csrf, sign-in for API clients). Its token is the same one the
 * login form issues; its jwt callback re-checks the session version so a revoked session yields nothing.
 */
export function nextAuthOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: idleSeconds() },
    jwt: {
      maxAge: idleSeconds(),
      encode: async ({ token }) => {
        const { uid, sv, lat } = (token ?? {}) as { uid: number; sv: number; lat: number };
        return encodeSession({ uid, sv, lat });
      },
      decode: async ({ token }) => decodeSession(token),
    },
    cookies: { sessionToken: { name: SESSION_COOKIE, options: sessionCookieOptions() } },
    pages: { signIn: '/login' },
    providers: [
      CredentialsProvider({
        credentials: { nip: { type: 'text' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse({ nip: credentials?.nip, password: credentials?.password });
          if (!parsed.success) return null;
          const sent = req.headers ?? {};
          const result = await authenticate(
            getDb(),
            {
              ...parsed.data,
              ip: requestAddress({ get: (name) => (sent[name] === undefined ? null : String(sent[name])) }),
            },
            {
              demoMode: config.demoMode,
              limits: defaultLimits(),
              maxConcurrentHashes: config.loginMaxConcurrentHashes,
              passwordLogin: config.passwordLogin,
            },
          );
          return result.ok ? { id: String(result.employeeId), sv: result.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          return {
            sub: user.id,
            uid: Number(user.id),
            sv: (user as { sv?: number }).sv ?? 0,
            lat: Math.floor(Date.now() / 1000),
          };
        }
        const { uid, sv, lat } = token as { uid: number; sv: number; lat: number };
        if (!(await loadViewer(getDb(), { uid, sv, lat }))) throw new Error('session revoked');
        return token;
      },
      async session({ session, token }) {
        return { expires: session.expires, user: { id: String(token.uid) } } as typeof session;
      },
    },
  };
}
