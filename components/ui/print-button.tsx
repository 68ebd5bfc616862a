'use client';

/** Opens the browser's print dialog; without JavaScript the browser's own Print menu does the same. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="btn btn-primary">
      {label}
    </button>
  );
}
