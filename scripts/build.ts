/**
 * `npm run build`: checks content, builds the site into a staging folder,
 * indexes it for search, checks every page against its Content-Security-
 * Policy, and only then swaps it in as dist/. Any failure leaves dist/
 * exactly as it was (the last good site), says so, and exits non-zero.
 *
 * A clean build prints the checker's line and one summary line; Astro logs
 * warnings and errors only, so a real warning is never buried.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { auditPage } from '../src/lib/csp-audit.ts';
import { headersFile } from '../src/lib/csp.ts';
import { customDomain } from '../src/lib/custom-domain.ts';
import { site } from '../src/site.config.ts';
import { parsePublishedUrls, unresolvedMessage, unresolvedUrls } from '../src/lib/published-urls.ts';
import { indexSite } from '../src/integrations/pagefind.ts';

// No usage reports leave a build machine (the site's privacy promise covers its tooling).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const staging = join(root, '.dist-staging');
const previous = join(root, '.dist-previous');
const started = performance.now();

class BuildFailed extends Error {}

function fail(why: string): never {
  throw new BuildFailed(why);
}

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

function checkContent(): void {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'check-content.ts')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail('the content check found problems (listed above)');
}

/** Astro's build, in its own process (scripts/build-astro.ts), then the search index once that process has gone. */
async function buildSite(): Promise<void> {
  rmSync(staging, { recursive: true, force: true });
  const astro = spawnSync(process.execPath, [join(root, 'scripts', 'build-astro.ts'), staging], { cwd: root, stdio: 'inherit' });
  if (astro.status !== 0) fail('Astro could not build the site (the error is above)');
  try {
    const pages = await indexSite(staging);
    // npm run bench reads this line as the end of the Pagefind phase.
    if (process.env.BUILD_LOG_LEVEL === 'info') console.log(`indexed ${pages} pages for search`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    fail('the search index could not be written (the error is above)');
  }
}

/** Checks the finished site in staging; writes _headers from the pages' own policies. */
function checkSite(): { pages: number; indexed: number } {
  const files = filesIn(staging);
  const pages = files.filter((f) => f.endsWith('.html'));
  for (const required of ['index.html', '404.html']) if (!pages.includes(required)) fail(`the build has no ${required}`);

  const entryFile = join(staging, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile)) fail('the search index was not written (no pagefind/pagefind-entry.json)');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  if (indexed === 0) fail('the search index is empty');

  // Pages link to /BASE/_astro/…; the files sit at _astro/… in the build.
  const base = site.base.replace(/\/?$/, '/');
  // Every page loads the same few bundled files: each is read once, not once per page.
  const localFiles = new Map<string, string | undefined>();
  const readLocal = (urlPath: string) => {
    const path = decodeURI(urlPath.split(/[?#]/)[0]!);
    const file = join(staging, path.startsWith(base) ? path.slice(base.length) : path);
    if (!localFiles.has(file)) localFiles.set(file, file.startsWith(staging) && existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined);
    return localFiles.get(file);
  };
  const problems: string[] = [];
  const policies = new Set<string>();
  for (const page of pages) {
    const audit = auditPage(readFileSync(join(staging, page), 'utf8'), readLocal);
    for (const p of audit.problems) problems.push(`  ${page}: ${p}`);
    if (audit.policy) policies.add(audit.policy);
  }
  if (problems.length > 0) {
    console.error(`Content-Security-Policy problems:\n${problems.join('\n')}`);
    fail(`${problems.length} page${problems.length === 1 ? '' : 's'} would break under, or allow more than, their Content-Security-Policy`);
  }

  const template = join(root, 'public', '_headers');
  if (existsSync(template)) {
    try {
      writeFileSync(join(staging, '_headers'), headersFile(readFileSync(template, 'utf8'), [...policies].sort()));
    } catch (error) {
      fail((error as Error).message);
    }
  }
  // Every address ever published must still lead somewhere (a page, a download or a redirect page).
  const listFile = join(root, 'published-urls.txt');
  if (existsSync(listFile)) {
    const unresolved = unresolvedUrls(parsePublishedUrls(readFileSync(listFile, 'utf8')), new Set(files));
    if (unresolved.length > 0) {
      console.error(unresolvedMessage(unresolved));
      fail('published addresses would break (listed above)');
    }
  }
  // GitHub Pages: the custom domain, from the one config module.
  const domain = customDomain(site.origin, site.base);
  if (domain) writeFileSync(join(staging, 'CNAME'), `${domain}\n`);
  return { pages: pages.length, indexed };
}

/** Replaces dist/ with staging: the old build is moved aside first and removed only once the new one is in place. */
function publish(): void {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  try {
    renameSync(staging, dist);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, dist);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Hands `npm run dev` the content store this build saved. Astro keeps a build's store in
 * node_modules/.astro and the dev server's in .astro (astro/dist/content/paths.js); without this the
 * first `npm run dev` after a build parses and validates every file again (11.5 s to a review page at
 * 5,000 reviews, against 8.4–8.6 s with a store; BENCHMARKS.md). Safe to hand over: Astro throws a
 * store away when its config, content config or version differ, and checks each file's digest.
 */
function handStoreToDevServer(): void {
  const built = join(root, 'node_modules', '.astro', 'data-store.json');
  if (!existsSync(built)) return;
  const dev = join(root, '.astro', 'data-store.json');
  mkdirSync(join(root, '.astro'), { recursive: true });
  copyFileSync(built, `${dev}.tmp`);
  renameSync(`${dev}.tmp`, dev);
}

try {
  checkContent();
  await buildSite();
  const { pages, indexed } = checkSite();
  publish();
  handStoreToDevServer();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Built ${pages} pages (${indexed} in the search index) in ${seconds} s into ${relative(process.cwd(), dist) || '.'}${sep}`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  const why = error instanceof BuildFailed ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`\nBuild failed: ${why}.\nNothing was published: dist/ is unchanged and still holds the last good build.`);
  process.exit(1);
}
