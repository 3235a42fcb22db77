// The checker's shortcuts for speed at thousands of reviews give the same answers as the long way.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyOf, headingIds } from '../../src/lib/body-checks.ts';
import { parseBody } from '../../src/lib/mdx-policy.ts';
import { checkQuotes } from '../../src/lib/truth.ts';
import { loadContent, projectRoot } from '../../scripts/lib/load-content.ts';

describe('the checker, fast and the same', () => {
  it('heading ids from the already parsed body are the ids from parsing it again, for every body', () => {
    const bodies = loadContent().entries.filter((e) => e.file.endsWith('.mdx')).map((e) => bodyOf(readFileSync(join(projectRoot, e.file), 'utf8')));
    bodies.push('# One\n\n## “Quoted” heading\n\n## One\n\n<OurReading>\n## Inside\n</OurReading>\n');
    let withHeadings = 0;
    for (const body of bodies) {
      const tree = parseBody(body);
      const before = JSON.stringify(tree);
      expect(headingIds(body, tree)).toEqual(headingIds(body));
      // The caller's tree is left as it was (its links are read after).
      expect(JSON.stringify(tree)).toBe(before);
      if (headingIds(body).length > 0) withHeadings++;
    }
    expect(withHeadings).toBeGreaterThan(1);
  });

  it('a source text normalised once still finds each quote across line breaks, and still misses a wrong one', () => {
    const held = new Map([['s', { hasFullText: true, hasRecord: false, fullText: 'The trial found   no\n\nclear difference in bonding.\nScores fell by 4.2 points.' }]]);
    const entry = (quote: string, value?: number) => ({
      collection: 'reviews' as const,
      id: 'r',
      file: 'content/reviews/r.mdx',
      data: { keyFindings: [{ text: 'x', source: { collection: 'sources', id: 's' }, quote, ...(value === undefined ? {} : { value }) }] },
    });
    const problems = checkQuotes([entry('found no clear difference'), entry('Scores fell by 4.2 points', 4.2), entry('found a clear difference')], held);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('does not appear verbatim in the text of source "s": "found a clear difference"');
  });
});
