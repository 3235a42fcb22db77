// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { site } from './src/site.config.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: site.origin,
  base: site.base,
  // Every page is /section/id/ so links on slides never change shape.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // remark plugins run only under the unified() processor. GFM comes from
  // remark-gfm alone (the processor's built-in GFM is off) so it is one thing.
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [mdx(), pagefind(), (await import('@astrojs/sitemap')).default()],
  // No prefetch, no remote fonts, no client scripts unless a component asks.
  devToolbar: { enabled: false },
});
