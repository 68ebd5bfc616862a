import NextAuth from 'next-auth';
import { nextAuthOptions } from '@/lib/auth/next-auth-options';

function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(nextAuthOptions())(req, ctx);
}

export { handler as GET, handler as POST };
