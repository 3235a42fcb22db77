/**
 * Every page on the site and the #anchors a body may link to on it, computed
 * from the content model as the templates print them. The checker uses this
 * to refuse a body link to a page or an anchor that does not exist.
 *
 * The section ids below are the ones the templates write by hand (<h2 id="…">).
 * tests/site/page-anchors.test.ts holds this list against the real build:
 * each listed id is on exactly the pages its condition says, and every
 * template section heading on an entry page is listed here.
 */
import type { Entry, RawSite } from './model.ts';
import { paths } from './model.ts';
import { allPairs } from './compare.ts';
import { outcomeAnchor } from './effect-anchors.ts';
import { handoutPath } from './handout.ts';
import { briefPath } from './brief.ts';

type When<C extends keyof RawSite> = (entry: RawSite[C][number], site: RawSite) => boolean;
const always = () => true;

/** Section ids on entry pages, each with when the template prints it (mirroring the template's condition). */
export const sectionAnchors: { [C in 'interventions' | 'reviews' | 'outcomes' | 'events']: Record<string, When<C>> } = {
  interventions: {
    'at-a-glance': always,
    ratings: always,
    aims: (e) => Boolean(e.data.aims),
    delivery: (e) => Boolean(e.data.delivery?.notes),
    effects: always,
    reviews: always,
    related: (e, site) => (e.data.related?.length ?? 0) > 0 || site.interventions.some((o) => o.data.related?.some((r) => r.id === e.id)),
    events: (e, site) => site.events.some((ev) => ev.data.interventions?.some((r) => r.id === e.id)),
    'corrections-heading': (e) => (e.data.corrections?.length ?? 0) > 0,
  },
  reviews: {
    'what-was-done': always,
    'what-was-found': always,
    'strengths-and-limitations': always,
    'who-wrote-it': always,
    'corrections-heading': (e) => (e.data.corrections?.length ?? 0) > 0,
    commentary: (e) => Boolean(e.data.commentaries),
    'reported-in': (e, site) =>
      (e.data.reportedIn?.length ?? 0) > 0 ||
      site.reviews.some((r) => r.data.design.type === 'review-of-reviews' && r.data.design.includes?.some((i) => i.id === e.id)),
    citation: always,
    // A review always cites its own publication, so its source list is always there.
    'sources-heading': always,
  },
  outcomes: {
    effects: always,
  },
  events: {
    pages: always,
    questions: (e) => Boolean(e.data.questions),
  },
};

/** Ids the templates print that are not worth linking to from a body (page chrome, conditional source lists). */
export const chromeAnchors = ['main', 'advice-heading', 'search-dialog-title', 'search-dialog-q', 'sources-heading', 'cite-this-page', 'share-heading'] as const;

/** Section ids on the fixed pages, always printed. */
export const fixedPageAnchors: Record<string, readonly string[]> = {
  [paths.home]: ['start', 'how-to-read', 'programmes', 'latest'],
  [paths.about]: ['sources-of-figures', 'effect-sizes', 'ratings', 'privacy', 'corrections'],
  [paths.compare]: ['all-pairs'],
};

export interface SitePages {
  /** Page path → the anchors a body may link to there. */
  anchors: Map<string, Set<string>>;
}

/**
 * All pages and their linkable anchors. `bodyHeadings` gives each entry's
 * body heading ids (as Astro slugs them), keyed "collection/id".
 */
export function sitePages(site: RawSite, bodyHeadings: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  const add = (path: string, anchors: Iterable<string> = []) => pages.set(path, new Set(['main', ...anchors]));
  for (const path of [paths.home, paths.interventions, paths.reviews, paths.outcomes, paths.events, paths.about, paths.search, paths.evidenceMap, paths.compare, paths.corrections, '/data/']) {
    add(path, fixedPageAnchors[path]);
  }
  add(paths.glossary, site.glossary.map((t) => t.id));
  for (const [a, b] of allPairs(site.interventions.map((i) => i.id))) add(paths.comparePair(a, b));

  const entryPage = <C extends keyof typeof sectionAnchors>(collection: C, entry: Entry<unknown>, path: string, extra: string[] = []) => {
    const sections = Object.entries(sectionAnchors[collection] as Record<string, (e: Entry<unknown>, s: RawSite) => boolean>)
      .filter(([, when]) => when(entry, site))
      .map(([id]) => id);
    add(path, [...sections, ...extra, ...(bodyHeadings.get(`${collection}/${entry.id}`) ?? [])]);
  };
  // Effects tables on intervention and review pages carry an anchor for each outcome they report.
  const outcomesOf = (effects: readonly { outcome: { id: string } }[]) => [...new Set(effects.map((f) => outcomeAnchor(f.outcome.id)))];
  for (const e of site.interventions) {
    const effects = site.reviews.flatMap((r) => r.data.effects.filter((f) => f.interventions.some((i) => i.id === e.id)));
    entryPage('interventions', e, paths.intervention(e.id), outcomesOf(effects));
  }
  for (const e of site.reviews) entryPage('reviews', e, paths.review(e.id), [...e.data.effects.map((effect) => paths.effect(e.id, effect.id).split('#')[1]!), ...outcomesOf(e.data.effects)]);
  for (const e of site.outcomes) entryPage('outcomes', e, paths.outcome(e.id));
  for (const e of site.events) entryPage('events', e, paths.event(e.id));
  for (const e of site.events) add(handoutPath(e.id));
  for (const e of site.interventions) add(briefPath(e.id));
  return pages;
}
