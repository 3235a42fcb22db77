// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { site } from './src/site.config.ts';
import pagefind from './src/integrations/pagefind.ts';
import { remarkContentPolicy, remarkSiteLinks } from './src/lib/remark-content.ts';
import noHeadInjectDirective from './src/integrations/no-head-inject-directive.ts';
import { loadContent } from './scripts/lib/load-content.ts';
import { redirectsFor } from './src/lib/short-links.ts';
import { allPairs, publishesPairPages } from './src/lib/compare.ts';
import { paths } from './src/lib/model.ts';

// Short links, aliases and former addresses are redirect pages: not in the sitemap; nor are
// compare pairs' addresses once they lead on to lines in compare lists (src/lib/compare.ts).
const { entries } = loadContent();
const interventionIds = entries.filter((e) => e.collection === 'interventions').map((e) => e.id);
const pairRedirects = publishesPairPages(interventionIds.length) ? [] : allPairs(interventionIds).map(([a, b]) => paths.comparePair(a, b));
const redirectPaths = new Set([...redirectsFor(entries).map((r) => r.from), ...pairRedirects].map((path) => `${site.base.replace(/\/$/, '')}${path}`));

export default defineConfig({
  site: site.origin,
  base: site.base,
  // Every page is /section/id/ so links on slides never change shape.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // remark plugins run only under the unified() processor. GFM comes from
  // remark-gfm alone (the processor's built-in GFM is off) so it is one thing.
  // MDX inherits this processor (mdx({ remarkPlugins }) is deprecated in Astro 7),
  // so the content rules refuse a hostile body while it compiles, before its code exists;
  // then links written from the site root get the base path.
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkContentPolicy, [remarkSiteLinks, { base: site.base }]] }),
    // No code blocks in content; Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
  },
  integrations: [mdx(), pagefind(), (await import('@astrojs/sitemap')).default({ filter: (page) => !redirectPaths.has(new URL(page).pathname) })],
  vite: {
    plugins: [noHeadInjectDirective()],
    // Page scripts go in one cached file rather than inline in every page (3.6 KB of each page at
    // 10,000 reviews was the same script); other small assets keep Vite's default.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  // No prefetch, no remote fonts, no client scripts unless a component asks.
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page, which works on any static
  // host: Astro adds a hash for each script and style it bundles; nothing
  // else may run or load, and nothing from another site. Pages that need more
  // add it themselves (search adds 'wasm-unsafe-eval' and its loader's hash).
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
