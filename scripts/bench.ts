/**
 * `npm run bench [-- 200 1000 …]`: how the build scales, against a baseline.
 *
 * For each size (reviews; default 200, 1,000, 5,000 and 10,000) it writes a
 * synthetic corpus into a temporary folder (scripts/bench/corpus.ts: the
 * committed content cloned under new ids, quotes verbatim, one more
 * intervention per 50 reviews), builds it with the real `npm run build`
 * pipeline (content check, Astro, Pagefind, CSP audit), then builds a bare
 * Astro + MDX + Pagefind site rendering the same MDX bodies in a plain layout
 * with the same page count (scripts/bench/bare.ts), one after the other in the
 * same run. At 1,000 it also builds the bare site with remark-gfm under
 * unified(), to price that against Astro's default Markdown processor.
 *
 * It reports wall and CPU time, pages per second, phases, peak memory, dist
 * and search-index size, the largest page, and writes BENCHMARKS.md (merging
 * with sizes measured by earlier runs). Build output streams to log files, so
 * any amount of it is survived. No test asserts a time: the machines are shared.
 * `npm run bench -- --report` only rewrites BENCHMARKS.md from scripts/bench/results.json.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { generateCorpus } from './bench/corpus.ts';
import { writeBareSite } from './bench/bare.ts';
import { measure, phases, type Markers, type Measured } from './bench/measure.ts';
import { timeDevServer, type DevTiming } from './bench/dev.ts';

const root = join(import.meta.dirname, '..');
const sizes = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
if (sizes.length === 0) sizes.push(200, 1000, 5000, 10000);
const resultsFile = join(root, 'scripts', 'bench', 'results.json');
const reportFile = join(root, 'BENCHMARKS.md');


/** node_modules as links to each installed package, so each site keeps its own .astro and .vite caches. */
function linkModules(dir: string): void {
  const from = join(root, 'node_modules');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    if (name.startsWith('@')) {
      mkdirSync(join(dir, 'node_modules', name), { recursive: true });
      for (const sub of readdirSync(join(from, name))) symlinkSync(join(from, name, sub), join(dir, 'node_modules', name, sub));
    } else symlinkSync(join(from, name), join(dir, 'node_modules', name));
  }
}

interface DistStats {
  pages: number;
  bytes: number;
  searchBytes: number;
  /** What the first search downloads before result fragments: the script, worker, wasm, entry, metadata and its largest index chunk. */
  firstSearchBytes: number;
  largest: { page: string; bytes: number };
  /** The largest page of each kind (first path segment), how many pages of that kind, and all its files' bytes (downloads included). */
  largestByKind: Record<string, { page: string; bytes: number; pages: number; totalBytes?: number }>;
}

function distStats(dist: string): DistStats {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dist, f)).isFile());
  const size = (f: string) => statSync(join(dist, f)).size;
  const html = files.filter((f) => f.endsWith('.html')).map((f) => ({ page: f.split(sep).join('/'), bytes: size(f) }));
  const search = files.filter((f) => f.startsWith(`pagefind${sep}`));
  const top = (f: string) => search.filter((s) => s === join('pagefind', f));
  const chunks = search.filter((f) => f.endsWith('.pf_index')).map(size);
  const firstSearchBytes = [...top('pagefind.js'), ...top('pagefind-worker.js'), ...top('pagefind-entry.json'), ...top('wasm.en.pagefind')].reduce((s, f) => s + size(f), 0)
    + search.filter((f) => f.endsWith('.pf_meta')).reduce((s, f) => s + size(f), 0) + Math.max(0, ...chunks);
  const largestByKind: DistStats['largestByKind'] = {};
  for (const p of html) {
    const kind = p.page.includes('/') ? p.page.split('/')[0]! : p.page.replace('.html', '');
    const k = (largestByKind[kind] ??= { page: p.page, bytes: p.bytes, pages: 0 });
    k.pages++;
    if (p.bytes > k.bytes) Object.assign(k, p);
  }
  for (const f of files) {
    const kind = f.includes(sep) ? f.split(sep)[0]! : f.replace(/\.\w+$/, '');
    const k = largestByKind[kind];
    if (k) k.totalBytes = (k.totalBytes ?? 0) + size(f);
  }
  return {
    pages: html.length,
    bytes: files.reduce((s, f) => s + size(f), 0),
    searchBytes: search.reduce((s, f) => s + size(f), 0),
    firstSearchBytes,
    largest: html.reduce((a, b) => (b.bytes > a.bytes ? b : a), { page: '', bytes: 0 }),
    largestByKind,
  };
}

/**
 * The site's aliases (/circle-of-security/ and the like) are one small redirect page each at the
 * top level: one column each in the tables below would hide the page kinds that matter.
 */
function foldAliases(byKind: DistStats['largestByKind']): DistStats['largestByKind'] {
  const out: DistStats['largestByKind'] = {};
  for (const [kind, v] of Object.entries(byKind)) {
    const alias = v.pages === 1 && v.bytes < 2048 && v.page === `${kind}/index.html`;
    const key = alias ? 'aliases' : kind;
    const k = out[key];
    if (!k) out[key] = { ...v };
    else {
      if (v.bytes > k.bytes) Object.assign(k, { page: v.page, bytes: v.bytes });
      k.pages += v.pages;
      if (v.totalBytes !== undefined) k.totalBytes = (k.totalBytes ?? 0) + v.totalBytes;
    }
  }
  return out;
}

// Astro's own progress lines (logLevel info), in the order they come.
const astroMarkers: Markers = [
  ['start and sync', /\[content\]|\[types\]|\[build\]/],
  ['bundling', /Building static entrypoints|building client|\[vite\]/],
  ['rendering', /generating static routes/],
  ['Pagefind', /Completed in/],
  ['after', /indexed \d+ pages for search/],
];
const projectMarkers: Markers = [['content check', /^/], ...astroMarkers];
const phaseOrder = ['content check', ...astroMarkers.map(([n]) => n)];

interface Side {
  wall: number;
  cpu?: number | undefined;
  peakMB?: number | undefined;
  peakTreeMB?: number | undefined;
  phasePeakMB?: Record<string, number> | undefined;
  phases: Record<string, number>;
  dist: DistStats;
}
interface Row {
  reviews: number;
  interventions: number;
  measuredAt: string;
  project: Side;
  bare: Side;
  bareUnifiedGfm?: Side | undefined;
  editorsLoop?: EditorsLoop | undefined;
}

/** `astro dev` started again and again on the same corpus, project and bare site in turn. */
interface EditorsLoop {
  /** The review page asked for (its id is the same on both sites). */
  review: string;
  project: (DevTiming & { start: DevStart })[];
  bare: (DevTiming & { start: DevStart })[];
}

/**
 * Which content store a start finds: the one the build just handed over (the project's build does,
 * the bare site's does not), the one its own last start saved, or none (a clone never built).
 */
type DevStart = 'after a build' | 'again' | 'no saved store';

/** The size the issue sets the editors' loop target at (the dev server's first page within 10 s). */
const editorsLoopAt = 5000;
/** The longest committed review, the most a review page renders (the corpus keeps committed reviews under their own ids). */
const reviewForDev = readdirSync(join(root, 'content', 'reviews'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), bytes: statSync(join(root, 'content', 'reviews', f)).size }))
  .sort((a, b) => b.bytes - a.bytes || a.id.localeCompare(b.id))[0]!.id;

/**
 * Each site started first after its build, asked for its home page; then again (as an editor restarts
 * it), alternately, twice each for the home page and a review page; last, the review page with no
 * saved content store at all (`npm run dev` on a clone never built).
 */
async function editorsLoop(project: string, bare: string, reviewId: string): Promise<EditorsLoop> {
  const review = `/reviews/${reviewId}/`;
  const loop: EditorsLoop = { review, project: [], bare: [] };
  const run = async (side: 'project' | 'bare', path: string, start: DevStart) => {
    const dir = side === 'project' ? project : bare;
    if (start === 'no saved store') rmSync(join(dir, '.astro', 'data-store.json'), { force: true });
    const timing = await timeDevServer(dir, path, { log: join(logs, `dev-${side}-${loop[side].length + 1}.log`) });
    loop[side].push({ ...timing, start });
    console.log(`  dev, ${side} (${start}): ready ${timing.ready.toFixed(1)} s, ${path} at ${timing.firstPage.toFixed(1)} s`);
  };
  await run('project', '/', 'after a build');
  await run('bare', '/', 'after a build');
  for (let round = 0; round < 2; round++) {
    for (const path of ['/', review]) {
      await run('project', path, 'again');
      await run('bare', path, 'again');
    }
  }
  await run('project', review, 'no saved store');
  await run('bare', review, 'no saved store');
  return loop;
}

async function build(kind: 'project' | 'bare', dir: string, label: string): Promise<Side> {
  const log = join(logs, `${label}.log`);
  const env = { BUILD_LOG_LEVEL: 'info', ASTRO_TELEMETRY_DISABLED: '1' };
  const m: Measured = kind === 'project'
    ? await measure(process.execPath, [join(dir, 'scripts', 'build.ts')], { cwd: dir, env, log, markers: projectMarkers })
    : await measure(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env, log, markers: astroMarkers });
  if (!m.ok) throw new Error(`the ${label} build failed; its output is in ${log}:\n${readFileSync(log, 'utf8').slice(-3000)}`);
  if (kind === 'project') m.marks['content check'] = 0;
  else m.marks['start and sync'] = 0;
  return { wall: m.wallSeconds, cpu: m.cpuSeconds, peakMB: m.peakMB, peakTreeMB: m.peakTreeMB, phasePeakMB: m.phasePeakMB, phases: phases(m.marks, phaseOrder, m.wallSeconds), dist: distStats(join(dir, 'dist')) };
}

if (process.argv.includes('--report')) {
  // Rewrite BENCHMARKS.md from the stored results (after editing scripts/bench/findings.md), building nothing.
  writeFileSync(reportFile, report(JSON.parse(readFileSync(resultsFile, 'utf8')) as Row[]));
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'ae-bench-'));
const logs = join(work, 'logs');
mkdirSync(logs);
// The checker looks for ../shared beside the project: the temporary projects get the real one.
const shared = join(root, '..', 'shared');
if (existsSync(shared)) symlinkSync(shared, join(work, 'shared'));
const rows: Row[] = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Row[]) : [];
console.log(`Benchmark: ${sizes.join(', ')} reviews; working in ${work} (build logs in ${logs})`);
for (const reviews of sizes) {
  const project = join(work, `project-${reviews}`);
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, f), join(project, f));
  for (const d of ['src', 'scripts', 'public']) cpSync(join(root, d), join(project, d), { recursive: true });
  linkModules(project);
  const corpus = generateCorpus(join(root, 'content'), join(project, 'content'), { reviews });
  console.log(`\n${reviews} reviews, ${corpus.interventions} interventions: building the project…`);
  const projectSide = await build('project', project, `project-${reviews}`);
  console.log(`  project: ${projectSide.dist.pages} pages in ${projectSide.wall.toFixed(1)} s`);

  const entries = ['reviews', 'interventions', 'outcomes', 'events'].reduce((n, c) => n + readdirSync(join(project, 'content', c)).filter((f) => f.endsWith('.mdx')).length, 0);
  let loop: EditorsLoop | undefined;
  const bareSite = async (markdown: 'default' | 'unified-gfm') => {
    const bare = join(work, `bare-${reviews}-${markdown}`);
    // Pages: one per entry, the home page, and plain pages to match the project (its 404 included).
    writeBareSite(bare, { content: join(project, 'content'), fillerPages: Math.max(0, projectSide.dist.pages - entries - 1), markdown });
    linkModules(bare);
    console.log(`  building the bare site (${markdown === 'default' ? "Astro's default Markdown" : 'unified() with remark-gfm'})…`);
    const side = await build('bare', bare, `bare-${reviews}-${markdown}`);
    console.log(`  bare: ${side.dist.pages} pages in ${side.wall.toFixed(1)} s`);
    if (reviews === editorsLoopAt && markdown === 'default') loop = await editorsLoop(project, bare, reviewForDev);
    rmSync(bare, { recursive: true, force: true });
    return side;
  };
  const bare = await bareSite('default');
  const bareUnifiedGfm = reviews === 1000 ? await bareSite('unified-gfm') : undefined;
  rmSync(project, { recursive: true, force: true });

  const row: Row = { reviews, interventions: corpus.interventions, measuredAt: new Date().toISOString(), project: projectSide, bare, bareUnifiedGfm, editorsLoop: loop };
  rows.splice(0, rows.length, ...rows.filter((r) => r.reviews !== reviews), row);
  rows.sort((a, b) => a.reviews - b.reviews);
  writeFileSync(resultsFile, `${JSON.stringify(rows, null, 2)}\n`);
  writeFileSync(reportFile, report(rows));
  console.log(`  project/bare: ${(projectSide.wall / bare.wall).toFixed(2)}×; written to ${relative(process.cwd(), reportFile)}`);
}
// The corpora are gone already; the build logs stay for reading (they are in the system's temporary folder).
for (const name of readdirSync(work)) if (name !== 'logs') rmSync(join(work, name), { recursive: true, force: true });
console.log(`\nBuild logs: ${logs}`);

function report(rows: Row[]): string {
  const s = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  const kb = (b: number) => (b / 1024).toFixed(0);
  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push('Written by `npm run bench` (scripts/bench.ts); sizes measured in separate runs are merged (each row says when).');
  out.push(`Synthetic corpora clone the committed content under new ids (every quote verbatim and checked), with one more intervention per 50 reviews. Each size builds the project with the real \`npm run build\` (content check, Astro, Pagefind, CSP audit), then a bare Astro + MDX + Pagefind site rendering the same MDX bodies in a plain layout with the same page count. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, shared with other work (load average at the end of the last run ${loadavg().map((l) => l.toFixed(1)).join(', ')}): compare ratios within a row, not times across rows.`, '');
  out.push('## Whole build', '');
  out.push('| reviews | interventions | pages | project wall / CPU s | bare wall / CPU s | project / bare (wall) | ms per page, project / bare | peak memory MB (all processes at once; largest one), project / bare | dist MB, project / bare | search index MB, project / bare | largest page KB (project) |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    out.push(`| ${r.reviews.toLocaleString('en-GB')} | ${r.interventions} | ${r.project.dist.pages.toLocaleString('en-GB')} / ${r.bare.dist.pages.toLocaleString('en-GB')} | ${s(r.project.wall)} / ${s(r.project.cpu)} | ${s(r.bare.wall)} / ${s(r.bare.cpu)} | ${(r.project.wall / r.bare.wall).toFixed(2)}× | ${s((1000 * r.project.wall) / r.project.dist.pages)} / ${s((1000 * r.bare.wall) / r.bare.dist.pages)} | ${s(r.project.peakTreeMB, 0)}; ${s(r.project.peakMB, 0)} / ${s(r.bare.peakTreeMB, 0)}; ${s(r.bare.peakMB, 0)} | ${mb(r.project.dist.bytes)} / ${mb(r.bare.dist.bytes)} | ${mb(r.project.dist.searchBytes)} / ${mb(r.bare.dist.searchBytes)} | ${kb(r.project.dist.largest.bytes)} (${r.project.dist.largest.page}) |`);
  }
  out.push('', '## Phases (wall seconds, project / bare)', '');
  out.push(`| reviews | ${phaseOrder.join(' | ')} |`);
  out.push(`|---|${phaseOrder.map(() => '---').join('|')}|`);
  for (const r of rows) out.push(`| ${r.reviews.toLocaleString('en-GB')} | ${phaseOrder.map((p) => `${s(r.project.phases[p])} / ${s(r.bare.phases[p])}`).join(' | ')} |`);
  out.push('', '## Peak memory by phase (MB, all processes of the build at once, project / bare)', '');
  out.push(`| reviews | ${phaseOrder.join(' | ')} |`);
  out.push(`|---|${phaseOrder.map(() => '---').join('|')}|`);
  for (const r of rows) out.push(`| ${r.reviews.toLocaleString('en-GB')} | ${phaseOrder.map((p) => `${s(r.project.phasePeakMB?.[p], 0)} / ${s(r.bare.phasePeakMB?.[p], 0)}`).join(' | ')} |`);
  out.push('', '"content check" is `npm run check:content`; "start and sync" is Astro starting and loading the content layer; "Pagefind" is indexing; "after" is the CSP audit of every page and the swap into dist/. Phases are read from the build\'s log lines as they appear.', '');
  out.push('## Search', '');
  out.push('| reviews | pages indexed (project) | index MB, project / bare | first search KB, project / bare |');
  out.push('|---|---|---|---|');
  for (const r of rows) {
    const indexed = Object.entries(r.project.dist.largestByKind).filter(([k]) => ['reviews', 'interventions', 'outcomes', 'glossary'].includes(k)).reduce((n, [, v]) => n + v.pages, 0);
    out.push(`| ${r.reviews.toLocaleString('en-GB')} | about ${indexed.toLocaleString('en-GB')} | ${mb(r.project.dist.searchBytes)} / ${mb(r.bare.dist.searchBytes)} | ${kb(r.project.dist.firstSearchBytes)} / ${kb(r.bare.dist.firstSearchBytes)} |`);
  }
  out.push('', 'First search: what a reader downloads on their first query before result excerpts (pagefind.js, its worker, the English wasm, the entry and metadata files, and the largest index chunk). Nothing of it loads on reading pages.', '');
  out.push('## Largest page of each kind (project, KB)', '');
  const byKind = new Map(rows.map((r) => [r, foldAliases(r.project.dist.largestByKind)]));
  const kinds = [...new Set([...byKind.values()].flatMap((k) => Object.keys(k)))].sort();
  out.push(`| reviews | ${kinds.join(' | ')} |`);
  out.push(`|---|${kinds.map(() => '---').join('|')}|`);
  for (const r of rows) out.push(`| ${r.reviews.toLocaleString('en-GB')} | ${kinds.map((k) => { const x = byKind.get(r)![k]; return x ? kb(x.bytes) : '–'; }).join(' | ')} |`);
  out.push('', '## Where the bytes are (project: pages of each kind, and MB of all their files, downloads included)', '');
  out.push(`| reviews | ${kinds.join(' | ')} |`);
  out.push(`|---|${kinds.map(() => '---').join('|')}|`);
  for (const r of rows) out.push(`| ${r.reviews.toLocaleString('en-GB')} | ${kinds.map((k) => { const x = byKind.get(r)![k]; return x ? `${x.pages}: ${x.totalBytes === undefined ? '–' : mb(x.totalBytes)}` : '–'; }).join(' | ')} |`);
  const gfm = rows.find((r) => r.bareUnifiedGfm);
  if (gfm?.bareUnifiedGfm) {
    out.push('', '## remark-gfm under unified() against Astro\'s default Markdown processor', '');
    out.push(`At ${gfm.reviews.toLocaleString('en-GB')} reviews, the bare site (${gfm.bare.dist.pages.toLocaleString('en-GB')} pages) built with Astro's default processor: ${s(gfm.bare.wall)} s wall, ${s(gfm.bare.cpu)} s CPU; with \`unified({ gfm: false, remarkPlugins: [remarkGfm] })\` as the project configures it: ${s(gfm.bareUnifiedGfm.wall)} s wall, ${s(gfm.bareUnifiedGfm.cpu)} s CPU (${(gfm.bareUnifiedGfm.wall / gfm.bare.wall).toFixed(2)}× wall; rendering ${s(gfm.bare.phases.rendering)} s against ${s(gfm.bareUnifiedGfm.phases.rendering)} s, bundling ${s(gfm.bare.phases.bundling)} s against ${s(gfm.bareUnifiedGfm.phases.bundling)} s).`);
  }
  const dev = rows.find((r) => r.editorsLoop);
  if (dev?.editorsLoop) {
    const loop = dev.editorsLoop;
    const span = (xs: number[]) => {
      const [low, high] = [s(Math.min(...xs)), s(Math.max(...xs))];
      return xs.length === 0 ? '–' : low === high ? low : `${low}–${high}`;
    };
    const cell = (runs: EditorsLoop['project']) => `${span(runs.map((r) => r.ready))} / ${span(runs.map((r) => r.firstPage))}`;
    const pick = (side: 'project' | 'bare', start: DevStart, path: string) => loop[side].filter((r) => r.start === start && r.path === path);
    out.push('', `## Editors' loop: \`npm run dev\` at ${dev.reviews.toLocaleString('en-GB')} reviews`, '');
    out.push('Seconds from the command to Astro\'s "ready" line / to the whole first page, asked for as soon as it is ready (the range over runs). Project and bare site (Astro\'s default Markdown) alternately, each started as `npm run dev` starts it. "After a build": the first start after `npm run build` (the project\'s build hands the dev server its content store; a bare site\'s does not). "Again": later starts, with the store the last one saved. "No saved store": a clone never built.', '');
    out.push('| start | page | project: ready / first page | bare: ready / first page |');
    out.push('|---|---|---|---|');
    const rowsFor: [DevStart, string][] = [['after a build', '/'], ['again', '/'], ['again', loop.review], ['no saved store', loop.review]];
    for (const [start, path] of rowsFor) out.push(`| ${start} | ${path} | ${cell(pick('project', start, path))} | ${cell(pick('bare', start, path))} |`);
  }
  // What the numbers mean (targets met or missed, and what bounds them): written by people, kept beside the results.
  const findings = join(root, 'scripts', 'bench', 'findings.md');
  if (existsSync(findings)) out.push('', readFileSync(findings, 'utf8').trim());
  out.push('', `Measured: ${rows.map((r) => `${r.reviews.toLocaleString('en-GB')} at ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC`).join('; ')}.`, '');
  return `${out.join('\n')}\n`;
}
