/**
 * Open-loop load for the fault and flood bench (bench/ops.ts): requests leave at a fixed rate whether or
 * not earlier ones have been answered, as real users arrive, so a slow server shows up as latency and not
 * as a politely lower request rate. Every answer is recorded with its tag, status and time.
 */

export type Sample = { tag: string; status: number; ms: number; sentAt: number; key?: string };
export type Request = { tag: string; path: string; init?: RequestInit; key?: string };

/** Answers slower than this count as no answer (status 0; a failed connection is -1). */
const TIMEOUT_MS = 15_000;

export async function openLoop(
  baseUrl: string,
  rate: number,
  seconds: number,
  build: (i: number) => Request | Promise<Request>,
  onSample?: (s: Sample) => void,
): Promise<Sample[]> {
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const samples: Sample[] = [];
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const req = await build(i);
    const sentAt = performance.now();
    pending.push(
      fetch(`${baseUrl}${req.path}`, {
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        ...req.init,
      })
        .then(async (res) => {
          await res.arrayBuffer();
          return res.status;
        })
        // 0: no answer within TIMEOUT_MS; -1: the connection failed (refused, reset).
        .catch((error: Error) => (error.name === 'TimeoutError' ? 0 : -1))
        .then((status) => {
          const s: Sample = { tag: req.tag, status, ms: performance.now() - sentAt, sentAt, key: req.key };
          samples.push(s);
          onSample?.(s);
        }),
    );
  }
  await Promise.all(pending);
  return samples;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export type Summary = {
  tag: string;
  requests: number;
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  max: number;
};

/** Per tag (and "all"): counts by status and latency percentiles in whole milliseconds. */
export function summarise(samples: readonly Sample[]): Summary[] {
  const tags = [...new Set(samples.map((s) => s.tag))].sort();
  const one = (tag: string, of: readonly Sample[]): Summary => {
    const statuses: Record<string, number> = {};
    for (const s of of) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
    const ms = of.map((s) => s.ms);
    return {
      tag,
      requests: of.length,
      statuses,
      p50: Math.round(percentile(ms, 50)),
      p95: Math.round(percentile(ms, 95)),
      max: Math.round(Math.max(...ms)),
    };
  };
  const rows = tags.map((t) =>
    one(
      t,
      samples.filter((s) => s.tag === t),
    ),
  );
  return tags.length > 1 ? [...rows, one('all', samples)] : rows;
}
