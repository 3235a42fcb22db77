// @ts-check
import { writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { site } from './src/site.config.ts';
import pagefind from './src/integrations/pagefind.ts';
import { remarkContentPolicy, remarkSiteLinks } from './src/lib/remark-content.ts';
import noHeadInjectDirective from './src/integrations/no-head-inject-directive.ts';

// Redirect pages (short links, aliases, former addresses, compare pairs that lead on) stay out of
// the sitemap, and are listed in _redirects for hosts that read it (the HTML redirect pages serve
// every other host). Which they are is read from content/ when the build is done, just before the
// sitemap is written (integrations' hooks run in the order listed), not when this config loads:
// that read takes seconds at thousands of reviews, and `astro dev` never writes a sitemap.
/** @type {Set<string>} */
let redirectPaths = new Set();
/** @type {import('astro').AstroIntegration} */
const findRedirectPages = {
  name: 'attachment-evidence:redirect-pages',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const pages = (await import('./scripts/lib/redirect-pages.ts')).redirectPages(site.base);
      redirectPaths = pages.paths;
      writeFileSync(new URL('_redirects', dir), pages.redirectsFile);
    },
  },
};

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
  integrations: [mdx(), pagefind(), findRedirectPages, (await import('@astrojs/sitemap')).default({ filter: (page) => !redirectPaths.has(new URL(page).pathname) })],
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
