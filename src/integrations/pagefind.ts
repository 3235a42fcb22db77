/**
 * Indexes the built site with Pagefind, so search can never be stale. Any error
 * from Pagefind fails the build. `npm run build` (scripts/build.ts) writes the
 * index itself once Astro's process has exited (scripts/build-astro.ts says
 * why); a bare `astro build` indexes in its build:done hook.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchIndexGlobs } from '../lib/search-pages.ts';

/** Set for Astro's build by scripts/build.ts, which then indexes the site itself. */
export const indexLaterVariable = 'AE_INDEX_AFTER_BUILD';

/** Writes the search index for the built site in the folder `site`; returns how many pages it indexed. */
export async function indexSite(site: string): Promise<number> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length > 0) fail('start', errors);
    // Only the pages that are searchable (src/lib/search-pages.ts), one glob at a time.
    let pageCount = 0;
    for (const glob of searchIndexGlobs) {
      const added = await index!.addDirectory({ path: site, glob });
      if (added.errors.length > 0) fail(`read the pages matching ${glob}`, added.errors);
      pageCount += added.page_count;
    }
    const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) fail('write its index', written.errors);
    return pageCount;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'attachment-evidence:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[indexLaterVariable] === '1') return;
        logger.info(`indexed ${await indexSite(fileURLToPath(dir))} pages for search`);
      },
    },
  };
}
