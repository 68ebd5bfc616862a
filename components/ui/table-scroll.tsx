import type { ReactNode } from 'react';

/**
 * A table wider than the screen scrolls inside this box, never the page. The box is focusable and named
 * so keyboard users can scroll it too, and positioned so the table's screen-reader-only text stays inside.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      className="table-scroll relative max-w-full overflow-x-auto"
    >
      {children}
    </section>
  );
}
