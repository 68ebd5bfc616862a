/** True for errors that mean "the database cannot be reached right now", as opposed to a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code ?? '';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'].includes(code))
    return true;
  if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
  // "not queryable": a pooled client whose connection died (PostgreSQL killed) and is used once more.
  return /timeout exceeded when trying to connect|Connection terminated|connection timeout|not queryable/i.test(
    error.message,
  );
}
