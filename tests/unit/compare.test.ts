import { describe, expect, it } from 'vitest';
import { allPairs, pairIds, sharedOutcomes } from '../../src/lib/compare.ts';
import { buildSite } from '../../src/lib/model.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';

describe('compare pairs', () => {
  it('orders a pair canonically', () => {
    expect(pairIds('vipp-sd', 'cos-p')).toEqual(['cos-p', 'vipp-sd']);
    expect(pairIds('cos-p', 'vipp-sd')).toEqual(['cos-p', 'vipp-sd']);
  });
  it('lists every unordered pair once', () => {
    expect(allPairs(['c', 'a', 'b'])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c']]);
    expect(allPairs(Array.from({ length: 22 }, (_, i) => `i${i}`))).toHaveLength(231);
  });
  it('finds the outcomes two interventions share in our sources', () => {
    const site = buildSite(toRawSite(loadContent().entries));
    const { shared, onlyA } = sharedOutcomes(site, 'cos-p', 'parenting-interventions');
    expect(shared).toContain('attachment-security');
    expect(onlyA).toContain('parental-mental-health');
  });
});
