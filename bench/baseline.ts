/**
 * The minimal Next page (bench/baseline-app/) served beside the app: the limit every scenario is compared
 * with, measured in the same run. Built with the same `next` when its build is missing or older than its
 * sources or than the installed `next`, then served by `next start` — one process, on its own port.
 * With --same-size it is also served grown to each scenario's size (`?rows=`), measured right after it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const DIR = path.join('bench', 'baseline-app');
const NEXT = path.join('node_modules', '.bin', 'next');

function newestSource(): number {
  const walk = (dir: string): number[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.name === '.next'
        ? []
        : e.isDirectory()
          ? walk(path.join(dir, e.name))
          : [statSync(path.join(dir, e.name)).mtimeMs],
    );
  return Math.max(...walk(DIR), statSync(path.join('node_modules', 'next', 'package.json')).mtimeMs);
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(NEXT, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited ${code}`)),
    );
  });
}

export class BaselineApp {
  private child: ChildProcess | null = null;
  /** Body bytes of the page at 40 and at 440 rows, measured once (see pathFor). */
  private sizes: [number, number] | null = null;
  constructor(
    private readonly port: number,
    private readonly log: (line: string) => void,
  ) {}

  /** The `next start` process, for its CPU time. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get baseUrl(): string {
    return `http://localhost:${this.port}`;
  }

  /** The path of the page grown (`?rows=`) to about `kib` KiB, the size of a scenario's response. */
  async pathFor(kib: number): Promise<string> {
    const bytes = async (rows: number) =>
      (await (await fetch(`${this.baseUrl}/?rows=${rows}`)).arrayBuffer()).byteLength;
    this.sizes ??= [await bytes(40), await bytes(440)];
    const [small, large] = this.sizes;
    const rows = Math.round(40 + ((kib * 1024 - small) * 400) / (large - small));
    return `/?rows=${Math.min(5000, Math.max(1, rows))}`;
  }

  async start(): Promise<void> {
    const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } as NodeJS.ProcessEnv;
    const buildId = path.join(DIR, '.next', 'BUILD_ID');
    if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource()) {
      this.log('building the minimal Next page (bench/baseline-app)…');
      await run(['build', DIR], env);
    }
    this.child = spawn(NEXT, ['start', DIR, '-p', String(this.port)], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const ok = await fetch(this.baseUrl).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return this.log(`minimal Next page ready at ${this.baseUrl}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the minimal Next page did not answer on ${this.baseUrl} within 60 s`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}
