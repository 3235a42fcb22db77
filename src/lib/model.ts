/**
 * The site as readers navigate it, built once from the validated collections:
 * lookups by id, and the cross-links (effects by intervention and outcome,
 * reviews by intervention) that pages need. Pure: no Astro, no file system.
 */
import type { Intervention } from '../schemas/intervention.ts';
import type { Review } from '../schemas/review.ts';
import type { Outcome } from '../schemas/outcome.ts';
import type { Source } from '../schemas/source.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Event } from '../schemas/event.ts';
import type { Effect } from '../schemas/effect.ts';
import type { SourcedNumber } from '../schemas/common.ts';
import { formatProblems, refsIn, type EntryLike } from './integrity.ts';
import { validate } from './validate.ts';
import { site } from '../site.config.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface RawSite {
  sources: Entry<Source>[];
  interventions: Entry<Intervention>[];
  reviews: Entry<Review>[];
  outcomes: Entry<Outcome>[];
  glossary: Entry<GlossaryTerm>[];
  events: Entry<Event>[];
}

/** An effect together with the review that reports it: what forest plots and tables list. */
export interface EffectRecord {
  review: Entry<Review>;
  effect: Effect;
  /** Anchor on the review page, stable because effect ids are. */
  anchor: string;
}

export const paths = {
  interventions: '/interventions/',
  intervention: (id: string) => `/interventions/${id}/`,
  reviews: '/reviews/',
  review: (id: string) => `/reviews/${id}/`,
  effect: (reviewId: string, effectId: string) => `/reviews/${reviewId}/#effect-${effectId}`,
  outcomes: '/outcomes/',
  outcome: (id: string) => `/outcomes/${id}/`,
  glossary: '/glossary/',
  events: '/events/',
  event: (id: string) => `/events/${id}/`,
  home: '/',
  about: '/about/',
  corrections: '/corrections/',
  search: '/search/',
  evidenceMap: '/evidence-map/',
  compare: '/compare/',
  comparePair: (a: string, b: string) => `/compare/${a}-vs-${b}/`,
  /** The downloads and what each column means. */
  data: '/data/',
  /** Every pair one intervention is in: the compare index links here, so it does not list pairs by the square. */
  compareWith: (id: string) => `/compare/with/${id}/`,
} as const;

/** The repository's editor for a content file, from the one config module (no git history needed). */
export function editUrl(file: string, repository: string = site.repository): string {
  return `${repository}/edit/main/${file.split('/').map(encodeURIComponent).join('/')}`;
}

export class ContentError extends Error {
  override name = 'ContentError';
}

const byName = <T>(key: (t: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b), 'en-GB');

export function buildSite(raw: RawSite) {
  const all: EntryLike[] = (Object.keys(raw) as (keyof RawSite)[]).flatMap((collection) =>
    raw[collection].map((e) => ({ collection, id: e.id, file: e.file, data: e.data })),
  );
  // The same whole-site rules as the checker, so a bare `astro build` refuses what it refuses.
  const problems = validate(all);
  if (problems.length > 0) throw new ContentError(formatProblems(problems));

  const index = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));
  const sources = index(raw.sources);
  const interventions = index(raw.interventions);
  const reviews = index(raw.reviews);
  const outcomes = index(raw.outcomes);

  const get = <T>(map: Map<string, Entry<T>>, id: string, what: string): Entry<T> => {
    const found = map.get(id);
    if (!found) throw new ContentError(`no ${what} "${id}"`);
    return found;
  };

  const effects: EffectRecord[] = raw.reviews.flatMap((review) =>
    review.data.effects.map((effect) => ({ review, effect, anchor: `effect-${effect.id}` })),
  );

  // Indexes, built once here so that every page's query costs what its answer costs, not the
  // whole corpus: at thousands of reviews a filter over every effect per page is quadratic.
  // Each list keeps the order the old whole-corpus filters gave (reviews as read, effects in
  // file order), so pages are byte-identical.
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const effectsByIntervention = new Map<string, EffectRecord[]>();
  const effectsByOutcome = new Map<string, EffectRecord[]>();
  const effectsByReview = new Map<string, EffectRecord[]>();
  for (const record of effects) {
    // An effect naming an intervention twice is listed once, as `some` did.
    for (const id of new Set(record.effect.interventions.map((i) => i.id))) push(effectsByIntervention, id, record);
    push(effectsByOutcome, record.effect.outcome.id, record);
    push(effectsByReview, record.review.id, record);
  }
  const reviewsByIntervention = new Map<string, Entry<Review>[]>();
  const reviewsByOutcome = new Map<string, Entry<Review>[]>();
  /** Reviews of reviews that include a review, by the included review's id. */
  const includedBy = new Map<string, Entry<Review>[]>();
  for (const review of raw.reviews) {
    for (const id of new Set(review.data.interventions.map((i) => i.id))) push(reviewsByIntervention, id, review);
    for (const id of new Set(review.data.effects.map((e) => e.outcome.id))) push(reviewsByOutcome, id, review);
  }
  const eventsBy = { interventions: new Map<string, Entry<Event>[]>(), reviews: new Map<string, Entry<Event>[]>(), outcomes: new Map<string, Entry<Event>[]>() };
  for (const ev of raw.events) {
    for (const collection of ['interventions', 'reviews', 'outcomes'] as const) {
      for (const id of new Set((ev.data[collection] ?? []).map((r) => r.id))) push(eventsBy[collection], id, ev);
    }
  }
  /** Interventions whose `related` list names an intervention, by the named one's id. */
  const relatedBy = new Map<string, Entry<Intervention>[]>();

  const reviewYear = (review: Entry<Review>): number | undefined => {
    const date = sources.get(review.data.publication.id)?.data.date;
    return date ? Number(date.slice(0, 4)) : undefined;
  };
  const newestFirst = (a: Entry<Review>, b: Entry<Review>) => (reviewYear(b) ?? 0) - (reviewYear(a) ?? 0) || a.data.title.localeCompare(b.data.title);

  const sortedReviews = [...raw.reviews].sort(newestFirst);
  const sortedInterventions = [...raw.interventions].sort(byName((e) => e.data.name));
  // In the order of site.reviews (newest first), as the page's filter over site.reviews gave them.
  for (const review of sortedReviews) {
    if (review.data.design.type !== 'review-of-reviews') continue;
    for (const id of new Set((review.data.design.includes ?? []).map((i) => i.id))) push(includedBy, id, review);
  }
  // In the order of site.interventions, as the filter over it gave them.
  for (const intervention of sortedInterventions) {
    for (const id of new Set((intervention.data.related ?? []).map((r) => r.id))) push(relatedBy, id, intervention);
  }
  for (const list of [...reviewsByIntervention.values(), ...reviewsByOutcome.values()]) list.sort(newestFirst);
  /** A fresh copy, so a caller that sorts or filters its list cannot change the index. */
  const from = <K, V>(map: Map<K, V[]>, key: K): V[] => [...(map.get(key) ?? [])];

  return {
    source: (id: string) => get(sources, id, 'source'),
    intervention: (id: string) => get(interventions, id, 'intervention'),
    review: (id: string) => get(reviews, id, 'review'),
    outcome: (id: string) => get(outcomes, id, 'outcome'),
    sources: [...raw.sources].sort(byName((e) => e.data.title)),
    interventions: sortedInterventions,
    reviews: sortedReviews,
    outcomes: [...raw.outcomes].sort(byName((e) => e.data.name)),
    glossary: [...raw.glossary].sort(byName((e) => e.data.term)),
    events: [...raw.events].sort((a, b) => b.data.date.localeCompare(a.data.date)),
    effects,
    reviewYear,
    /** Reviews about an intervention, newest first. */
    reviewsForIntervention: (id: string) => from(reviewsByIntervention, id),
    /** Effects on any outcome naming an intervention, in the order of `effects`. */
    effectsForIntervention: (id: string) => from(effectsByIntervention, id),
    /** Effects on an outcome, in the order of `effects`. */
    effectsForOutcome: (id: string) => from(effectsByOutcome, id),
    /** The effects a review reports, in its file's order. */
    effectsForReview: (id: string) => from(effectsByReview, id),
    /** How many effects an intervention, outcome or review has, without copying them. */
    effectCount: (by: 'intervention' | 'outcome' | 'review', id: string) =>
      ({ intervention: effectsByIntervention, outcome: effectsByOutcome, review: effectsByReview })[by].get(id)?.length ?? 0,
    /** Reviews whose effects touch this outcome, newest first. */
    reviewsForOutcome: (id: string) => from(reviewsByOutcome, id),
    /** Reviews of reviews that include this review, newest first. */
    reviewsIncluding: (id: string) => from(includedBy, id),
    /**
     * Where a review is reported: the reviews its reportedIn names, then the reviews of
     * reviews that include it, each once (the review page's "Reported in" list).
     */
    reportedIn: (id: string) => {
      const named = (get(reviews, id, 'review').data.reportedIn ?? []).map((r) => get(reviews, r.id, 'review'));
      return [...new Map([...named, ...(includedBy.get(id) ?? [])].map((r) => [r.id, r])).values()];
    },
    /** Interventions whose `related` list names this one, in the order of `interventions`. */
    interventionsRelatingTo: (id: string) => from(relatedBy, id),
    /** Every correction on a review or intervention page, newest first. */
    corrections: [
      ...raw.reviews.flatMap((r) => (r.data.corrections ?? []).map((c) => ({ ...c, title: r.data.title, path: paths.review(r.id) }))),
      ...raw.interventions.flatMap((i) => (i.data.corrections ?? []).map((c) => ({ ...c, title: i.data.name, path: paths.intervention(i.id) }))),
    ].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
    eventsLinking: (collection: 'interventions' | 'reviews' | 'outcomes', id: string) => from(eventsBy[collection], id),
  };
}

export type Site = ReturnType<typeof buildSite>;

/**
 * A total a source did not state but that follows from stated parts (e.g. the
 * number analysed, from each arm's count). Labelled as derived on the page.
 */
export interface DerivedCount {
  value: number;
  derivation: string;
}

export function sumOfArms(arms: readonly { label: string; counts?: SourcedNumber[] | undefined }[]): DerivedCount | undefined {
  const parts = arms.map((a) => ({ label: a.label, value: a.counts?.length === 1 ? a.counts[0]!.value : undefined }));
  if (parts.some((p) => p.value === undefined)) return undefined;
  const value = parts.reduce((sum, p) => sum + p.value!, 0);
  return { value, derivation: `derived by us: ${parts.map((p) => `${p.value} (${p.label})`).join(' + ')}` };
}

/** Ids of every source cited anywhere inside `value`, in order of first appearance. */
export function citedSourceIds(...values: unknown[]): string[] {
  const ids = [...refsIn(values)].filter(({ ref }) => ref.collection === 'sources').map(({ ref }) => ref.id);
  return [...new Set(ids)];
}
