'use client';

import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A disclosure menu on <details>/<summary>: it opens and closes without JavaScript. With JavaScript the
 * header stays mounted across page changes, so the menu closes itself when the page changes and on Escape.
 */
export function Menu({
  summary,
  className,
  summaryClassName,
  testId,
  children,
}: {
  summary: ReactNode;
  className?: string;
  summaryClassName?: string;
  testId?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the effect of a page change
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details
      ref={ref}
      className={className}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {children}
    </details>
  );
}
