import type { ReactNode } from 'react';
import { requireViewer } from '@/lib/auth/viewer';

/** Printable documents: no navigation, just the page, still only for signed-in people. */
export default async function PrintLayout({ children }: { children: ReactNode }) {
  await requireViewer();
  return (
    <main id="main" className="mx-auto max-w-5xl bg-white p-6 print:p-0">
      {children}
    </main>
  );
}
