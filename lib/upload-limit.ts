/**
 * The largest form post, in MiB: up to three evidence files of EVIDENCE_MAX_MB each (the action refuses
 * a larger file with a field error) plus the form's fields. Next's proxy buffer and its server-action
 * limit both use it (next.config.ts), so neither cuts a post the action would accept; proxy.ts answers
 * a longer body with a readable 413 before either reads it.
 */
export function formBodyLimitMb(env: Record<string, string | undefined> = process.env): number {
  const perFile = Number(env.EVIDENCE_MAX_MB ?? 10);
  return (Number.isInteger(perFile) && perFile > 0 ? perFile : 10) * 3 + 2;
}

export const evidenceMaxMb = (env: Record<string, string | undefined> = process.env): number =>
  (formBodyLimitMb(env) - 2) / 3;
