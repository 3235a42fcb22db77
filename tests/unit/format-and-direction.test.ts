import { describe, expect, it } from 'vitest';
import { formatCount, formatEffect, formatEstimateWithCi, formatP, formatPartialDate, formatSourcedNumber, doiUrl } from '../../src/lib/format.ts';
import { classifyEffect, combineDirections } from '../../src/lib/direction.ts';
import { sumOfArms } from '../../src/lib/model.ts';

describe('numbers as readers see them', () => {
  it('formats counts, effects, intervals and p-values', () => {
    expect(formatCount(3171)).toBe('3,171');
    expect(formatCount(6.5)).toBe('6.5');
    expect(formatEffect(0.6)).toBe('0.60');
    expect(formatEffect(-0.33)).toBe('−0.33');
    expect(formatEffect(-0.001)).toBe('0.00');
    expect(formatEstimateWithCi(0.54, 0.39, 0.77)).toBe('0.54 [0.39, 0.77]');
    expect(formatEstimateWithCi(1.85)).toBe('1.85');
    expect(formatP({ relation: '<', value: 0.001, reported: '< .001' })).toBe('p < .001');
    expect(formatP({ relation: '=', value: 0.003, reported: '= .003' })).toBe('p = .003');
    expect(formatSourcedNumber({ low: 10, high: 20 })).toBe('10–20');
    expect(formatPartialDate('2016-07-12')).toBe('12 July 2016');
    expect(formatPartialDate('2023')).toBe('2023');
    expect(doiUrl('10.1016/S2215-0366(25)00263-9')).toBe('https://doi.org/10.1016/S2215-0366(25)00263-9');
  });
  it('derives a total from the arms and says how', () => {
    const n = (value: number) => [{ value, source: { collection: 'sources' as const, id: 's' }, quote: String(value) }];
    expect(sumOfArms([{ label: 'COS-P', counts: n(194) }, { label: 'TAU', counts: n(100) }])).toEqual({ value: 294, derivation: 'derived by us: 194 (COS-P) + 100 (TAU)' });
    expect(sumOfArms([{ label: 'COS-P', counts: n(194) }, { label: 'TAU' }])).toBeUndefined();
  });
});

describe('the direction rule', () => {
  it('uses the CI first: excluding no effect, by betterWhen', () => {
    expect(classifyEffect({ metric: 'OR', estimate: 0.54, ciLow: 0.39, ciHigh: 0.77, betterWhen: 'lower' })).toEqual({ direction: 'benefit', basis: 'confidence interval' });
    expect(classifyEffect({ metric: 'OR', estimate: 0.54, ciLow: 0.39, ciHigh: 0.77, betterWhen: 'higher' })).toEqual({ direction: 'harm', basis: 'confidence interval' });
    expect(classifyEffect({ metric: 'SMD', estimate: 0.04, ciLow: -0.33, ciHigh: 0.42, betterWhen: 'higher' })).toEqual({ direction: 'no-difference', basis: 'confidence interval' });
  });
  it('then the p-value', () => {
    const p = (relation: '<' | '=', value: number) => ({ relation, value, reported: '' });
    expect(classifyEffect({ metric: 'g', estimate: 0.65, p: p('=', 0.003), betterWhen: 'higher' }).direction).toBe('benefit');
    expect(classifyEffect({ metric: 'g', estimate: 0.53, p: p('<', 0.001), betterWhen: 'higher' }).direction).toBe('benefit');
    expect(classifyEffect({ metric: 'r', estimate: 0.07, p: p('=', 0.2), betterWhen: 'higher' })).toEqual({ direction: 'no-difference', basis: 'p-value' });
  });
  it('then the stated direction, then unclear', () => {
    expect(classifyEffect({ direction: 'no-difference' })).toEqual({ direction: 'no-difference', basis: 'stated by the source' });
    expect(classifyEffect({ metric: 'd', estimate: 0.23, betterWhen: 'higher', direction: 'benefit' }).basis).toBe('stated by the source');
    expect(classifyEffect({ metric: 'd', estimate: 0.23, betterWhen: 'higher' })).toEqual({ direction: 'unclear', basis: 'not enough information' });
  });
  it('combines agreeing and disagreeing effects', () => {
    expect(combineDirections(['benefit', 'benefit', 'unclear'])).toBe('benefit');
    expect(combineDirections(['benefit', 'no-difference'])).toBe('mixed');
    expect(combineDirections(['unclear'])).toBe('unclear');
    expect(combineDirections([])).toBe('unclear');
  });
});
