/**
 * The in-page contents list of each kind of page: which sections it prints,
 * in page order. A section with nothing to show is left out of the list, so a
 * reader never follows a contents link to an empty heading. The ids are the
 * headings' ids in the page templates (and src/lib/page-anchors.ts, which
 * checks links into them).
 */
import type { Intervention } from '../schemas/intervention.ts';
import type { Review } from '../schemas/review.ts';

/** An in-page contents entry. */
export interface ContentsItem {
  id: string;
  label: string;
}

type Section = ContentsItem & { present: boolean };

/** Keeps the sections a page prints, in order. */
function present(sections: readonly Section[]): ContentsItem[] {
  return sections.filter((s) => s.present).map(({ id, label }) => ({ id, label }));
}

/** What else a page shows, counted by the page: headings from the entry's own prose, and its lists. */
interface PageParts {
  /** Headings of the entry's MDX body, in order; they sit where the template puts the body. */
  readonly bodyHeadings: readonly ContentsItem[];
  /** How many sources the page's source list holds. */
  readonly sources: number;
}

export function reviewContents(review: Pick<Review, 'commentaries'>, parts: PageParts & { reportedIn: number }): ContentsItem[] {
  return present([
    { id: 'what-was-done', label: 'What was done', present: true },
    { id: 'what-was-found', label: 'What was found', present: true },
    ...parts.bodyHeadings.map((h) => ({ ...h, present: true })),
    { id: 'strengths-and-limitations', label: 'Strengths and limitations', present: true },
    { id: 'who-wrote-it', label: 'Who wrote it', present: true },
    { id: 'commentary', label: 'Commentary', present: Boolean(review.commentaries) },
    { id: 'reported-in', label: 'Also reported in', present: parts.reportedIn > 0 },
    { id: 'citation', label: 'Citation', present: true },
    { id: 'sources-heading', label: 'Sources', present: parts.sources > 0 },
  ]);
}

export function interventionContents(intervention: Pick<Intervention, 'aims' | 'delivery'>, parts: PageParts & { related: number; events: number }): ContentsItem[] {
  return present([
    { id: 'at-a-glance', label: 'At a glance', present: true },
    { id: 'ratings', label: 'Evidence ratings', present: true },
    { id: 'aims', label: 'What it aims to do', present: Boolean(intervention.aims) },
    ...parts.bodyHeadings.map((h) => ({ ...h, present: true })),
    { id: 'delivery', label: 'More about how it works', present: Boolean(intervention.delivery?.notes) },
    { id: 'effects', label: 'Effects reported', present: true },
    { id: 'reviews', label: 'Reviews and trials', present: true },
    { id: 'related', label: 'Related interventions', present: parts.related > 0 },
    { id: 'events', label: 'Presented at', present: parts.events > 0 },
    { id: 'sources-heading', label: 'Sources', present: parts.sources > 0 },
  ]);
}

export function outcomeContents(parts: PageParts): ContentsItem[] {
  return present([
    ...parts.bodyHeadings.map((h) => ({ ...h, present: true })),
    { id: 'effects', label: 'What the research found', present: true },
    { id: 'sources-heading', label: 'Sources', present: parts.sources > 0 },
  ]);
}
