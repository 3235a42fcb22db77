/**
 * The editors' loop: how long `astro dev` takes, from the command to Astro's
 * "ready" line and to the first page it answers. The server is started in a
 * site's folder, asked for one page as soon as it says it is ready (as a
 * browser opened on its address would), then stopped, and the timer waits
 * until it has gone, so the next start does not share the machine with it.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../lib/preview.ts';

export interface DevTiming {
  /** The page asked for. */
  path: string;
  /** Seconds from the start to Astro's "ready in" line. */
  ready: number;
  /** Seconds from the start until the whole first page had arrived. */
  firstPage: number;
  status: number;
  bytes: number;
}

/** The caller's environment, less what a test runner sets (NODE_ENV=test changes how Astro serves pages). */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}

/**
 * Starts `astro dev` in `dir` (its own node_modules), asks for `path` once it is ready, and stops it.
 * Fails, naming the log, if it is not ready within `timeoutSeconds` or answers with an error.
 */
export async function timeDevServer(dir: string, path: string, options: { log: string; timeoutSeconds?: number }): Promise<DevTiming> {
  const port = await freePort();
  const out = createWriteStream(options.log);
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: devEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops anything it started.
    detached: true,
  });
  // 'error' (it could not be started at all) comes instead of 'exit'.
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      out.write(`could not start astro dev: ${error.message}\n`);
      resolve();
    });
  });
  child.stderr.pipe(out, { end: false });
  try {
    const ready = await new Promise<number>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`astro dev in ${dir} was not ready within ${options.timeoutSeconds ?? 180} s; its output is in ${options.log}`)), (options.timeoutSeconds ?? 180) * 1000);
      child.stdout.on('data', (chunk: Buffer) => {
        out.write(chunk);
        seen = (seen + chunk.toString()).slice(-4096);
        if (/ready in \d+/.test(seen)) {
          clearTimeout(timer);
          resolve(seconds());
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`astro dev in ${dir} stopped before it was ready; its output is in ${options.log}`));
      });
    });
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    const body = await response.arrayBuffer();
    const firstPage = seconds();
    if (!response.ok) throw new Error(`astro dev in ${dir} answered ${path} with ${response.status}; its output is in ${options.log}`);
    return { path, ready, firstPage, status: response.status, bytes: body.byteLength };
  } finally {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
    await exited;
    // The log is whole, and closed, before anyone is told to read it (or removes its folder).
    await new Promise<void>((resolve) => out.end(resolve));
  }
}
