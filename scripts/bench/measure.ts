/**
 * Runs one build as a child process and measures it: wall time, CPU time and
 * peak memory of the whole process tree (GNU time's rusage of the child, which
 * includes the children it waited for), and when each phase began, read from
 * the build's own log lines as they stream. Output goes to a file, never into a
 * buffer, so any amount of it is survived.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';

/** Resident memory (MB) of a process and all its descendants, from /proc (Linux); 0 elsewhere. */
export function treeRssMB(pid: number): number {
  if (!existsSync('/proc')) return 0;
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name in parentheses: state, ppid, …; rss (pages) is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we read.
    }
  }
  const inTree = (p: number): boolean => {
    for (let x: number | undefined = p, hops = 0; x !== undefined && x > 1 && hops < 64; x = parent.get(x), hops++) if (x === pid) return true;
    return false;
  };
  let total = 0;
  for (const [p, bytes] of rss) if (inTree(p)) total += bytes;
  return total / 1024 / 1024;
}

export interface Measured {
  ok: boolean;
  wallSeconds: number;
  cpuSeconds?: number | undefined;
  peakMB?: number | undefined;
  /** The largest sum of resident memory over the whole process tree at once (sampled every 250 ms): Pagefind's indexer runs beside Node. */
  peakTreeMB: number;
  /** The same, per phase (by the marker last seen when sampled). */
  phasePeakMB: Record<string, number>;
  /** Seconds from the start at which each marker line first appeared. */
  marks: Record<string, number>;
  log: string;
}

/** Phase markers in order: a name and the log line that begins it, looked for only once the one before it was seen. */
export type Markers = [string, RegExp][];

export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; log: string; markers: Markers }): Promise<Measured> {
  const timeFile = `${options.log}.time`;
  const useTime = existsSync('/usr/bin/time');
  const [cmd, argv] = useTime ? ['/usr/bin/time', ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const out = createWriteStream(options.log);
  const marks: Record<string, number> = {};
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let pending = '';
  const onData = (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000;
    out.write(chunk);
    // Only whole lines are matched; the tail waits for the next chunk.
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const next = options.markers.find(([name]) => marks[name] === undefined);
      if (next && next[1].test(line)) marks[next[0]] = at;
    }
    if (pending.length > 100_000) pending = '';
  };
  let peakTreeMB = 0;
  const phasePeakMB: Record<string, number> = {};
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const now = treeRssMB(child.pid);
    peakTreeMB = Math.max(peakTreeMB, now);
    // Attributed to the phase under way: the last marker seen.
    const phase = [...options.markers].reverse().find(([name]) => marks[name] !== undefined)?.[0] ?? '(start)';
    phasePeakMB[phase] = Math.max(phasePeakMB[phase] ?? 0, now);
  }, 250);
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await new Promise<void>((resolve) => out.end(resolve));
  let cpuSeconds: number | undefined;
  let peakMB: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const t = readFileSync(timeFile, 'utf8');
    const num = (re: RegExp) => Number(re.exec(t)?.[1] ?? NaN);
    cpuSeconds = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
    peakMB = num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024;
  }
  return { ok: code === 0, wallSeconds, cpuSeconds, peakMB, peakTreeMB, phasePeakMB, marks, log: options.log };
}

/** Phase durations from marks taken in order; a phase missing its mark is skipped. */
export function phases(marks: Record<string, number>, order: string[], end: number): Record<string, number> {
  const present = order.filter((n) => marks[n] !== undefined);
  return Object.fromEntries(present.map((name, i) => [name, (i + 1 < present.length ? marks[present[i + 1]!]! : end) - marks[name]!]));
}
