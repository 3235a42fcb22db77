// Compare pairs at scale (issue 13): past `pairPagesUpTo` interventions a page per pair would
// outgrow the site (n(n − 1)/2 pages), so each pair's published address leads on to its line in
// the first intervention's compare list. Built for real from a synthetic corpus of 62
// interventions (the committed ones and 40 clones), on a copy of the project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';
import { allPairs, pairLinePath, pairLinesPerPage, pairPagesUpTo, pairSummary } from '../../src/lib/compare.ts';
import { buildSite, paths } from '../../src/lib/model.ts';
import { readerText } from '../helpers/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ae-compare-'));
let output = '';
let status: number | null = null;

beforeAll(() => {
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  generateCorpus(join(root, 'content'), join(dir, 'content'), { reviews: 40, reviewsPerIntervention: 1 });
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', timeout: 280_000, env: { ...process.env, FORCE_COLOR: '0' } });
  [status, output] = [r.status, `${r.stdout}\n${r.stderr}`];
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

describe(`past ${pairPagesUpTo} interventions, a pair is a line in a compare list`, () => {
  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('every pair keeps its published address, which leads on to the pair’s line, and that line names the shared outcomes with each side’s count', () => {
    const site = buildSite(toRawSite(loadContent(dir).entries));
    const ids = site.interventions.map((i) => i.id);
    expect(ids.length).toBeGreaterThan(pairPagesUpTo);
    const pairs = allPairs(ids);
    let withShared = 0;
    for (const [a, b] of pairs) {
      const pairPage = html(paths.comparePair(a, b));
      const to = pairLinePath(ids, a, b);
      expect(pairPage, `${a}-vs-${b}`).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
      expect(pairPage).not.toContain('class="compare"');
      const [path, anchor] = to.split('#') as [string, string];
      const line = parse(html(path)).querySelector(`ul.pair-lines > li#${anchor}`);
      expect(line, `${to} has the line`).not.toBeNull();
      const { shared } = pairSummary(site, a, b);
      const outcomeLinks = line!.querySelectorAll('a[href^="/outcomes/"]').map((x) => x.getAttribute('href'));
      expect(outcomeLinks).toEqual(shared.map((l) => paths.outcome(l.outcome)));
      if (shared.length === 0) expect(readerText(line!)).toContain('no outcome with evidence for both in our sources');
      else {
        withShared++;
        const first = shared[0]!;
        const name = (id: string) => site.intervention(id).data.shortName ?? site.intervention(id).data.name;
        expect(readerText(line!)).toContain(`${site.outcome(first.outcome).data.name} (${name(a)}: ${first.a.results} result${first.a.results === 1 ? '' : 's'}; ${name(b)}: ${first.b.results} result`);
      }
    }
    expect(withShared, "pairs with a shared outcome").toBeGreaterThan(100);
  });

  it('the sitemap lists the compare lists, not the pair addresses that lead on to them', () => {
    const sitemap = readFileSync(join(dir, 'dist', 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/compare/with/cos-p/</loc>');
    expect(sitemap).not.toMatch(/\/compare\/[^/<]+-vs-[^/<]+\//);
    // With few interventions a pair is its own page, and listed (the committed content: 22 interventions).
    expect(readFileSync(join(root, 'dist', 'sitemap-0.xml'), 'utf8')).toContain('/compare/cos-p-vs-vipp-sd/</loc>');
  });

  it(`an intervention’s compare list shows ${pairLinesPerPage} lines a page, with links between its pages`, () => {
    const first = parse(html('/compare/with/cos-p/'));
    expect(first.querySelectorAll('ul.pair-lines > li')).toHaveLength(pairLinesPerPage);
    expect(first.querySelector('nav.hub-pager a[href="/compare/with/cos-p/results/2/"]')).not.toBeNull();
    const second = parse(html('/compare/with/cos-p/results/2/'));
    expect(second.querySelectorAll('ul.pair-lines > li').length).toBe(61 - pairLinesPerPage);
    expect(existsSync(join(dir, 'dist/compare/with/cos-p/results/3/index.html'))).toBe(false);
  });
});
