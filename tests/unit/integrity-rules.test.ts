// Each link rule on its own: what counts as a link, where a problem is said to be, and when an id is suggested.
import { describe, expect, it } from 'vitest';
import { checkReferences, closest, fieldPath, formatProblems, refsIn, type EntryLike } from '../../src/lib/integrity.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (collection: EntryLike['collection'], id: string, data: unknown = {}): EntryLike => ({ collection, id, file: `content/${collection}/${id}.mdx`, data });

describe('where a problem is', () => {
  it('writes a field path as an editor reads it', () => {
    expect(fieldPath(['effects', 0, 'outcome'])).toBe('effects[0].outcome');
    expect(fieldPath([2, 'id'])).toBe('[2].id');
    expect(fieldPath(['publication'])).toBe('publication');
    expect(fieldPath([])).toBe('(top level)');
  });
  it('lists every problem under its file, counted in the plural', () => {
    expect(formatProblems([{ file: 'a', field: 'x', message: 'm' }, { file: 'b', field: 'y', message: 'n' }])).toBe(
      '2 problems in content/ (nothing was published):\na: x: m\nb: y: n',
    );
  });
});

describe('what counts as a link', () => {
  it('finds links at any depth, in document order, with their paths', () => {
    const data = { publication: ref('sources', 's'), effects: [{ outcome: ref('outcomes', 'o'), interventions: [ref('interventions', 'i')] }] };
    expect([...refsIn(data)]).toEqual([
      { path: ['publication'], ref: ref('sources', 's') },
      { path: ['effects', 0, 'outcome'], ref: ref('outcomes', 'o') },
      { path: ['effects', 0, 'interventions', 0], ref: ref('interventions', 'i') },
    ]);
  });
  it('only an object of exactly a collection name and a string id is a link', () => {
    const data = {
      extra: { collection: 'sources', id: 's', note: 'x' },
      unknownCollection: ref('nowhere', 'x'),
      numericId: { collection: 'sources', id: 3 },
      date: new Date('2020-01-01'),
      nothing: null,
      text: 'sources',
    };
    expect([...refsIn(data)]).toEqual([]);
  });
  it('a value that is not an object holds no link (and is not kept: only objects can be)', () => {
    for (const value of ['sources', 3, null, undefined, true]) expect(refsIn(value)).toEqual([]);
  });
  it('asked twice about the same data, gives the same links (the walk is made once and kept)', () => {
    const data = { publication: ref('sources', 's'), list: [ref('outcomes', 'o')] };
    const first = refsIn(data);
    expect(refsIn(data)).toEqual(first);
    expect(first.map((r) => r.path)).toEqual([['publication'], ['list', 0]]);
  });
});

describe('suggesting the id an editor meant', () => {
  it('suggests the nearest id within a few edits, and nothing when none is near', () => {
    expect(closest('disorganized-attachment', ['attachment-security', 'disorganised-attachment'])).toBe('disorganised-attachment');
    expect(closest('cos-p', ['vipp-sd', 'abc'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
  it('allows two edits for a short id and a third of the length for a long one', () => {
    expect(closest('abc', ['xyc'])).toBe('xyc'); // 2 edits
    expect(closest('abc', ['xyz'])).toBeUndefined(); // 3 edits
    expect(closest('abcdefghijkl', ['wxyzefghijkl'])).toBe('wxyzefghijkl'); // 4 edits, 12 / 3 = 4
    expect(closest('abcdefghijkl', ['vwxyzfghijkl'])).toBeUndefined(); // 5 edits
  });
  it('counts insertions, deletions and substitutions alike, and prefers the first of equally near ids', () => {
    expect(closest('cosp', ['cos-p'])).toBe('cos-p');
    expect(closest('cos-pp', ['cos-p'])).toBe('cos-p');
    expect(closest('cos-q', ['cos-p', 'cos-r'])).toBe('cos-p');
    expect(closest('cos-q', ['cos-r', 'cos-p'])).toBe('cos-r');
    expect(closest('video-feedback', ['video-feedbacks', 'video-feedback'])).toBe('video-feedback');
  });
});

describe('checking links', () => {
  it('passes links that resolve, in any collection', () => {
    const entries = [entry('sources', 's'), entry('outcomes', 'o'), entry('reviews', 'r', { publication: ref('sources', 's'), effects: [{ outcome: ref('outcomes', 'o') }] })];
    expect(checkReferences(entries)).toEqual([]);
  });
  it('a link resolves only in its own collection', () => {
    const entries = [entry('outcomes', 's'), entry('reviews', 'r', { publication: ref('sources', 's') })];
    expect(checkReferences(entries)).toEqual([
      { file: 'content/reviews/r.mdx', field: 'publication', message: 'there is no sources entry "s" (expected a file content/sources/s.*)' },
    ]);
  });
  it("checks a glossary term's see-also ids against the glossary, and only a glossary term's", () => {
    const entries = [
      entry('glossary', 'odds-ratio', { seeAlso: ['risk-ratio', 'effect-size'] }),
      entry('glossary', 'effect-size'),
      entry('outcomes', 'o', { seeAlso: ['not-a-term'] }),
    ];
    expect(checkReferences(entries)).toEqual([
      { file: 'content/glossary/odds-ratio.mdx', field: 'seeAlso[0]', message: 'there is no glossary entry "risk-ratio" (expected a file content/glossary/risk-ratio.*)' },
    ]);
  });
});
