// The user asked for remark-gfm. Astro 7 runs remark plugins only under the
// unified() processor, so this renders through the processor astro.config.mjs
// actually configures (with the processor's own GFM off, remark-gfm alone).
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

const processor = config.markdown!.processor!;
const renderer = await processor.createRenderer({ syntaxHighlight: false });
const html = async (md: string) => (await renderer.render(md)).code;

describe('Markdown is compiled by unified() with remark-gfm', () => {
  it('uses the unified processor with remark-gfm and built-in GFM off', () => {
    expect(processor.name).toBe('unified');
    const options = processor.options as { gfm?: boolean; remarkPlugins: unknown[] };
    expect(options.gfm).toBe(false);
    expect(options.remarkPlugins.map((p) => (p as { name?: string }).name)).toContain('remarkGfm');
  });
  it('renders a GFM table', async () => {
    const out = await html('| Arm | Randomised |\n| --- | ---: |\n| COS-P | 248 |\n');
    expect(out).toMatch(/<table>[\s\S]*<th>Arm<\/th>[\s\S]*<td align="right">248<\/td>/);
  });
  it('renders a footnote', async () => {
    const out = await html('Nine sites.[^1]\n\n[^1]: As the registry record says.\n');
    expect(out).toMatch(/<sup><a href="#user-content-fn-1"/);
    expect(out).toContain('As the registry record says.');
  });
  it('renders strikethrough', async () => {
    expect(await html('~~withdrawn~~')).toContain('<del>withdrawn</del>');
  });
  it('renders a bare URL as a link', async () => {
    expect(await html('See https://doi.org/10.3310/IVCN8847 for the report.')).toContain('<a href="https://doi.org/10.3310/IVCN8847">');
  });
});
