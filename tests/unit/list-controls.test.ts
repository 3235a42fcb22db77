// Filter and sort attributes: one typed definition for the templates and the browser script.
import { describe, expect, it } from 'vitest';
import { compareSortValues, facetAttribute, sortAttribute } from '../../src/lib/list-controls.ts';
import { interventionFilters, interventionListAttributes, interventionSorts } from '../../src/lib/intervention-list.ts';
import { buildSite } from '../../src/lib/model.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';

describe('comparing sort values', () => {
  it('numbers as numbers, words in order, empty values last whichever the order', () => {
    expect(['10', '9', '', '1'].sort((a, b) => compareSortValues(a, b))).toEqual(['1', '9', '10', '']);
    expect(['10', '9', '', '1'].sort((a, b) => compareSortValues(a, b, 'descending'))).toEqual(['10', '9', '1', '']);
    expect(['Theraplay', 'ABC', 'Circle'].sort((a, b) => compareSortValues(a, b))).toEqual(['ABC', 'Circle', 'Theraplay']);
  });
});

describe('the interventions index attributes', () => {
  const site = buildSite(toRawSite(loadContent().entries));
  it('every card carries every filter and every sort the form offers', () => {
    for (const i of site.interventions) {
      const attrs = interventionListAttributes(site, i);
      for (const f of interventionFilters) expect(attrs, `${i.id} ${f}`).toHaveProperty([facetAttribute(f)]);
      for (const s of Object.keys(interventionSorts)) expect(attrs, `${i.id} ${s}`).toHaveProperty([sortAttribute(s)]);
    }
  });
  it('sorts by what is sourced: number of reviews, most first; ratings strongest first, unrated last', () => {
    const by = (key: string, order: 'ascending' | 'descending') =>
      [...site.interventions].sort((a, b) => compareSortValues(interventionListAttributes(site, a)[sortAttribute(key)]!, interventionListAttributes(site, b)[sortAttribute(key)]!, order));
    const counts = by('reviews', 'descending').map((i) => site.reviewsForIntervention(i.id).length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts.at(-1)!);
    const wright = by('wright-2023', 'ascending').map((i) => i.data.ratings?.find((r) => r.scheme === 'wright-2023')?.level);
    expect(wright[0]).toBe('strongest');
    expect(wright.at(-1)).toBeUndefined();
    expect(interventionSorts.reviews.order).toBe('descending');
  });
});
