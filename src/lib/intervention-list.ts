/**
 * The interventions index's filters and sorts: every value a card carries,
 * written with the attribute names src/lib/list-controls.ts shares with the
 * browser script. Sorts only on what is sourced (ratings, cost, number of
 * reviews), never on an invented "impact".
 */
import type { Entry, Site } from './model.ts';
import type { Intervention, RatingScheme } from '../schemas/intervention.ts';
import { ratingSchemes } from '../schemas/intervention.ts';
import { facetAttribute, sortAttribute, type SortOrder } from './list-controls.ts';

/** Sorts on the interventions index: only what is sourced (ratings, cost, reviews), never an invented "impact". */
export const interventionSorts = {
  name: { label: 'Name', order: 'ascending' },
  'wright-2023': { label: `${ratingSchemes['wright-2023'].name} (strongest first)`, order: 'ascending' },
  'eif-2016': { label: `${ratingSchemes['eif-2016'].name} (strongest first)`, order: 'ascending' },
  cost: { label: 'Cost rating (lowest first)', order: 'ascending' },
  reviews: { label: 'Number of reviews and trials (most first)', order: 'descending' },
} as const satisfies Record<string, { label: string; order: SortOrder }>;
export type InterventionSort = keyof typeof interventionSorts;

/** Filters on the interventions index, by the checkboxes' names. */
export const interventionFilters = ['rating-wright-2023', 'rating-eif-2016', 'format', 'age', 'cost'] as const;
export type InterventionFilter = (typeof interventionFilters)[number];

/** A scheme's levels in its own order (best first); unrated after every level. */
export function levelRank(scheme: RatingScheme, level: string | undefined): number {
  const levels: readonly string[] = ratingSchemes[scheme].levels;
  return level === undefined ? levels.length : levels.indexOf(level);
}

/** The first cost rating a source gives a value for. */
export function costRatingOf(d: Intervention): number | undefined {
  return d.costRatings?.find((c) => c.value !== undefined)?.value;
}

/** Every filter and sort value of one intervention, as the attributes its card carries. */
export function interventionListAttributes(site: Site, entry: Entry<Intervention>): Record<string, string> {
  const d = entry.data;
  const level = (scheme: RatingScheme) => d.ratings?.find((r) => r.scheme === scheme)?.level;
  const cost = costRatingOf(d);
  const facets: Record<InterventionFilter, string> = {
    'rating-wright-2023': level('wright-2023') ?? '',
    'rating-eif-2016': level('eif-2016') ?? '',
    format: (d.delivery?.formats ?? []).join(' '),
    age: (d.ageBands ?? []).join(' '),
    cost: cost !== undefined ? String(cost) : '',
  };
  const sorts: Record<InterventionSort, string> = {
    name: d.name,
    'wright-2023': String(levelRank('wright-2023', level('wright-2023'))),
    'eif-2016': String(levelRank('eif-2016', level('eif-2016'))),
    // Unrated sorts last whichever way: 99 is above any 1–5 rating.
    cost: String(cost ?? 99),
    reviews: String(site.reviewsForIntervention(entry.id).length),
  };
  return {
    ...Object.fromEntries(Object.entries(facets).map(([k, v]) => [facetAttribute(k), v])),
    ...Object.fromEntries(Object.entries(sorts).map(([k, v]) => [sortAttribute(k), v])),
  };
}
