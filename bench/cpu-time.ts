/**
 * CPU time spent by process trees, read from /proc (Linux): what one response costs the web server and
 * PostgreSQL. Unlike requests per second it hardly moves when other work shares the machine, so two runs
 * of a change compare well even on a busy day.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

type Proc = { pid: number; ppid: number; cpuMs: number };

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields start after its last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      });
    } catch {
      // gone between listing and reading
    }
  }
  return out;
}

/** The pids of a process and all its descendants. */
function tree(all: readonly Proc[], root: number): Set<number> {
  const members = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all)
      if (!members.has(p.pid) && members.has(p.ppid)) {
        members.add(p.pid);
        grew = true;
      }
  }
  return members;
}

function hasEnv(pid: number, entry: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry);
  } catch {
    return false;
  }
}

export type CpuSample = { web: number; db: number };

/**
 * A sampler of the CPU ms used so far by the web server's process tree (without the processes whose
 * environment holds `skipEnv`, e.g. the background-jobs worker) and by PostgreSQL's.
 */
export function cpuSampler(opts: {
  webPid: () => number | undefined;
  dbPid?: () => number | undefined;
  skipEnv?: string;
}) {
  return (): CpuSample => {
    const all = processes();
    const sum = (pid: number | undefined, skip?: string) => {
      if (pid === undefined) return 0;
      const members = tree(all, pid);
      return all
        .filter((p) => members.has(p.pid) && !(skip && hasEnv(p.pid, skip)))
        .reduce((s, p) => s + p.cpuMs, 0);
    };
    return { web: sum(opts.webPid(), opts.skipEnv), db: sum(opts.dbPid?.()) };
  };
}
