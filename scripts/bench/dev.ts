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

export interface DevServer {
  /** Where it answers, as its "Local" line says, without the trailing slash: http://localhost:4321 */
  origin: string;
  /** performance.now() when the command was started. */
  startedAt: number;
  /** Seconds from the start to Astro's "ready in" line. */
  ready: number;
  /** Stops it and everything it started, and returns once it has gone and its log is closed. */
  stop(): Promise<void>;
}

/** What vitest puts into process.env for the code it tests: Vite's import.meta.env, and its own names. */
const testRunnerNames = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);

/**
 * The caller's environment, less what a test runner sets: NODE_ENV=test changes how Astro serves pages,
 * and a content store saved under other values is, to Astro, a changed config: it parses every file again.
 */
export function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !testRunnerNames.has(name) && !name.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}

/**
 * Starts `astro dev` in `dir` (its own node_modules), as `npm run dev` does, and returns once it says
 * where it answers. Fails, naming the log, if it is not ready within `timeoutSeconds`; nothing is left
 * running then.
 *
 * No --port or --host: Astro keeps its saved content store only while its whole config is the one it
 * was saved with (astro/dist/content/content-layer.js), so a start with another port parses every
 * file again, which an editor's `npm run dev` does not. When 4321 is taken, Astro takes the next port.
 */
export async function startDevServer(dir: string, options: { log: string; timeoutSeconds?: number }): Promise<DevServer> {
  const out = createWriteStream(options.log);
  const startedAt = performance.now();
  const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev'], {
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
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
    await exited;
    // The log is whole, and closed, before anyone is told to read it (or removes its folder).
    await new Promise<void>((resolve) => out.end(resolve));
  };
  try {
    const { ready, origin } = await new Promise<{ ready: number; origin: string }>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`astro dev in ${dir} was not ready within ${options.timeoutSeconds ?? 180} s; its output is in ${options.log}`)), (options.timeoutSeconds ?? 180) * 1000);
      child.stdout.on('data', (chunk: Buffer) => {
        out.write(chunk);
        seen = (seen + chunk.toString()).slice(-4096);
        const local = /ready in \d+[\s\S]*Local\s+(http:\/\/\S+?)\/?\s/.exec(seen);
        if (local) {
          clearTimeout(timer);
          resolve({ ready: (performance.now() - startedAt) / 1000, origin: local[1]! });
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`astro dev in ${dir} stopped before it was ready; its output is in ${options.log}`));
      });
    });
    return { origin, startedAt, ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Starts `astro dev` in `dir`, asks for `path` once it is ready, and stops it.
 * Fails, naming the log, if it is not ready within `timeoutSeconds` or answers with an error.
 */
export async function timeDevServer(dir: string, path: string, options: { log: string; timeoutSeconds?: number }): Promise<DevTiming> {
  const server = await startDevServer(dir, options);
  try {
    const response = await fetch(`${server.origin}${path}`);
    const body = await response.arrayBuffer();
    const firstPage = (performance.now() - server.startedAt) / 1000;
    if (!response.ok) throw new Error(`astro dev in ${dir} answered ${path} with ${response.status}; its output is in ${options.log}`);
    return { path, ready: server.ready, firstPage, status: response.status, bytes: body.byteLength };
  } finally {
    await server.stop();
  }
}
