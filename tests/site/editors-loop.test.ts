// An editor's loop in the real `astro dev`: an edit made since the last build is on the
// page when the server starts, files not edited are served as they were stored, and an
// edit made while it runs shows, even one that puts back the text the server started
// with. The content loader (src/lib/content-loader.ts) skips parsing unchanged files
// on a start; this holds that the short cut never serves a stale page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { devEnv, startDevServer, type DevServer } from '../../scripts/bench/dev.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let server: DevServer | undefined;

/** A copy of the project whose node_modules is its own folder, so the caches Astro and Vite keep there are the copy's. */
function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'ae-dev-loop-'));
  for (const name of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, name), join(copy, name), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  return copy;
}

beforeAll(() => {
  dir = copyProject();
  // An editor's `npm run build`: it hands its saved content store to the dev server.
  const built = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, env: devEnv(), encoding: 'utf8', timeout: 240_000 });
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
  expect(existsSync(join(dir, '.astro', 'data-store.json'))).toBe(true);
}, 300_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const title = async (path: string) => {
  const response = await fetch(`${server!.origin}${path}`);
  expect(response.status).toBe(200);
  return parse(await response.text()).querySelector('h1')!.textContent.trim();
};

async function waitForTitle(path: string, expected: string): Promise<string> {
  const until = Date.now() + 30_000;
  let seen = await title(path);
  while (seen !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    seen = await title(path);
  }
  return seen;
}

describe('editing while `astro dev` runs, on a start after a build', () => {
  it('serves every edit, made before the start or while it runs, and the untouched pages as they are', async () => {
    const edited = join(dir, 'content/reviews/cosi-trial.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('title: COSI trial (Rosan et al. 2025)\n', 'title: COSI trial, edited before the start\n'));

    server = await startDevServer(dir, { log: join(dir, 'dev.log'), timeoutSeconds: 120 });
    expect(await title('/reviews/cosi-trial/')).toBe('COSI trial, edited before the start');
    expect(await title('/reviews/wright-2023/')).toBe('Wright et al. 2023 (NIHR national survey and reviews)');
    // The build's store was taken, not thrown away (what Astro says when it does).
    expect(readFileSync(join(dir, 'dev.log'), 'utf8')).not.toContain('Clearing content store');

    // A file the start found unchanged, edited while the server runs, then put back as it was.
    const untouched = join(dir, 'content/reviews/wright-2023.mdx');
    const original = readFileSync(untouched, 'utf8');
    writeFileSync(untouched, original.replace('title: Wright et al. 2023 (NIHR national survey and reviews)\n', 'title: Wright et al. 2023, edited while it runs\n'));
    expect(await waitForTitle('/reviews/wright-2023/', 'Wright et al. 2023, edited while it runs')).toBe('Wright et al. 2023, edited while it runs');
    expect(readFileSync(join(dir, 'dev.log'), 'utf8')).toContain('[content-glob] Reloaded data from wright-2023.mdx');
    // Back to the text the server found at its start: a change like any other, not the start's short cut.
    writeFileSync(untouched, original);
    expect(await waitForTitle('/reviews/wright-2023/', 'Wright et al. 2023 (NIHR national survey and reviews)')).toBe('Wright et al. 2023 (NIHR national survey and reviews)');
  }, 180_000);
});
