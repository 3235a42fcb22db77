/**
 * The list of reviews and trials (/reviews/): grouped by kind of study, in the
 * order readers weigh them, and split into pages so the list stays small at
 * thousands of reviews (a card is a title and a one-line summary, about 0.5 KB:
 * 300 a page keeps each page near 150 KB). Page 1 is /reviews/, the rest
 * /reviews/results/<n>/, as the hubs' continuation pages are named.
 */
import type { Entry } from './model.ts';
import { paths } from './model.ts';
import { hubPageCount, hubPages } from './hub-pages.ts';
import type { DesignType, Review } from '../schemas/review.ts';

export const reviewsPerIndexPage = 300;

/** Kinds of study in the order the list shows them: trials, then syntheses, then the rest (a Record, so a new kind must be placed). */
const designRank: Record<DesignType, number> = { rct: 0, 'meta-analysis': 1, 'systematic-review': 2, 'review-of-reviews': 3, survey: 4, 'evidence-ratings': 5 };
const designOrder = (Object.keys(designRank) as DesignType[]).sort((a, b) => designRank[a] - designRank[b]);

export interface ReviewIndexPage {
  number: number;
  path: string;
  first: number;
  last: number;
  /** This page's reviews, grouped by kind (a kind split across pages appears on each). */
  groups: { type: DesignType; items: Entry<Review>[] }[];
}

export function reviewIndexPages(reviews: readonly Entry<Review>[], perPage = reviewsPerIndexPage): ReviewIndexPage[] {
  const ordered = designOrder.flatMap((type) => reviews.filter((r) => r.data.design.type === type));
  return hubPages(ordered, paths.reviews, perPage).map(({ records, ...page }) => ({
    ...page,
    groups: designOrder.map((type) => ({ type, items: records.filter((r) => r.data.design.type === type) })).filter((g) => g.items.length > 0),
  }));
}

/** How many pages the list has, for the checker's list of pages. */
export function reviewIndexPageCount(reviews: number): number {
  return hubPageCount(reviews, reviewsPerIndexPage);
}

/**
 * An intervention's own list of reviews and trials: the newest 20 with their summaries, the next 100 by title only (a
 * card is about 0.8 KB, a title 0.15 KB), and the rest counted, so a much-studied intervention's page stays small
 * (at 10,000 reviews one page listed 1,200 titles: 185 KB). Every review is still reached from its results, which the
 * page's numbered results pages list in full.
 */
const reviewsSummarised = 20;
const reviewsByTitle = 100;

export function splitReviewList<T>(reviews: readonly T[]): { summarised: T[]; titlesOnly: T[]; more: number } {
  return {
    summarised: reviews.slice(0, reviewsSummarised),
    titlesOnly: reviews.slice(reviewsSummarised, reviewsSummarised + reviewsByTitle),
    more: Math.max(0, reviews.length - reviewsSummarised - reviewsByTitle),
  };
}
