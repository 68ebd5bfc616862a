/** The results table, the machine it ran on, and bench/results/latest.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Outcome } from './measure';

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

const fmt = (n: number, digits = 1) =>
  Number.isFinite(n)
    ? n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';

/** The name prefix of the minimal page's runs grown to a scenario's size (`--same-size`). */
export const SAME_SIZE = 'same-size:';

/**
 * One row per scenario; the ratio is the scenario's successful requests/s over the minimal Next page's, the
 * mean of its runs before and after the app's scenarios (or over /login when no baseline was measured).
 * With --same-size a second ratio compares the scenario with the minimal page grown to its size.
 */
export function table(all: readonly Outcome[]): string {
  const outcomes = all.filter((o) => !o.name.startsWith(SAME_SIZE));
  const sameSize = new Map(
    all.filter((o) => o.name.startsWith(SAME_SIZE)).map((o) => [o.name.slice(SAME_SIZE.length), o]),
  );
  const baselines = outcomes.filter((o) => o.name.startsWith('baseline-'));
  const baselineName = baselines.length > 0 ? 'minimal page' : '/login';
  const baseline =
    baselines.length > 0
      ? { okRps: baselines.reduce((sum, o) => sum + o.okRps, 0) / baselines.length }
      : outcomes.find((o) => o.name === 'login');
  const head = [
    'scenario',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'requests',
    'errors',
    'not ok',
    `vs ${baselineName}`,
    ...(sameSize.size > 0 ? ['vs same-size page'] : []),
    'KiB/resp',
    'CPU ms/resp web + db',
    'idle CPU busy',
  ];
  const rows = outcomes.map((o) => [
    o.label,
    fmt(o.okRps),
    fmt(o.latencyMs.p50),
    fmt(o.latencyMs.p95),
    fmt(o.latencyMs.p99),
    String(o.requests),
    String(o.errors + o.timeouts),
    String(o.failed),
    baseline && baseline.okRps > 0 ? `${fmt(o.okRps / baseline.okRps, 2)}×` : '–',
    ...(sameSize.size > 0 ? [ratioTo(o, sameSize.get(o.name))] : []),
    fmt(o.kibPerResponse),
    o.cpuMsPerOk ? `${fmt(o.cpuMsPerOk.web)} + ${fmt(o.cpuMsPerOk.db)}` : '–',
    `${o.busyBefore} %`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const ratioTo = (o: Outcome, other: Outcome | undefined) =>
  other && other.okRps > 0 ? `${fmt(o.okRps / other.okRps, 2)}× (${fmt(other.okRps)})` : '–';

export function writeResults(file: string, data: unknown): string {
  const target = path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`);
  return target;
}

export type Summary = {
  employees: number;
  dailyReports: number;
  connections: number;
  duration: number;
  warmup: number;
  machine: ReturnType<typeof machineInfo>;
  outcomes: readonly Outcome[];
};

export function printSummary(s: Summary): void {
  const { machine } = s;
  console.log('');
  console.log(
    `Kinerja ASN bench — ${s.employees.toLocaleString('en')} employees, ${s.dailyReports.toLocaleString('en')} ` +
      `daily reports, ${s.connections} connections, ${s.duration} s per scenario after ${s.warmup} s warm-up`,
  );
  console.log(
    `Machine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.totalMemoryGiB} GiB RAM, Node ${machine.node} ` +
      '(autocannon, Next and PostgreSQL share it)',
  );
  console.log('');
  console.log(table(s.outcomes));
  console.log('');
  console.log(
    'req/s counts successful responses only (2xx; 303 → /reports?…saved=1 for the POST); errors are ' +
      'connection errors and timeouts, "not ok" other answers; "CPU ms/resp" is the CPU time of the web ' +
      "server's processes (the jobs process left out) and of PostgreSQL's per successful response, which other " +
      'work on the machine skews far less than req/s; "idle CPU busy" is how busy the machine was in the ' +
      'second before the scenario, with the bench idle (other work skews the figures). With --same-size, ' +
      '"vs same-size page" compares with the minimal page grown to the scenario\'s KiB (its req/s in brackets), ' +
      'measured right after the scenario: the part of the gap that is not the size of the output.',
  );
}
