/**
 * The items of /feed.xml: each review when its evidence was last checked, and
 * each correction to it, dated only from content (lastReviewed and
 * corrections[].date, never the build clock) so every build writes the same feed.
 */
import type { Review } from '../schemas/review.ts';
import type { Entry } from './model.ts';
import { paths } from './model.ts';
import { formatPartialDate } from './format.ts';

interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  /** A guid that changes with each update, so feed readers show a re-check or a correction as new. */
  customData: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const guid = (id: string) => `<guid isPermaLink="false">${escapeXml(id)}</guid>`;
/** A content date (YYYY-MM-DD) as midnight UTC: the same instant on every machine. */
const day = (date: string) => new Date(`${date}T00:00:00Z`);

export function feedItems(reviews: readonly Entry<Review>[], url: (path: string) => string): FeedItem[] {
  const items = reviews.flatMap((review) => {
    const page = url(paths.review(review.id));
    const d = review.data;
    const checked: FeedItem = {
      title: d.title,
      link: page,
      pubDate: day(d.lastReviewed),
      description: `${d.summary} Evidence checked against its sources on ${formatPartialDate(d.lastReviewed)}.`,
      customData: guid(`${page}#checked-${d.lastReviewed}`),
    };
    const corrections = (d.corrections ?? []).map((c, i): FeedItem => ({
      title: `Correction: ${d.title}`,
      link: `${page}#corrections-heading`,
      pubDate: day(c.date),
      description: `${formatPartialDate(c.date)}: ${c.what}`,
      customData: guid(`${page}#correction-${c.date}-${i + 1}`),
    }));
    return [checked, ...corrections];
  });
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'en-GB') || a.customData.localeCompare(b.customData));
}
