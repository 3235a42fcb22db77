// The content rules for MDX bodies (src/lib/mdx-policy.ts): every hostile body
// in the corpus is refused at the right line with a message an editor can act
// on, and ordinary content (GFM, footnotes, <abbr>, <OurReading>) passes.
import { describe, expect, it } from 'vitest';
import { checkMdxBody, normaliseUrl, refusedUrl, schemeOf } from '../../src/lib/mdx-policy.ts';
import { hostileBodies } from '../fixtures/hostile-bodies.ts';

describe('hostile bodies are refused, each at its line with a reason', () => {
  it('the corpus is large enough to mean something', () => {
    expect(hostileBodies.length).toBeGreaterThanOrEqual(40);
    expect(new Set(hostileBodies.map((h) => h.body)).size).toBe(hostileBodies.length);
  });
  for (const { name, body, line, message } of hostileBodies) {
    it(name, () => {
      const problems = checkMdxBody(body);
      expect(problems.length, `no problem found in ${JSON.stringify(body)}`).toBeGreaterThan(0);
      expect(problems.some((p) => p.field === `body (line ${line})` && message.test(p.message)), JSON.stringify(problems, null, 1)).toBe(true);
    });
  }
  it('line numbers count from where the body starts in its file', () => {
    const [p] = checkMdxBody('Fine.\n\n<iframe src="x" />\n', { firstLine: 20 });
    expect(p!.field).toBe('body (line 22)');
  });
  it('an import and an export in one block are reported on their own lines', () => {
    const problems = checkMdxBody("import fs from 'node:fs'\nexport const x = 1\n");
    expect(problems.map((p) => [p.field, p.message.slice(0, 8)])).toEqual([
      ['body (line 1)', '"import"'],
      ['body (line 2)', '"export"'],
    ]);
  });
  it('every problem in a body is reported, not just the first', () => {
    const problems = checkMdxBody('<script />\n\n[x](javascript:1)\n\n{1 + 1}\n');
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5]);
  });
  it('problems inside allowed structures are still found (a table cell, a footnote, a list, OurReading)', () => {
    const body = [
      '| a | b |', '| - | - |', '| <iframe /> | [x](javascript:1) |', '',
      'Text.[^1]', '', '[^1]: A note with {process.env.HOME}.', '',
      '- <OurReading>read <Foo /></OurReading>', '',
    ].join('\n');
    expect(checkMdxBody(body).map((p) => p.line)).toEqual([3, 3, 7, 9]);
  });
});

describe('ordinary content passes', () => {
  it('Markdown, GFM tables, footnotes, strikethrough, autolinks, code, allowed tags and OurReading', () => {
    const body = [
      '## What was done', '',
      'Parents were *randomised* to **two arms**; ~~three~~ see the [registry](https://www.isrctn.com/ISRCTN12345678) or www.example.org.', '',
      '| Arm | Randomised |', '| --- | ---: |', '| COS-P | 248 |', '| Usual care<br />only | 121 |', '',
      'Effects were small.[^1] The <abbr title="standardised mean difference">SMD</abbr> was reported; I<sup>2</sup> and CO<sub>2</sub>.', '',
      '[^1]: As the report says.', '',
      '<OurReading>We read this as a small effect.</OurReading>', '',
      '> A quoted passage.', '',
      '1. first', '2. second', '',
      '`inline code` and a block:', '', '```', '<script>not run: it is code text</script>', '```', '',
      'Write to [the team](mailto:team@example.org), or see [our page](/interventions/cos-p/#effects) and [below](#names).', '',
      '![A forest plot of the effects](/images/forest.png)', '',
      '{/* a note to other editors: not shown */}', '',
      'A literal brace \\{ and a less-than sign \\< are fine.', '',
    ].join('\n');
    expect(checkMdxBody(body)).toEqual([]);
  });
});

describe('URLs are judged as a browser would read them', () => {
  it('decodes entities and percent-escapes, and drops invisible characters, before reading the scheme', () => {
    expect(normaliseUrl('&#106;ava&#x73;cript&colon;x')).toBe('javascript:x');
    expect(normaliseUrl('%6A%61vascript:x')).toBe('javascript:x');
    expect(normaliseUrl('java\u0000scr\u200Bipt:x')).toBe('javascript:x');
    expect(normaliseUrl('&amp;#106;avascript:x')).toBe('javascript:x');
    expect(schemeOf(' JAVASCRIPT:x')).toBe('javascript');
  });
  it('allows web, e-mail, root-relative and anchor links, and nothing else', () => {
    for (const ok of ['https://doi.org/10.1/x', 'http://example.org', 'mailto:a@b.org', '/reviews/cosi-trial/', '#citation', '//example.org/x']) {
      expect(refusedUrl(ok), ok).toBeUndefined();
    }
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/1', 'ftp://x']) {
      expect(refusedUrl(bad), bad).toMatch(/is none of these/);
    }
  });
});
