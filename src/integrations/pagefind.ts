/**
 * Indexes the built site with Pagefind after every `astro build`, so search
 * can never be stale. Any error from Pagefind fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchIndexGlobs } from '../lib/search-pages.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'attachment-evidence:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
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
          logger.info(`indexed ${pageCount} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
