/**
 * `npm run bench`: speed and size, measured in one run and reported as ratios
 * (these machines are shared and noisy, so no test asserts a time).
 *   - the build: wall time, and pages per second
 *   - page weight by kind of page, gzip-compressed as a server sends it
 *   - what a reader downloads: reading-page script vs the 10 KB budget, and
 *     what the first search costs (Pagefind loads only then)
 *   - the meta-analysis engine: REML and DL time relative to a common-effect pool
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { pool, effectSize, parseMetaAnalysisInput } from '../src/lib/meta/index.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// 1. The build, once, timed.
const started = performance.now();
const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8' });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
const all = files(dist);
const html = all.filter((f) => f.endsWith('.html'));
const kindOf = (f: string) => {
  const rel = relative(dist, f).split(sep);
  return rel.length === 1 ? rel[0]!.replace('.html', '') : rel[0]!;
};
const byKind = new Map<string, number[]>();
for (const f of html) {
  const kind = kindOf(f);
  byKind.set(kind, [...(byKind.get(kind) ?? []), gzipSync(readFileSync(f)).length]);
}

console.log(`Build: ${html.length} pages in ${buildSeconds.toFixed(1)} s (${(html.length / buildSeconds).toFixed(0)} pages/s, including content checks and the search index)\n`);
console.log('Page weight (gzip), by kind of page');
console.log('kind'.padEnd(16), 'pages'.padStart(5), 'median'.padStart(10), 'largest'.padStart(10), 'largest/median'.padStart(15));
const allSizes = [...byKind.values()].flat();
for (const [kind, sizes] of [...byKind].sort()) {
  console.log(kind.padEnd(16), String(sizes.length).padStart(5), kb(median(sizes)).padStart(10), kb(Math.max(...sizes)).padStart(10), (Math.max(...sizes) / median(sizes)).toFixed(2).padStart(15));
}
const css = all.filter((f) => f.endsWith('.css')).reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0);
console.log(`stylesheet (shared, cached): ${kb(css)}; median page + stylesheet: ${kb(median(allSizes) + css)}\n`);

// 2. What a reader downloads for interaction.
const reading = readFileSync(join(dist, 'reviews', 'cosi-trial', 'index.html'), 'utf8');
const scripts = [...reading.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
const scriptBytes = scripts.reduce((s, code) => s + gzipSync(code).length, 0);
console.log(`Reading-page script: ${kb(scriptBytes)} gzip in ${scripts.length} module; ratio to the 10 KB budget: ${(scriptBytes / 10240).toFixed(2)}`);
const pf = (name: string) => all.filter((f) => f.includes(`${sep}pagefind${sep}`) && name === relative(join(dist, 'pagefind'), f).split(sep)[0]);
const firstSearch = [...pf('pagefind.js'), ...all.filter((f) => /pagefind[\\/]wasm\.en\.pagefind$/.test(f)), ...all.filter((f) => /pagefind[\\/]pagefind-entry\.json$/.test(f))]
  .reduce((s, f) => s + statSync(f).size, 0);
const pagefindTotal = all.filter((f) => f.includes(`${sep}pagefind${sep}`)).reduce((s, f) => s + statSync(f).size, 0);
console.log(`First search loads about ${kb(firstSearch)} before index chunks (Pagefind code, wasm, entry); whole index on disk ${kb(pagefindTotal)}; none of it loads on reading pages.`);
console.log(`First search cost / median page: ${(firstSearch / median(allSizes)).toFixed(1)}×\n`);

// 3. The engine, on a reference case, many times: ratios of methods.
const reference = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'meta-reference', 'bcg-reml.json'), 'utf8'));
const input = parseMetaAnalysisInput(reference);
const effects = input.studies.map((s) => effectSize(input.measure, s).value);
const time = (fn: () => void, runs = 2000) => {
  for (let i = 0; i < 200; i++) fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t) / runs;
};
const fe = time(() => pool(effects, 'FE'));
const dl = time(() => pool(effects, 'DL'));
const reml = time(() => pool(effects, 'REML'));
console.log(`Engine on BCG (k = ${effects.length}): FE ${(fe * 1000).toFixed(1)} µs; DL/FE ${(dl / fe).toFixed(2)}; REML/FE ${(reml / fe).toFixed(2)}; REML/DL ${(reml / dl).toFixed(2)}`);
