// The feed's items come from content dates only: the same content gives the same feed.
import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/schemas/review.ts';
import type { Entry } from '../../src/lib/model.ts';
import { feedItems } from '../../src/lib/feed.ts';

const review = (id: string, title: string, lastReviewed: string, corrections?: Review['corrections']): Entry<Review> => ({
  id,
  file: `content/reviews/${id}.mdx`,
  data: { title, summary: `${title} in brief.`, lastReviewed, corrections } as Review,
});
const url = (path: string) => `https://example.org${path}`;

describe('feed items', () => {
  const reviews = [
    review('a', 'Alpha trial', '2026-11-20', [{ date: '2026-11-22', what: 'The sample size read 317; the trial randomised 371.' }, { date: '2026-11-22', what: 'A second fix on the same day.' }]),
    review('b', 'Beta review', '2026-11-21'),
  ];
  const items = feedItems(reviews, url);
  it('gives each review an item dated by its evidence check, linking to its page', () => {
    const a = items.find((i) => i.title === 'Alpha trial')!;
    expect(a.link).toBe('https://example.org/reviews/a/');
    expect(a.pubDate.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(a.description).toBe('Alpha trial in brief. Evidence checked against its sources on 20 November 2026.');
  });
  it('gives each correction its own item with a guid of its own, so readers see it as new', () => {
    const corrections = items.filter((i) => i.title === 'Correction: Alpha trial');
    expect(corrections).toHaveLength(2);
    expect(corrections[0]!.link).toBe('https://example.org/reviews/a/#corrections-heading');
    expect(corrections.map((c) => c.description)).toContain('22 November 2026: The sample size read 317; the trial randomised 371.');
    expect(new Set(items.map((i) => i.customData)).size).toBe(items.length);
  });
  it('lists newest first, ties in a fixed order, and never reads the clock', () => {
    expect(items.map((i) => i.pubDate.toISOString().slice(0, 10))).toEqual(['2026-11-22', '2026-11-22', '2026-11-21', '2026-11-20']);
    expect(feedItems([...reviews].reverse(), url)).toEqual(items);
  });
  it('escapes a guid for XML', () => {
    expect(feedItems([review('a', 'T', '2026-01-01')], (p) => `https://example.org/x?a=1&b=2${p}`)[0]!.customData).toBe('<guid isPermaLink="false">https://example.org/x?a=1&amp;b=2/reviews/a/#checked-2026-01-01</guid>');
  });
});
