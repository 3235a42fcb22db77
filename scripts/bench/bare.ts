/**
 * The benchmark's baseline: a bare Astro + MDX + Pagefind site that renders the
 * same MDX bodies (the corpus's reviews, interventions, outcomes and events) in
 * a plain layout, padded with plain pages to the project's page count. What the
 * project costs beyond it is what its own pages, checks and indexes cost.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BareOptions {
  /** The content/ folder whose MDX bodies it renders (read in place). */
  content: string;
  /** Plain pages added so the page count matches the project's. */
  fillerPages: number;
  /** 'default': Astro's own Markdown processor; 'unified-gfm': unified() with remark-gfm, as the project configures it. */
  markdown: 'default' | 'unified-gfm';
}

const collections = ['reviews', 'interventions', 'outcomes', 'events'] as const;

/** Writes the bare site's sources into `dir` (node_modules is the caller's). */
export function writeBareSite(dir: string, options: BareOptions): void {
  const file = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  file('package.json', JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2));
  const processor = options.markdown === 'unified-gfm'
    ? `\n  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }), syntaxHighlight: false },`
    : '';
  file(
    'astro.config.mjs',
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

// Pagefind over every page, as a site without a searchable marker would index it.
const search = {
  name: 'bench-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      const added = await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: join(site, 'pagefind') });
      await pagefind.close();
      logger.info(\`indexed \${added.page_count} pages for search\`);
    },
  },
};

void unified; void remarkGfm;
export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },${processor}
  integrations: [mdx(), search],
});
`,
  );
  file(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const from = ${JSON.stringify(options.content)};
const collection = (name: string) => defineCollection({ loader: glob({ pattern: '*.mdx', base: \`\${from}/\${name}\` }) });
export const collections = { ${collections.map((c) => `${c}: collection('${c}')`).join(', ')} };
`,
  );
  file('src/layouts/Plain.astro', `---
const { title } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head><body><main><h1>{title}</h1><slot /></main></body></html>
`);
  file('src/components/OurReading.astro', `<aside><slot /></aside>\n`);
  file('src/pages/index.astro', `---
import Plain from '../layouts/Plain.astro';
---
<Plain title="Bench"><p>Bare site.</p></Plain>
`);
  file(
    'src/pages/[collection]/[id].astro',
    `---
import { getCollection, render } from 'astro:content';
import Plain from '../../layouts/Plain.astro';
import OurReading from '../../components/OurReading.astro';
export async function getStaticPaths() {
  const names = ${JSON.stringify(collections)};
  const all = [];
  for (const name of names) for (const entry of await getCollection(name)) all.push({ params: { collection: name, id: entry.id }, props: { entry } });
  return all;
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Plain title={String(entry.data.title ?? entry.data.name ?? entry.id)}><Content components={{ OurReading }} /></Plain>
`,
  );
  file('src/filler.json', JSON.stringify({ pages: options.fillerPages }));
  file(
    'src/pages/filler/[n].astro',
    `---
import Plain from '../../layouts/Plain.astro';
import filler from '../../filler.json';
export function getStaticPaths() {
  return Array.from({ length: filler.pages }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<Plain title={\`Page \${n}\`}><p>A plain page, number {n}, so the bare site has the project's page count.</p></Plain>
`,
  );
}
