import { describe, expect, it } from 'vitest';
import { detailBudget, paperForm, printedLength, printedStatements, quotedAbove } from '../../src/lib/paper.ts';

const blog = { id: 'cosi-blog', collection: 'sources' };
const registry = { id: 'cosi-registry', collection: 'sources' };

describe('each quote printed once on paper', () => {
  it('a row quoting the same words from the same source as a key finding points to it', () => {
    const findings = [{ source: blog, quote: 'Parent-infant bonding improved in both groups.' }];
    const rows = [
      { source: blog, quote: 'Parent-infant bonding improved in both groups.' },
      { source: blog, quote: 'Child development outcomes – no meaningful differences' },
    ];
    expect(quotedAbove(findings, rows)).toEqual([true, false]);
  });

  it('white space and closing punctuation aside, the words must be the same: no more, no fewer', () => {
    const findings = [{ source: blog, quote: 'though these were not\n  maintained at 12 months.' }];
    expect(quotedAbove(findings, [{ source: blog, quote: 'though these were not maintained at 12 months' }])).toEqual([true]);
    // Part of a quote printed above is not the same quote: the row prints its own words.
    expect(quotedAbove(findings, [{ source: blog, quote: 'though these were not maintained' }])).toEqual([false]);
    expect(quotedAbove(findings, [{ source: blog, quote: 'Though these were not maintained at 12 months' }])).toEqual([false]);
  });

  it('the same words from another source, or another place in it, are another quote', () => {
    expect(quotedAbove([{ source: blog, quote: 'Not Recruiting' }], [{ source: registry, quote: 'Not Recruiting' }])).toEqual([false]);
    // On paper the pointer's place in the source is left to the quote above, so that place must be the same.
    const at = (locator?: string) => ({ source: blog, quote: 'no effect on any EIF child outcome', locator });
    expect(quotedAbove([at('No Effect – Social Baby')], [at('No Effect – Social Baby'), at('Key messages'), at()])).toEqual([true, false, false]);
  });

  it('a quote checked by a maintainer keeps its note: it is not merged with the same words unchecked', () => {
    const checked = { source: blog, quote: 'a significant decrease', signedOff: { by: 'editor', date: '2026-11-01' } };
    expect(quotedAbove([{ source: blog, quote: 'a significant decrease' }], [checked])).toEqual([false]);
    expect(quotedAbove([checked], [{ ...checked }])).toEqual([true]);
  });

  it('our records are never shown as quotes, nor merged; our readings have nothing to point to', () => {
    const record = { source: blog, record: 'effects on unsupportive responses' };
    expect(quotedAbove([record], [{ ...record }])).toEqual([false]);
    expect(quotedAbove([{ source: blog, quote: 'effects on unsupportive responses' }], [record])).toEqual([false]);
    expect(quotedAbove([{}], [{}])).toEqual([false]);
  });

  it('a row repeating an earlier row points up; the first printing of each quote is never marked', () => {
    const q = { source: blog, quote: 'Both studies observed short-term improvements' };
    expect(quotedAbove([], [q, { ...q }, { ...q }])).toEqual([false, true, true]);
  });
});

describe('the paper budget of a detail section', () => {
  it('counts the words a reader reads: statements, quotes, units and numbers, not references to other entries', () => {
    expect(printedLength({ text: 'abc', quote: 'de', source: blog })).toBe(5);
    expect(printedLength({ value: 3171, unit: 'parents', source: blog })).toBe(4 + 7);
    expect(printedLength({ type: 'rct', description: [{ text: 'ab' }], records: [registry], signedOff: { by: 'someone', date: '2026-11-01' } })).toBe(2);
    expect(printedLength(undefined)).toBe(0);
    expect(printedLength([true, null, 'x'])).toBe(1);
  });

  it('prints a section whole within the budget and in short form past it, whatever the page', () => {
    expect(paperForm(undefined)).toBe('whole');
    expect(paperForm([{ text: 'x'.repeat(detailBudget) }])).toBe('whole');
    expect(paperForm([{ text: 'x'.repeat(detailBudget + 1) }])).toBe('short');
    expect(paperForm([{ text: 'x'.repeat(11) }], 10)).toBe('short');
  });

  it('in short form a list of statements prints its first, and every statement with a figure in it', () => {
    const statements = [{ text: 'A pragmatic trial.' }, { text: 'Of 3,171 screened, 2,785 were not eligible.' }, { text: 'Women were interviewed.' }, { text: 'Not recruiting.' }];
    expect(printedStatements(statements, 'whole')).toEqual([true, true, true, true]);
    expect(printedStatements(statements, 'short')).toEqual([true, true, false, false]);
  });

  it('never cuts figures: a list of numbers (where sources may disagree) prints whole in either form', () => {
    const figures = [{ value: 10, source: blog }, { value: 9, source: registry }];
    expect(printedStatements(figures, 'short')).toEqual([true, true]);
    expect(printedStatements([], 'short')).toEqual([]);
  });
});
