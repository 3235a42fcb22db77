// The content rules inside the build: astro.config.mjs's processor (which MDX
// inherits) refuses a hostile body while compiling it, naming file and line,
// and gives root-relative body links the base path.
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import config from '../../astro.config.mjs';
import { remarkContentPolicy, remarkSiteLinks } from '../../src/lib/remark-content.ts';

type MdxRenderer = { process(content: string, path: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> };
type Processor = { createMdxRenderer(shared: object, mdx: object): Promise<MdxRenderer> };
const compiler = (processor: unknown) => (processor as Processor).createMdxRenderer({ syntaxHighlight: false, gfm: false }, { optimize: false, srcDir: new URL('../../src/', import.meta.url) });
const file = `${process.cwd()}/content/reviews/example.mdx`;

describe('the configured MDX compiler applies the content rules', () => {
  const mdx = compiler(config.markdown!.processor);
  it('refuses import, export and expressions before any code is generated, naming file and lines', async () => {
    const body = "Fine.\n\nimport fs from 'node:fs'\nexport const home = process.env.HOME\n\n{process.env.PATH}\n";
    const error = await (await mdx).process(body, file, {}).then(() => undefined, (e: Error & { line?: number }) => e);
    expect(error, 'the hostile body compiled').toBeInstanceOf(Error);
    expect(error!.message).toContain('content/reviews/example.mdx breaks the content rules (3 problems); nothing was published');
    expect(error!.message).toMatch(/content\/reviews\/example\.mdx: body \(line 3\): "import" is not allowed/);
    expect(error!.message).toMatch(/body \(line 4\): "export" is not allowed/);
    expect(error!.message).toMatch(/body \(line 6\): \{process\.env\.PATH\} is JavaScript/);
    expect(error!.line).toBe(3);
  });
  it('compiles an ordinary body with OurReading and an abbreviation', async () => {
    const { code } = await (await mdx).process('## Findings\n\n<OurReading>A <abbr title="standardised mean difference">SMD</abbr> of 0.2.</OurReading>\n', file, {});
    expect(code).toContain('OurReading');
    expect(code).toContain('standardised mean difference');
  });
  it('without the rules the same body would compile to code that imports node:fs (what the rules prevent)', async () => {
    const bare = compiler(unified({ gfm: false, remarkPlugins: [remarkGfm] }));
    const { code } = await (await bare).process("import fs from 'node:fs'\n", file, {});
    expect(code).toMatch(/import fs from ["']node:fs["']/);
  });
});

describe('root-relative body links get the base path', () => {
  const withBase = compiler(unified({ gfm: false, remarkPlugins: [remarkGfm, remarkContentPolicy, [remarkSiteLinks, { base: '/preview/' }]] }));
  it('prefixes links, definitions and images written from the site root, and leaves others alone', async () => {
    const { code } = await (await withBase).process('[a](/interventions/cos-p/#effects) [b][r] [c](#here) [d](https://doi.org/10.1/x) ![e](/favicon.svg)\n\n[r]: /about/\n', file, {});
    expect(code).toContain('"/preview/interventions/cos-p/#effects"');
    expect(code).toContain('"/preview/about/"');
    expect(code).toContain('"/preview/favicon.svg"');
    expect(code).toContain('"#here"');
    expect(code).toContain('"https://doi.org/10.1/x"');
  });
});
