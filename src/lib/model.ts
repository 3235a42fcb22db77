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

  const reviewYear = (review: Entry<Review>): number | undefined => {
    const date = sources.get(review.data.publication.id)?.data.date;
    return date ? Number(date.slice(0, 4)) : undefined;
  };
  const newestFirst = (a: Entry<Review>, b: Entry<Review>) => (reviewYear(b) ?? 0) - (reviewYear(a) ?? 0) || a.data.title.localeCompare(b.data.title);

  return {
    source: (id: string) => get(sources, id, 'source'),
    intervention: (id: string) => get(interventions, id, 'intervention'),
    review: (id: string) => get(reviews, id, 'review'),
    outcome: (id: string) => get(outcomes, id, 'outcome'),
    sources: [...raw.sources].sort(byName((e) => e.data.title)),
    interventions: [...raw.interventions].sort(byName((e) => e.data.name)),
    reviews: [...raw.reviews].sort(newestFirst),
    outcomes: [...raw.outcomes].sort(byName((e) => e.data.name)),
    glossary: [...raw.glossary].sort(byName((e) => e.data.term)),
    events: [...raw.events].sort((a, b) => b.data.date.localeCompare(a.data.date)),
    effects,
    reviewYear,
    reviewsForIntervention: (id: string) =>
      raw.reviews.filter((r) => r.data.interventions.some((i) => i.id === id)).sort(newestFirst),
    effectsForIntervention: (id: string) => effects.filter((e) => e.effect.interventions.some((i) => i.id === id)),
    effectsForOutcome: (id: string) => effects.filter((e) => e.effect.outcome.id === id),
    /** Every correction on a review or intervention page, newest first. */
    corrections: [
      ...raw.reviews.flatMap((r) => (r.data.corrections ?? []).map((c) => ({ ...c, title: r.data.title, path: paths.review(r.id) }))),
      ...raw.interventions.flatMap((i) => (i.data.corrections ?? []).map((c) => ({ ...c, title: i.data.name, path: paths.intervention(i.id) }))),
    ].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
    eventsLinking: (collection: 'interventions' | 'reviews' | 'outcomes', id: string) =>
      raw.events.filter((ev) => (ev.data[collection] ?? []).some((r) => r.id === id)),
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
