import type { NextRequest } from 'next/server';
import { safeReturnPath } from '@/lib/auth/schema';
import { plainPage } from '@/lib/plain-page';

/**
 * Where pages send the visitor while the database cannot be reached (lib/auth/viewer.ts): a readable 503
 * without touching the database, with a link back. POST too: a form posted without JavaScript is
 * redirected here with its method kept.
 */
function unavailable(request: NextRequest) {
  const back = safeReturnPath(request.nextUrl.searchParams.get('next') ?? undefined);
  return plainPage(request, 503, 'databaseUnavailable', { href: back, label: 'tryAgain' });
}

export { unavailable as GET, unavailable as POST };
