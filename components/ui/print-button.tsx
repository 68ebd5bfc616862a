'use client';

/** Opens the browser's print dialog; without JavaScript the browser's own Print menu does the same. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-emerald-800 px-4 py-2 text-white"
    >
      {label}
    </button>
  );
}
