// The benchmark's editors' loop: `astro dev` started on a real (bare) site, timed to its "ready"
// line and to the whole first page, then stopped for good before the next start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeDevServer } from '../../scripts/bench/dev.ts';
import { writeBareSite } from '../../scripts/bench/bare.ts';
import { projectRoot } from '../../scripts/lib/load-content.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ae-bench-dev-'));
  writeBareSite(join(dir, 'site'), { content: join(projectRoot, 'content'), fillerPages: 1, markdown: 'default' });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'site', 'node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('timing the dev server', () => {
  it('times "ready" and the first page of a review, and leaves no server running', async () => {
    const log = join(dir, 'dev.log');
    const timing = await timeDevServer(join(dir, 'site'), '/reviews/cosi-trial/', { log });
    expect(timing.path).toBe('/reviews/cosi-trial/');
    expect(timing.status).toBe(200);
    expect(timing.bytes).toBeGreaterThan(100);
    expect(timing.ready).toBeGreaterThan(0);
    expect(timing.firstPage).toBeGreaterThan(timing.ready);
    // Astro's own words are kept in the log.
    expect(readFileSync(log, 'utf8')).toMatch(/ready in \d+/);
    const origin = /Local\s+(http:\/\/\S+)/.exec(readFileSync(log, 'utf8'))![1];
    await expect(fetch(origin!)).rejects.toThrow();
  });

  it('fails, naming its log, when the page is not there', async () => {
    const log = join(dir, 'missing.log');
    await expect(timeDevServer(join(dir, 'site'), '/no-such-page/', { log })).rejects.toThrow(`answered /no-such-page/ with 404; its output is in ${log}`);
    expect(existsSync(log)).toBe(true);
  });

  it('fails, naming its log, when the server never gets ready', async () => {
    const log = join(dir, 'broken.log');
    await expect(timeDevServer(join(dir, 'nowhere'), '/', { log, timeoutSeconds: 20 })).rejects.toThrow(`its output is in ${log}`);
  });
});
