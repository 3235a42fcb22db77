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
import { allPairs, compareListPages, publishesPairPages } from './compare.ts';
import { hubPageCount, hubPagePath } from './hub-pages.ts';
import { reviewIndexPageCount } from './review-index.ts';
import { mapRowsPerPage, namedInMap } from './evidence-map.ts';
import { outcomeAnchor } from './effect-anchors.ts';
import { handoutPath } from './handout.ts';
import { briefPath } from './brief.ts';

type When<C extends keyof RawSite> = (entry: RawSite[C][number], site: RawSite) => boolean;
const always = () => true;

/**
 * The ids a site's entries point back to, computed once per site (not once per entry:
 * at thousands of reviews, a scan of every review for every review was quadratic).
 */
const backLinks = new WeakMap<RawSite, { includedInReview: Set<string>; relatedTo: Set<string>; inEvent: Set<string> }>();
function linkedIds(site: RawSite) {
  let found = backLinks.get(site);
  if (!found) {
    found = {
      includedInReview: new Set(site.reviews.flatMap((r) => (r.data.design.type === 'review-of-reviews' ? (r.data.design.includes ?? []).map((i) => i.id) : []))),
      relatedTo: new Set(site.interventions.flatMap((o) => (o.data.related ?? []).map((r) => r.id))),
      inEvent: new Set(site.events.flatMap((ev) => (ev.data.interventions ?? []).map((r) => r.id))),
    };
    backLinks.set(site, found);
  }
  return found;
}

/** Section ids on entry pages, each with when the template prints it (mirroring the template's condition). */
export const sectionAnchors: { [C in 'interventions' | 'reviews' | 'outcomes' | 'events']: Record<string, When<C>> } = {
  interventions: {
    'bottom-line': always,
    'at-a-glance': always,
    ratings: always,
    aims: (e) => Boolean(e.data.aims),
    delivery: (e) => Boolean(e.data.delivery?.notes),
    effects: always,
    reviews: always,
    related: (e, site) => (e.data.related?.length ?? 0) > 0 || linkedIds(site).relatedTo.has(e.id),
    events: (e, site) => linkedIds(site).inEvent.has(e.id),
    'corrections-heading': (e) => (e.data.corrections?.length ?? 0) > 0,
    'cite-this-page': always,
  },
  reviews: {
    'bottom-line': always,
    'what-was-done': always,
    'what-was-found': always,
    'strengths-and-limitations': always,
    'who-wrote-it': always,
    'corrections-heading': (e) => (e.data.corrections?.length ?? 0) > 0,
    'cite-this-page': always,
    commentary: (e) => Boolean(e.data.commentaries),
    'reported-in': (e, site) => (e.data.reportedIn?.length ?? 0) > 0 || linkedIds(site).includedInReview.has(e.id),
    citation: always,
    // A review always cites its own publication, so its source list is always there.
    'sources-heading': always,
  },
  outcomes: {
    'bottom-line': always,
    effects: always,
    'cite-this-page': always,
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
  [paths.about]: ['sources-of-figures', 'effect-sizes', 'ratings', 'privacy', 'corrections', 'licence'],
  [paths.data]: ['downloads', 'licence', 'rules', 'effects-columns', 'intervention-fields', 'cite-this-page'],
  [paths.compare]: ['all-pairs'],
};

/**
 * All pages and their linkable anchors. `bodyHeadings` gives each entry's
 * body heading ids (as Astro slugs them), keyed "collection/id".
 */
export function sitePages(site: RawSite, bodyHeadings: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  const add = (path: string, anchors: Iterable<string> = []) => pages.set(path, new Set(['main', ...anchors]));
  for (const path of [paths.home, paths.interventions, paths.reviews, paths.outcomes, paths.events, paths.about, paths.search, paths.evidenceMap, paths.compare, paths.corrections, paths.data]) {
    add(path, fixedPageAnchors[path]);
  }
  add(paths.glossary, site.glossary.map((t) => t.id));
  const interventionIds = site.interventions.map((i) => i.id);
  for (const [a, b] of allPairs(interventionIds)) add(paths.comparePair(a, b));
  // An intervention's compare list; once pairs are lines in it, each line's id is the other intervention's.
  const pairLines = !publishesPairPages(interventionIds.length);
  for (const id of interventionIds) for (const p of compareListPages(interventionIds, id)) add(p.path, pairLines ? p.records : []);

  const entryPage = <C extends keyof typeof sectionAnchors>(collection: C, entry: Entry<unknown>, path: string, extra: string[] = []) => {
    const sections = Object.entries(sectionAnchors[collection] as Record<string, (e: Entry<unknown>, s: RawSite) => boolean>)
      .filter(([, when]) => when(entry, site))
      .map(([id]) => id);
    add(path, [...sections, ...extra, ...(bodyHeadings.get(`${collection}/${entry.id}`) ?? [])]);
  };
  // Effects tables on intervention and review pages carry an anchor for each outcome they report.
  const outcomesOf = (effects: readonly { outcome: { id: string } }[]) => [...new Set(effects.map((f) => outcomeAnchor(f.outcome.id)))];
  const effectsOfIntervention = new Map<string, { outcome: { id: string } }[]>();
  for (const r of site.reviews) {
    for (const effect of r.data.effects) {
      for (const i of new Set(effect.interventions.map((x) => x.id))) effectsOfIntervention.set(i, [...(effectsOfIntervention.get(i) ?? []), effect]);
    }
  }
  for (const e of site.interventions) entryPage('interventions', e, paths.intervention(e.id), outcomesOf(effectsOfIntervention.get(e.id) ?? []));
  // A hub's continuation pages of results, from its count of effects (as the site model counts them).
  const rows = { interventions: new Map<string, number>(), outcomes: new Map<string, number>() };
  for (const r of site.reviews) {
    for (const effect of r.data.effects) {
      for (const i of new Set(effect.interventions.map((x) => x.id))) rows.interventions.set(i, (rows.interventions.get(i) ?? 0) + 1);
      rows.outcomes.set(effect.outcome.id, (rows.outcomes.get(effect.outcome.id) ?? 0) + 1);
    }
  }
  for (const [collection, hub] of [['interventions', paths.intervention], ['outcomes', paths.outcome]] as const) {
    for (const [id, n] of rows[collection]) for (let page = 2; page <= hubPageCount(n); page++) add(hubPagePath(hub(id), page));
  }
  for (let page = 2; page <= reviewIndexPageCount(site.reviews.length); page++) add(hubPagePath(paths.reviews, page));
  // The map's continuation pages, from how many results its cells name (as src/lib/evidence-map.ts counts them).
  const cells = new Map<string, number>();
  for (const r of site.reviews) {
    for (const effect of r.data.effects) for (const i of new Set(effect.interventions.map((x) => x.id))) cells.set(`${i} ${effect.outcome.id}`, (cells.get(`${i} ${effect.outcome.id}`) ?? 0) + 1);
  }
  const mapPages = hubPageCount(site.interventions.length, mapRowsPerPage(site.interventions.length, namedInMap(cells.values())));
  for (let page = 2; page <= mapPages; page++) add(hubPagePath(paths.evidenceMap, page));
  for (const e of site.reviews) entryPage('reviews', e, paths.review(e.id), [...e.data.effects.map((effect) => paths.effect(e.id, effect.id).split('#')[1]!), ...outcomesOf(e.data.effects)]);
  for (const e of site.outcomes) entryPage('outcomes', e, paths.outcome(e.id));
  for (const e of site.events) entryPage('events', e, paths.event(e.id));
  for (const e of site.events) add(handoutPath(e.id));
  for (const e of site.interventions) add(briefPath(e.id));
  return pages;
}
