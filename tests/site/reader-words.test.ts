// Words readers see are written for readers: no engine messages, no code
// values, no doubled words around citations, on any built page.
import { describe, expect, it } from 'vitest';
import { allPages, page, readerText } from '../helpers/dist.ts';

const developerWords: [RegExp, string][] = [
  [/\bundefined\b|\bNaN\b|\[object Object\]/, 'a code value'],
  [/\bgot "/, 'an engine message ("got …")'],
  [/must be an exact value|cannot give an SE|\ban SE\b/, 'an engine message about p-values'],
  [/\band et al\.|\band and\b/, 'a doubled word in a citation'],
];

describe('messages for readers', () => {
  const pages = allPages().filter((p) => p.endsWith('/') || p.endsWith('.html'));
  it('the checker finds an engine message when one is there', () => {
    const sample = 'No CI: p must be an exact value, not a bound (got "< .001"); a bound cannot give an SE';
    expect(developerWords.filter(([re]) => re.test(sample)).map(([, what]) => what)).toEqual(['an engine message ("got …")', 'an engine message about p-values']);
  });
  it('no page shows one', () => {
    const found: string[] = [];
    for (const path of pages) {
      const main = page(path).querySelector('main');
      if (!main) continue;
      const text = readerText(main);
      for (const [re, what] of developerWords) {
        const m = text.match(re);
        if (m) found.push(`${path}: ${what}: "…${text.slice(Math.max(0, m.index! - 40), m.index! + 40)}…"`);
      }
    }
    expect(found).toEqual([]);
  });
});
