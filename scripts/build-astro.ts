/**
 * Runs Astro's build into the folder given, in a process of its own: scripts/build.ts
 * starts it and writes the search index once it has exited, so Astro's heap (the
 * content store, the compiled modules) is gone before the indexer's fills. With both
 * in one process the build's peak was in that phase: 5.6 GB at 5,000 reviews, 2.9 GB
 * this way (BENCHMARKS.md). Prints only the error's message (it names the file and
 * line; the bundler's stack beneath it is only noise for an editor) and exits 1.
 *
 *   node scripts/build-astro.ts <outDir>
 */
import { join } from 'node:path';
import { build } from 'astro';
import { indexLaterVariable } from '../src/integrations/pagefind.ts';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/build-astro.ts <outDir>');
  process.exit(2);
}
// No usage reports leave a build machine (the site's privacy promise covers its tooling).
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env[indexLaterVariable] = '1';
try {
  // BUILD_LOG_LEVEL=info shows Astro's progress (npm run bench reads its phases from it).
  const logLevel = process.env.BUILD_LOG_LEVEL === 'info' ? 'info' : 'warn';
  await build({ root: join(import.meta.dirname, '..'), outDir, logLevel, mode: 'production' });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
