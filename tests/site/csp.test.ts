// The real build's Content-Security-Policy: on every page, covering every
// inline script and style, WebAssembly only on the search page, and the same
// policy in _headers for hosts that read it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, dist, fileFor } from '../helpers/dist.ts';
import { auditPage } from '../../src/lib/csp-audit.ts';
import { parsePolicy, unionPolicy } from '../../src/lib/csp.ts';

const readLocal = (urlPath: string) => {
  const file = join(dist, urlPath);
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
};
const audits = new Map(allPages().map((path) => [path, auditPage(readFileSync(fileFor(path), 'utf8'), readLocal)]));

describe('every built page', () => {
  it('has one policy that covers all it runs and allows nothing from other sites', () => {
    expect(audits.size).toBeGreaterThan(300);
    const problems = [...audits].flatMap(([path, a]) => a.problems.map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });
  it('allows WebAssembly only on the search page, the one page that loads Pagefind', () => {
    const withWasm = [...audits].filter(([, a]) => a.policy?.includes("'wasm-unsafe-eval'")).map(([path]) => path);
    const loadingSearch = [...audits].filter(([, a]) => a.loadsSearch).map(([path]) => path);
    expect(withWasm).toEqual(['/search/']);
    expect(loadingSearch).toEqual(['/search/']);
  });
});

describe('_headers', () => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  const sections = new Map<string, string[]>();
  let current = '';
  for (const line of headers.split('\n')) {
    if (/^\S/.test(line) && !line.startsWith('#')) sections.set((current = line.trim()), []);
    else if (/^\s+\S/.test(line) && current) sections.get(current)!.push(line.trim());
  }

  it("sends every page's policy as a header, which each page's own <meta> then narrows", () => {
    const header = sections.get('/*')!.find((l) => l.startsWith('Content-Security-Policy:'))!;
    const sent = parsePolicy(header.slice('Content-Security-Policy:'.length));
    const union = unionPolicy([...new Set([...audits.values()].map((a) => a.policy!))].map(parsePolicy));
    for (const [name, sources] of union) expect(sent.get(name), name).toEqual(sources);
    expect(sent.get('frame-ancestors')).toEqual(["'none'"]);
  });
  it('caches for a year only files whose names change when their contents do', () => {
    const immutable = [...sections].filter(([, lines]) => lines.some((l) => /immutable/.test(l))).map(([path]) => path);
    expect(immutable).toEqual(['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*']);
    for (const folder of immutable.map((p) => p.slice(1, -2))) {
      const names = readdirSync(join(dist, folder));
      expect(names.length, folder).toBeGreaterThan(0);
      // Astro: name.HASH.ext (a page script's name has dots of its own); Pagefind: en_HASH.pf_kind.
      for (const name of names) expect(name, folder).toMatch(/^(?:[\w.-]+\.[\w-]{8}\.\w+|[a-z]+_[0-9a-f]{7,}\.pf_\w+)$/);
    }
  });
});
