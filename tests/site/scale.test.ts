// What keeps the site's size proportional to its content (issue 13), held against the real build:
// every compare pair keeps its published address but stays small; no page is too big to serve;
// the search index reads exactly the pages marked searchable.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { allPages, dist, fileFor, page, readerText } from '../helpers/dist.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';
import { allPairs } from '../../src/lib/compare.ts';
import { paths } from '../../src/lib/model.ts';
import { searchIndexGlobs } from '../../src/lib/search-pages.ts';

const raw = toRawSite(loadContent().entries);
const pages = allPages();
const html = (url: string) => readFileSync(fileFor(url), 'utf8');

describe('compare pairs', () => {
  const pairs = allPairs(raw.interventions.map((i) => i.id));

  it('every pair of interventions has its page at /compare/<a>-vs-<b>/ (the address printed on slides)', () => {
    const missing = pairs.map(([a, b]) => paths.comparePair(a, b)).filter((url) => !pages.includes(url));
    expect(missing).toEqual([]);
    expect(pages.filter((p) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p))).toHaveLength(pairs.length);
  });

  it('each pair is reachable without JavaScript: compare → an intervention → the pair', () => {
    const index = page(paths.compare);
    for (const i of raw.interventions) expect(index.querySelector(`a[href="${paths.compareWith(i.id)}"]`), i.id).not.toBeNull();
    for (const i of raw.interventions) {
      const links = page(paths.compareWith(i.id)).querySelectorAll('main a').map((a) => a.getAttribute('href'));
      for (const [a, b] of pairs.filter(([a, b]) => a === i.id || b === i.id)) expect(links, `${i.id}: ${a}-vs-${b}`).toContain(paths.comparePair(a, b));
    }
  });

  it('a pair page summarises each shared outcome in one line linking to the outcome, and copies no result rows', () => {
    const doc = page('/compare/cos-p-vs-vipp-sd/');
    const lines = doc.querySelectorAll('ul.pair-outcomes > li');
    expect(lines.length).toBeGreaterThan(0);
    for (const li of lines) {
      expect(li.querySelector('a')!.getAttribute('href')).toMatch(/^\/outcomes\/[^/]+\/$/);
      expect(readerText(li)).toMatch(/COS-P, \d+ results?: \d+ (favours?|shows?|is|are) .*; VIPP-SD, \d+ results?: /);
    }
    // The rows, with their quotes, are on the outcome page, not copied here.
    expect(doc.querySelectorAll('main table').map((t) => t.getAttribute('class'))).toEqual(['compare']);
    expect(readerText(doc)).not.toContain('Effect as reported');
  });

  it('every pair page is small: its size does not depend on how many results there are', () => {
    const sizes = pairs.map(([a, b]) => statSync(fileFor(paths.comparePair(a, b))).size);
    // A pair page is the layout, the two interventions' own fields and at most one line per outcome.
    expect(Math.max(...sizes)).toBeLessThan(40 * 1024);
  });
});

describe('page size', () => {
  it('no HTML page is over 500 KB', () => {
    const big = pages.map((url) => ({ url, size: statSync(fileFor(url)).size })).filter((p) => p.size > 500 * 1024);
    expect(big).toEqual([]);
  });
});

describe('the search index', () => {
  const marked = pages.filter((url) => html(url).includes('data-pagefind-body'));
  const file = (url: string) => fileFor(url).slice(dist.length + 1).split('\\').join('/');

  it('reads every page marked searchable (data-pagefind-body), so none is missing from search', () => {
    const outside = marked.filter((url) => !searchIndexGlobs.some((g) => matchesGlob(file(url), g)));
    expect(outside, 'searchable pages that src/lib/search-pages.ts does not give Pagefind').toEqual([]);
    expect(marked.length).toBeGreaterThan(50);
  });

  it('holds exactly the searchable pages', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(indexed).toBe(marked.length);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('what every page repeats', () => {
  it('the page script is one cached file, not a copy inline in every page (only search keeps a small loader of its own)', () => {
    const inline = pages.filter((url) => /<script(?: type="module")?>/.test(html(url)));
    expect(inline).toEqual(['/search/']);
    const src = page('/reviews/axford-2015/').querySelectorAll('script[src]').map((s) => s.getAttribute('src'));
    expect(src).toHaveLength(1);
    expect(src[0]).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    expect(existsSync(join(dist, src[0]!))).toBe(true);
  });
});
