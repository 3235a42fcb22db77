// Links from a body to pages of this site (src/lib/body-checks.ts), checked
// against the real content model: a link to a page or #anchor that does not
// exist is refused, naming the file and line; real pages and anchors pass.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { bodyOf, checkBodies, headingIds, type BodyFile } from '../../src/lib/body-checks.ts';

const root = join(import.meta.dirname, '..', '..');
const { entries } = loadContent();
const files: BodyFile[] = entries.map((e) => ({ ...e, text: e.file.endsWith('.mdx') ? readFileSync(join(root, e.file), 'utf8') : undefined }));
const publicFiles = new Set(['/favicon.svg']);

/** The content with `body` appended to one file's body; returns the problems and the file line the appended body starts on. */
function withBody(file: string, body: string) {
  const text = files.find((f) => f.file === file)!.text!;
  const base = text.endsWith('\n') ? text : `${text}\n`;
  const firstLine = base.split('\n').length;
  const changed = files.map((f) => (f.file === file ? { ...f, text: `${base}${body}` } : f));
  return { problems: checkBodies(changed, { publicFiles }), firstLine };
}
const review = 'content/reviews/yaholkoski-2016.mdx';
const intervention = 'content/interventions/cos-p.mdx';

describe('body links on the real content', () => {
  it('the real content has no broken body link and breaks no content rule', () => {
    expect(checkBodies(files, { publicFiles })).toEqual([]);
  });
  it('links to pages, sections, effects, headings, glossary terms and files that exist pass', () => {
    const links = [
      '/', '/interventions/', '/interventions/abc/#aims', '/interventions/cos-p/#what-to-keep-in-mind', '/interventions/cos-p/#effects',
      '/reviews/cosi-trial/#effect-mental-health-12m', '/reviews/cosi-trial/#citation', '/outcomes/attachment-security/#effects',
      '/events/eypr-2016/#pages', '/glossary/#hedges-g', '/about/#ratings', '/#latest', '/search/?q=video', '/compare/abc-vs-cos-p/',
      '/evidence-map/', '/favicon.svg', '#what-was-done', '#citation', 'https://doi.org/10.1/x',
    ];
    const { problems } = withBody(review, links.map((l) => `- [a link](${l})`).join('\n'));
    expect(problems).toEqual([]);
  });
});

describe('broken body links are refused, naming file and line', () => {
  const cases: [string, string, RegExp][] = [
    ['a page that does not exist, with a guess', '[x](/interventions/cos-q/)', /the link "\/interventions\/cos-q\/" leads to no page on this site; did you mean "\/interventions\/cos-p\/"\?/],
    ['a page address without its final slash', '[x](/interventions/cos-p)', /leads to no page on this site: page addresses end in a slash, "\/interventions\/cos-p\/"/],
    ['an effect anchor that does not exist', '[x](/reviews/cosi-trial/#effect-mental-health-13m)', /points to #effect-mental-health-13m, which is not on \/reviews\/cosi-trial\/; did you mean #effect-mental-health-12m\?/],
    ['an anchor on this page that does not exist', '[x](#nowhere-at-all)', /the link "#nowhere-at-all" points to #nowhere-at-all, which is not on \/reviews\/yaholkoski-2016\//],
    ['a section the target page does not print', '[x](/interventions/maternal-therapy/#aims)', /points to #aims, which is not on \/interventions\/maternal-therapy\//],
    ['a glossary term that does not exist', '[x](/glossary/#hedges-gee)', /points to #hedges-gee, which is not on \/glossary\/; did you mean #hedges-g\?/],
    ['a link relative to the page', '[x](../cosi-trial/)', /is relative to this page; write links to pages on this site from the site root/],
    ['an image that is not in public/', '![A chart](/images/missing.png)', /the image "\/images\/missing.png" is not a file in public\//],
    ['a reference definition to a missing page', '[x][r]\n\n[r]: /outcomes/no-such-outcome/', /leads to no page on this site/],
  ];
  for (const [name, body, message] of cases) {
    it(name, () => {
      const { problems, firstLine } = withBody(review, `${body}\n`);
      const line = body.includes('\n') ? firstLine + 2 : firstLine;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: review, field: `body (line ${line})` });
      expect(problems[0]!.message).toMatch(message);
    });
  }
  it('a content-rule problem is reported with the file and the line in the file', () => {
    const { problems, firstLine } = withBody(intervention, 'Fine.\n\n<iframe src="https://evil.example/" />\n');
    expect(problems).toEqual([{ file: intervention, field: `body (line ${firstLine + 2})`, message: expect.stringMatching(/raw HTML <iframe> is not allowed/) }]);
  });
});

describe('anchors are the ids Astro prints', () => {
  it('heading ids follow Astro: github-slugger after smart quotes, repeats numbered', () => {
    expect(headingIds("## Parents' views\n\n## What *was* done\n\n## What was done\n")).toEqual(['parents-views', 'what-was-done', 'what-was-done-1']);
  });
  it('the body keeps its file line numbers (frontmatter blanked, not removed)', () => {
    expect(bodyOf('---\na: 1\n---\n\nText\n').split('\n')[4]).toBe('Text');
  });
  it('a heading in a body can be linked from another body', () => {
    const { problems } = withBody(review, '[x](/interventions/cos-p/#a-new-heading)\n');
    expect(problems).toHaveLength(1);
    const withHeading = files.map((f) => (f.file === intervention ? { ...f, text: `${f.text}\n## A new heading\n` } : f.file === review ? { ...f, text: `${f.text}\n[x](/interventions/cos-p/#a-new-heading)\n` } : f));
    expect(checkBodies(withHeading, { publicFiles })).toEqual([]);
  });
});

describe('bodies are .mdx files only', () => {
  it('a .md copy of a review is reported, not read', () => {
    const copy = { ...files.find((f) => f.file === review)!, file: review.replace(/\.mdx$/, '.md') };
    const problems = checkBodies([...files, copy], { publicFiles });
    expect(problems).toEqual([{ file: copy.file, field: '(file name)', message: expect.stringMatching(/must be an \.mdx file: the site does not read \.md files\. Rename it to yaholkoski-2016\.mdx \(there is already a yaholkoski-2016\.mdx: keep one of the two\)/) }]);
  });
});
