/**
 * What search knows about each page: its type and the filters a reader can
 * narrow by. Pages emit these for Pagefind, and /search/ lists every value,
 * from this one module, so the two can never disagree.
 */
import type { Site } from './model.ts';
import type { Entry } from './model.ts';
import type { Intervention } from '../schemas/intervention.ts';
import type { Review } from '../schemas/review.ts';
import type { Outcome } from '../schemas/outcome.ts';
import { ageBandLabels, formatLabels, levelLabel } from './labels.ts';

/** Filter names as readers see them on /search/. One per rating scheme: schemes are never merged. */
export const filterNames = {
  type: 'Type',
  intervention: 'Intervention',
  outcome: 'Outcome',
  'rating-wright-2023': 'Wright et al. 2023 rating',
  'rating-eif-2016': 'EIF-style rating (2016)',
  format: 'Delivery format',
  age: 'Child age',
  year: 'Year',
} as const;
export type FilterName = keyof typeof filterNames;
export type Facets = Partial<Record<FilterName, string[]>>;

const typeValues = ['Intervention', 'Review', 'Trial', 'Outcome', 'Glossary'] as const;

const uniq = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined))];

function interventionName(i: Entry<Intervention>): string {
  return i.data.shortName ? `${i.data.name} (${i.data.shortName})` : i.data.name;
}

export function interventionFacets(site: Site, i: Entry<Intervention>): Facets {
  const d = i.data;
  const rating = (scheme: 'wright-2023' | 'eif-2016') => uniq((d.ratings ?? []).filter((r) => r.scheme === scheme).map((r) => levelLabel(r.level)));
  const outcomes = uniq(site.effectsForIntervention(i.id).map((e) => site.outcome(e.effect.outcome.id).data.name));
  return {
    type: ['Intervention'],
    intervention: [interventionName(i)],
    outcome: outcomes,
    'rating-wright-2023': rating('wright-2023'),
    'rating-eif-2016': rating('eif-2016'),
    format: uniq((d.delivery?.formats ?? []).map((f) => formatLabels[f])),
    age: uniq((d.ageBands ?? []).map((b) => ageBandLabels[b])),
  };
}

export function reviewFacets(site: Site, r: Entry<Review>): Facets {
  const year = site.reviewYear(r);
  return {
    type: [r.data.design.type === 'rct' ? 'Trial' : 'Review'],
    intervention: uniq(r.data.interventions.map((i) => interventionName(site.intervention(i.id)))),
    outcome: uniq(r.data.effects.map((e) => site.outcome(e.outcome.id).data.name)),
    year: year ? [String(year)] : [],
  };
}

export function outcomeFacets(site: Site, o: Entry<Outcome>): Facets {
  return {
    type: ['Outcome'],
    outcome: [o.data.name],
    intervention: uniq(site.effectsForOutcome(o.id).flatMap((e) => e.effect.interventions.map((i) => interventionName(site.intervention(i.id))))),
  };
}

/** Every value of every filter across the site, sorted for display. */
export function allFacetValues(site: Site): Record<FilterName, string[]> {
  const all: Facets[] = [
    ...site.interventions.map((i) => interventionFacets(site, i)),
    ...site.reviews.map((r) => reviewFacets(site, r)),
    ...site.outcomes.map((o) => outcomeFacets(site, o)),
    { type: ['Glossary'] },
  ];
  const result = {} as Record<FilterName, string[]>;
  for (const name of Object.keys(filterNames) as FilterName[]) {
    const values = uniq(all.flatMap((f) => f[name] ?? []));
    result[name] =
      name === 'type' ? typeValues.filter((t) => values.includes(t))
      : name === 'year' ? values.sort((a, b) => b.localeCompare(a))
      : name === 'age' ? Object.values(ageBandLabels).filter((a) => values.includes(a))
      : values.sort((a, b) => a.localeCompare(b, 'en-GB'));
  }
  return result;
}
