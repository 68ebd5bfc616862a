import 'server-only';
import { headers } from 'next/headers';

/** The path of the current request (set by proxy.ts), for "return here" links in forms. */
export async function currentPath(): Promise<string> {
  return (await headers()).get('x-pathname') ?? '/';
}
