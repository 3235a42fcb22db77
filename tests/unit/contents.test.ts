// The in-page contents lists: a link for every section the page prints, in page order, and none to an empty heading.
import { describe, expect, it } from 'vitest';
import { interventionContents, outcomeContents, reviewContents } from '../../src/lib/contents.ts';

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const body = [{ id: 'the-method-in-brief', label: 'The method in brief' }];

describe('a review page', () => {
  it('lists its sections in page order, the prose headings after what was found', () => {
    const items = reviewContents({ commentaries: [] as never }, { bodyHeadings: body, reportedIn: 1, sources: 2 });
    expect(ids(items)).toEqual(['what-was-done', 'what-was-found', 'the-method-in-brief', 'strengths-and-limitations', 'who-wrote-it', 'commentary', 'reported-in', 'citation', 'sources-heading']);
    expect(items[2]).toEqual(body[0]);
    expect(items.find((i) => i.id === 'who-wrote-it')?.label).toBe('Who wrote it');
  });
  it('leaves out a commentary, "also reported in" and sources it does not have', () => {
    const items = reviewContents({}, { bodyHeadings: [], reportedIn: 0, sources: 0 });
    expect(ids(items)).toEqual(['what-was-done', 'what-was-found', 'strengths-and-limitations', 'who-wrote-it', 'citation']);
  });
});

describe('an intervention page', () => {
  it('lists every section it has', () => {
    const items = interventionContents({ aims: [] as never, delivery: { notes: [] } as never }, { bodyHeadings: body, related: 1, events: 1, sources: 1 });
    expect(ids(items)).toEqual(['at-a-glance', 'ratings', 'aims', 'the-method-in-brief', 'delivery', 'effects', 'reviews', 'related', 'events', 'sources-heading']);
    expect(items.find((i) => i.id === 'delivery')?.label).toBe('More about how it works');
  });
  it('leaves out aims, delivery notes, related interventions, events and sources it does not have', () => {
    expect(ids(interventionContents({}, { bodyHeadings: [], related: 0, events: 0, sources: 0 }))).toEqual(['at-a-glance', 'ratings', 'effects', 'reviews']);
    expect(ids(interventionContents({ delivery: {} as never }, { bodyHeadings: [], related: 0, events: 0, sources: 0 }))).not.toContain('delivery');
  });
});

describe('an outcome page', () => {
  it('puts its definition’s headings first, then what the research found', () => {
    expect(outcomeContents({ bodyHeadings: body, sources: 3 })).toEqual([...body, { id: 'effects', label: 'What the research found' }, { id: 'sources-heading', label: 'Sources' }]);
    expect(ids(outcomeContents({ bodyHeadings: [], sources: 0 }))).toEqual(['effects']);
  });
});
