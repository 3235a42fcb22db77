// Each truth rule on its own: which fields are checked against their quote, which sources count, which prose must be ours.
import { describe, expect, it } from 'vitest';
import type { EntryLike } from '../../src/lib/integrity.ts';
import { checkOwnWords, checkQuotes, copiedRuns, ourProse, wordRunIndex, type HeldText } from '../../src/lib/truth.ts';

const source = (id: string) => ({ collection: 'sources', id });
const review = (data: unknown): EntryLike => ({ collection: 'reviews', id: 'x', file: 'content/reviews/x.mdx', data });
const texts = new Map<string, HeldText>([['s', { fullText: 'In all, 12 of 40 sites (30%) reported g = 0.65 at a cost of £700; p = .003.', hasFullText: true, hasRecord: false }]]);

describe('every stored number must appear in the quote beside it', () => {
  for (const field of ['value', 'low', 'high', 'estimate', 'ciLow', 'ciHigh', 'k', 'n', 'amount']) {
    it(`checks ${field}`, () => {
      const ok = review({ fact: { [field]: 12, source: source('s'), quote: '12 of 40 sites' } });
      const wrong = review({ fact: { [field]: 13, source: source('s'), quote: '12 of 40 sites' } });
      expect(checkQuotes([ok], texts)).toEqual([]);
      expect(checkQuotes([wrong], texts)).toEqual([{ file: 'content/reviews/x.mdx', field: `fact.${field}`, message: '13 does not appear in its quote "12 of 40 sites"' }]);
    });
  }
  it('checks a p-value against its quote', () => {
    const p = (value: number) => review({ effects: [{ p: { relation: '=', value, reported: `p = ${value}` }, source: source('s'), quote: 'p = .003' }] });
    expect(checkQuotes([p(0.003)], texts)).toEqual([]);
    expect(checkQuotes([p(0.03)], texts)).toEqual([{ file: 'content/reviews/x.mdx', field: 'effects[0].p', message: 'p 0.03 does not appear in its quote "p = .003"' }]);
  });
  it('leaves fields that are not numbers, and numbers in other fields, alone', () => {
    expect(checkQuotes([review({ fact: { estimate: '13', year: 2019, source: source('s'), quote: '12 of 40 sites' } })], texts)).toEqual([]);
  });
  it('reports every problem in one quote, not only the first', () => {
    const problems = checkQuotes([review({ fact: { low: 1, high: 2, source: source('s'), quote: 'g = 0.65' } })], texts);
    expect(problems.map((p) => p.field)).toEqual(['fact.low', 'fact.high']);
  });
});

describe('which quotes are checked, and against what', () => {
  it('a quote whose source has no held text cannot be checked, and says what to do; its numbers are still checked against the quote', () => {
    const entry = review({ effects: [{ estimate: 99, source: source('unknown'), quote: 'not anywhere' }] });
    expect(checkQuotes([entry], texts)).toEqual([
      { file: 'content/reviews/x.mdx', field: 'effects[0].quote', message: expect.stringMatching(/^the words of source "unknown" are not held, so this quote cannot be checked: add the source's fullText .* or .* signedOff/) },
      { file: 'content/reviews/x.mdx', field: 'effects[0].estimate', message: '99 does not appear in its quote "not anywhere"' },
    ]);
  });
  it('a quote must stand in its source, white space aside', () => {
    expect(checkQuotes([review({ quote: 'reported   g =\n0.65', source: source('s') })], texts)).toEqual([]);
    expect(checkQuotes([review({ quote: 'reported g = 0.56', source: source('s') })], texts)).toEqual([
      { file: 'content/reviews/x.mdx', field: 'quote', message: 'does not appear verbatim in the text of source "s": "reported g = 0.56"' },
    ]);
  });
  it('only a link to a source makes a quote checkable; quotes are found at any depth', () => {
    const notASource = review({ quote: 'nowhere at all', source: { collection: 'reviews', id: 's' } });
    const noId = review({ quote: 'nowhere at all', source: { collection: 'sources' } });
    expect(checkQuotes([notASource, noId], texts)).toEqual([]);
    const deep = review({ a: [{ b: { quote: 'nowhere at all', source: source('s') } }] });
    expect(checkQuotes([deep], texts)).toEqual([expect.objectContaining({ field: 'a[0].b.quote' })]);
  });
});

describe('our prose is in our own words', () => {
  const seed = 'the programme aims to enhance secure attachment between parent and child over time';
  it('a run of exactly n words counts; case, punctuation and apostrophes do not hide it', () => {
    const index = wordRunIndex(['One two three four five six seven eight nine ten'], 10);
    expect(copiedRuns('ONE, two; three four five six seven eight nine ten!', index)).toEqual(['one two three four five six seven eight nine ten']);
    expect(copiedRuns('one two three four five six seven eight nine', index)).toEqual([]);
    expect(copiedRuns("the child's world", wordRunIndex(["the childs world"], 3))).toEqual(['the childs world']);
  });
  it('n can be set: three copied words are found at n = 3, not at the default 10', () => {
    expect(copiedRuns('we aim to enhance secure bonds', wordRunIndex([seed], 3))).toEqual(['to enhance secure']);
    expect(copiedRuns('we aim to enhance secure bonds', wordRunIndex([seed]))).toEqual([]);
  });
  it('reads summaries, findings, definitions, key findings and our reasons, not quotes, records or discussion questions', () => {
    const data = {
      summary: 'a', finding: 'b', text: 'c', definition: 'd', reason: 'e', covers: 'f', body: 'g', keyFindings: [{ text: 'h' }, { text: 'i', reading: 'ours' }],
      quote: 'not ours', record: 'not ours either', questions: [{ text: 'a question, quoted' }], nested: [{ summary: 'j' }],
      directionBasis: { reading: 'ours', why: 'k' }, corrections: [{ what: 'l' }],
    };
    expect([...ourProse(data)].map((p) => p.text)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
    expect([...ourProse(data)][7]!.path).toEqual(['keyFindings', 0, 'text']);
  });
  it('names the field (or the body) that copies, with an example run', () => {
    const copy = 'It says the programme aims to enhance secure attachment between parent and child, we read.';
    const entry = { ...review({ summary: copy, effects: [{ finding: 'our own words' }] }), body: copy };
    expect(checkOwnWords([entry], [seed])).toEqual([
      { file: 'content/reviews/x.mdx', field: 'summary', message: 'copies 10+ words from a source; put it in our own words (e.g. "the programme aims to enhance secure attachment between parent and")' },
      { file: 'content/reviews/x.mdx', field: '(body)', message: expect.stringContaining('copies 10+ words') },
    ]);
    expect(checkOwnWords([entry], [seed], 12)).toEqual([]);
  });
});
