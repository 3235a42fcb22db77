// The filters on /search/: every value once, in the order a reader scans them.
import { describe, expect, it } from 'vitest';
import { ageBandLabels } from '../../src/lib/labels.ts';
import { buildSite } from '../../src/lib/model.ts';
import { allFacetValues, reviewFacets } from '../../src/lib/search-facets.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';

const site = buildSite(toRawSite(loadContent().entries));
const values = allFacetValues(site);
const inOrder = (list: readonly string[], compare: (a: string, b: string) => number) => list.every((v, i) => i === 0 || compare(list[i - 1]!, v) < 0);

describe('search filter values', () => {
  it('lists page types in a fixed reading order, not alphabetically', () => {
    expect(values.type).toEqual(['Intervention', 'Review', 'Trial', 'Outcome', 'Glossary']);
  });
  it('lists years newest first', () => {
    expect(values.year.length).toBeGreaterThan(2);
    expect(inOrder(values.year, (a, b) => Number(b) - Number(a))).toBe(true);
  });
  it('lists child ages youngest first, as the age bands run', () => {
    const bands: readonly string[] = Object.values(ageBandLabels);
    expect(values.age.length).toBeGreaterThan(1);
    expect(inOrder(values.age, (a, b) => bands.indexOf(a) - bands.indexOf(b))).toBe(true);
  });
  it('lists names alphabetically, each once', () => {
    for (const name of ['intervention', 'outcome', 'format'] as const) {
      expect(values[name].length, name).toBeGreaterThan(1);
      expect(inOrder(values[name], (a, b) => a.localeCompare(b, 'en-GB')), name).toBe(true);
    }
  });
  it('calls a randomised trial a trial and a review a review', () => {
    expect(reviewFacets(site, site.review('cosi-trial')).type).toEqual(['Trial']);
    expect(reviewFacets(site, site.review('wright-2023')).type).toEqual(['Review']);
  });
});
