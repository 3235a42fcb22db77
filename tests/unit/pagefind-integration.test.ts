// Search is indexed exactly once per build: by the integration in a bare `astro build`, or, under `npm run build`,
// by scripts/build.ts after Astro's process has gone (the integration then stands aside). Real Pagefind, tiny site.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagefindIntegration, { indexLaterVariable, indexSite } from '../../src/integrations/pagefind.ts';

const made: string[] = [];
function tinySite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ae-pagefind-'));
  made.push(dir);
  for (const [path, title] of [['interventions/vipp-sd', 'Video feedback'], ['about', 'About']] as const) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Sensitive discipline.</p></main></body></html>`);
  }
  return dir;
}
afterEach(() => {
  delete process.env[indexLaterVariable];
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Hook = (options: { dir: URL; logger: { info: (message: string) => void } }) => Promise<void>;
const hook = pagefindIntegration().hooks['astro:build:done'] as unknown as Hook;

describe('the search index', () => {
  it('indexSite indexes only the searchable pages (interventions, not /about/) and says how many', async () => {
    const dir = tinySite();
    expect(await indexSite(dir)).toBe(1);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  }, 30_000);
  it('a bare astro build indexes in its build:done hook', async () => {
    const dir = tinySite();
    const said: string[] = [];
    await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: (m) => said.push(m) } });
    expect(said).toEqual(['indexed 1 pages for search']);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  }, 30_000);
  it('under npm run build the hook stands aside (the build script indexes once Astro has exited)', async () => {
    const dir = tinySite();
    process.env[indexLaterVariable] = '1';
    const said: string[] = [];
    await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: (m) => said.push(m) } });
    expect(said).toEqual([]);
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
  });
});
