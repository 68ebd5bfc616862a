/**
 * One autocannon run per scenario, after a warm-up run whose figures are thrown away. Latencies are
 * recorded per response (autocannon's own percentiles stop at p90/p97.5), so p50/p95/p99 are exact.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import type { CpuSample } from './cpu-time';

/** What a scenario sends: one request template, optionally rebuilt per request. */
export type Scenario = {
  name: string;
  /** What is measured, for the table. */
  label: string;
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** Builds each request afresh (fresh keys, time slots, cookies); `context` is the connection's. */
  setupRequest?: (req: autocannon.Request, context: Record<string, unknown>) => autocannon.Request;
  /** Counts a response as a success; by default any 2xx. */
  ok?: (
    status: number,
    headers: Record<string, string | string[]>,
    context: Record<string, unknown>,
  ) => boolean;
  /** Called before the warm-up and before the measured run (e.g. to mint fresh cookies). */
  prepare?: (phase: 'warmup' | 'measure') => Promise<void>;
};

export type RunOptions = {
  baseUrl: string;
  connections: number;
  duration: number;
  warmup: number;
  /** CPU ms used so far by the server's processes (bench/cpu-time.ts), to report a response's cost. */
  cpu?: () => CpuSample;
};

export type Outcome = {
  name: string;
  label: string;
  path: string;
  method: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  ok: number;
  failed: number;
  /** Connection errors and timeouts (no HTTP answer). */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  rps: number;
  okRps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Mean size of a response (headers and body), in KiB. */
  kibPerResponse: number;
  /** CPU busy (%, all cores) in a second before the warm-up, while the bench itself sends nothing. */
  busyBefore: number;
  /**
   * CPU ms per successful response, of the web server's processes (the background-jobs worker left out) and
   * of PostgreSQL's, over the measured run; null when not sampled.
   */
  cpuMsPerOk: CpuSample | null;
  /** autocannon's own figures, for comparison. */
  autocannon: { p50: number; p97_5: number; p99: number; rpsAverage: number };
};

let running: autocannon.Instance | null = null;

/** Stops the load in progress (Ctrl-C), so the web server can shut down without waiting for it. */
export function stopLoad(): void {
  running?.stop();
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

/** How busy the CPUs are over `ms` (0–100 %): other work on the machine skews the figures. */
export async function cpuBusy(ms = 1000): Promise<number> {
  const sample = () =>
    os.cpus().reduce(
      (acc, c) => {
        const t = c.times;
        acc.idle += t.idle;
        acc.total += t.idle + t.user + t.nice + t.sys + t.irq;
        return acc;
      },
      { idle: 0, total: 0 },
    );
  const a = sample();
  await new Promise((r) => setTimeout(r, ms));
  const b = sample();
  const total = b.total - a.total;
  return total > 0 ? Math.round((1 - (b.idle - a.idle) / total) * 100) : 0;
}

async function once(
  scenario: Scenario,
  opts: RunOptions,
  seconds: number,
  busyBefore: number,
): Promise<Outcome> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let ok = 0;
  let failed = 0;
  const isOk = scenario.ok ?? ((status: number) => status >= 200 && status < 300);
  const request: autocannon.Request = {
    method: scenario.method ?? 'GET',
    path: scenario.path,
    // autocannon takes an explicit `undefined` for a value: leave absent keys out.
    ...(scenario.headers ? { headers: scenario.headers } : {}),
    ...(scenario.setupRequest ? { setupRequest: scenario.setupRequest } : {}),
    onResponse: (status, _body, context, headers) => {
      statusCounts[status] = (statusCounts[status] ?? 0) + 1;
      if (isOk(status, headers ?? {}, (context ?? {}) as Record<string, unknown>)) ok++;
      else failed++;
    },
  };
  const cpuBefore = opts.cpu?.();
  const started = Date.now();
  const instance = autocannon({
    url: opts.baseUrl,
    connections: opts.connections,
    duration: seconds,
    timeout: 30,
    requests: [request],
  });
  running = instance;
  let bytes = 0;
  instance.on('response', (_client, _status, resBytes, responseTime) => {
    latencies.push(responseTime);
    bytes += resBytes;
  });
  const result = await instance;
  running = null;
  const cpuAfter = opts.cpu?.();
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const total = latencies.length;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name: scenario.name,
    label: scenario.label,
    path: scenario.path,
    method: scenario.method ?? 'GET',
    connections: opts.connections,
    durationSeconds: round(elapsed),
    requests: total,
    ok,
    failed,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCounts,
    rps: round(total / seconds),
    okRps: round(ok / seconds),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[total - 1] ?? Number.NaN),
      mean: round(total ? latencies.reduce((s, l) => s + l, 0) / total : Number.NaN),
    },
    kibPerResponse: round(total ? bytes / total / 1024 : 0),
    busyBefore,
    cpuMsPerOk:
      cpuBefore && cpuAfter && ok > 0
        ? { web: round((cpuAfter.web - cpuBefore.web) / ok), db: round((cpuAfter.db - cpuBefore.db) / ok) }
        : null,
    autocannon: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      rpsAverage: result.requests.average,
    },
  };
}

/** Warm-up (discarded), then the measured run. */
export async function measure(scenario: Scenario, opts: RunOptions): Promise<Outcome> {
  // The previous scenario's last requests are still being served for a moment after autocannon stops.
  await new Promise((r) => setTimeout(r, 1500));
  const busy = await cpuBusy();
  if (opts.warmup > 0) {
    await scenario.prepare?.('warmup');
    await once(scenario, opts, opts.warmup, busy);
  }
  await scenario.prepare?.('measure');
  return once(scenario, opts, opts.duration, busy);
}
