// The list of reviews and trials stays small however many there are: grouped by kind, split into pages.
import { describe, expect, it } from 'vitest';
import { reviewIndexPageCount, reviewIndexPages, reviewsPerIndexPage, splitReviewList } from '../../src/lib/review-index.ts';
import type { Entry } from '../../src/lib/model.ts';
import type { Review } from '../../src/schemas/review.ts';

const review = (id: string, type: Review['design']['type']) => ({ id, data: { design: { type } } }) as unknown as Entry<Review>;

describe('the reviews list', () => {
  it('groups by kind in the order readers weigh them (trials, meta-analyses, systematic reviews …), keeping the given order within each', () => {
    const reviews = [review('s1', 'systematic-review'), review('e1', 'evidence-ratings'), review('t1', 'rct'), review('m1', 'meta-analysis'), review('t2', 'rct'), review('r1', 'review-of-reviews'), review('v1', 'survey')];
    const [page, ...rest] = reviewIndexPages(reviews);
    expect(rest).toEqual([]);
    expect(page!.path).toBe('/reviews/');
    expect(page!.groups.map((g) => [g.type, g.items.map((r) => r.id)])).toEqual([
      ['rct', ['t1', 't2']], ['meta-analysis', ['m1']], ['systematic-review', ['s1']], ['review-of-reviews', ['r1']], ['survey', ['v1']], ['evidence-ratings', ['e1']],
    ]);
  });
  it('splits into pages of 300 at most; a kind split across pages is headed on each; pages after the first are /reviews/results/<n>/', () => {
    const reviews = [...Array.from({ length: 400 }, (_, i) => review(`t${i}`, 'rct')), ...Array.from({ length: 250 }, (_, i) => review(`m${i}`, 'meta-analysis'))];
    const pages = reviewIndexPages(reviews);
    expect(reviewsPerIndexPage).toBe(300);
    expect(pages.map((p) => [p.number, p.path, p.first, p.last])).toEqual([[1, '/reviews/', 1, 300], [2, '/reviews/results/2/', 301, 600], [3, '/reviews/results/3/', 601, 650]]);
    expect(pages[1]!.groups.map((g) => [g.type, g.items.length])).toEqual([['rct', 100], ['meta-analysis', 200]]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.items.map((r) => r.id)))).toEqual(reviews.map((r) => r.id));
    expect(reviewIndexPageCount(650)).toBe(3);
    expect(reviewIndexPageCount(300)).toBe(1);
    expect(reviewIndexPageCount(0)).toBe(1);
  });
});

describe("an intervention's list of reviews", () => {
  it('summarises the newest 20, names the next 100 by title, and counts the rest', () => {
    const list = Array.from({ length: 123 }, (_, i) => i);
    expect(splitReviewList(list)).toEqual({ summarised: list.slice(0, 20), titlesOnly: list.slice(20, 120), more: 3 });
    expect(splitReviewList(list.slice(0, 23))).toEqual({ summarised: list.slice(0, 20), titlesOnly: [20, 21, 22], more: 0 });
    expect(splitReviewList(list.slice(0, 20))).toEqual({ summarised: list.slice(0, 20), titlesOnly: [], more: 0 });
  });
});
