import { describe, expect, it } from 'vitest';
import { formatCount, formatEffect, formatEstimateWithCi, formatP, formatPartialDate, formatSourcedNumber, doiUrl } from '../../src/lib/format.ts';
import { basisText, classifyEffect, combineDirections } from '../../src/lib/direction.ts';
import { formatAuthors } from '../../src/lib/format.ts';
import { effectNotes } from '../../src/lib/effect-notes.ts';
import type { Effect } from '../../src/schemas/effect.ts';
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
    expect(classifyEffect({ metric: 'OR', estimate: 0.54, ciLow: 0.39, ciHigh: 0.77, betterWhen: 'lower' })).toEqual({ direction: 'benefit', basis: 'confidence interval', signIsOurs: false });
    expect(classifyEffect({ metric: 'OR', estimate: 0.54, ciLow: 0.39, ciHigh: 0.77, betterWhen: 'higher' })).toEqual({ direction: 'harm', basis: 'confidence interval', signIsOurs: false });
    expect(classifyEffect({ metric: 'SMD', estimate: 0.04, ciLow: -0.33, ciHigh: 0.42, betterWhen: 'higher' })).toEqual({ direction: 'no-difference', basis: 'confidence interval', signIsOurs: false });
  });
  it('then the p-value', () => {
    const p = (relation: '<' | '=', value: number) => ({ relation, value, reported: '' });
    expect(classifyEffect({ metric: 'g', estimate: 0.65, p: p('=', 0.003), betterWhen: 'higher' }).direction).toBe('benefit');
    expect(classifyEffect({ metric: 'g', estimate: 0.53, p: p('<', 0.001), betterWhen: 'higher' }).direction).toBe('benefit');
    expect(classifyEffect({ metric: 'r', estimate: 0.07, p: p('=', 0.2), betterWhen: 'higher' })).toEqual({ direction: 'no-difference', basis: 'p-value', signIsOurs: false });
  });
  it('then the stated direction, then unclear', () => {
    const stated = { quote: 'no difference between the two groups' };
    expect(classifyEffect({ direction: 'no-difference', directionBasis: stated })).toEqual({ direction: 'no-difference', basis: 'stated by the source', signIsOurs: false });
    expect(classifyEffect({ metric: 'd', estimate: 0.23, betterWhen: 'higher', direction: 'benefit', directionBasis: { record: 'improved' } }).basis).toBe('stated by the source');
    // A direction that is our reading is never shown as stated.
    expect(classifyEffect({ direction: 'benefit', directionBasis: { reading: 'ours', why: 'the source says "effects on"' } }).basis).toBe('our reading');
    expect(classifyEffect({ direction: 'benefit' }).basis).toBe('our reading');
    expect(classifyEffect({ metric: 'd', estimate: 0.23, betterWhen: 'higher' })).toEqual({ direction: 'unclear', basis: 'not enough information', signIsOurs: false });
  });
  it('combines agreeing and disagreeing effects', () => {
    expect(combineDirections(['benefit', 'benefit', 'unclear'])).toBe('benefit');
    expect(combineDirections(['benefit', 'no-difference'])).toBe('mixed');
    expect(combineDirections(['unclear'])).toBe('unclear');
    expect(combineDirections([])).toBe('unclear');
  });
});

describe('a side read from a CI or p rests on whose sign', () => {
  const ours = { reading: 'ours' as const, why: 'the review aimed to prevent disorganised attachment' };
  it('says the sign is our reading where it is, and the basis text says so', () => {
    const c = classifyEffect({ metric: 'd', estimate: 0.35, ciLow: 0.1, ciHigh: 0.61, betterWhen: 'higher', betterWhenBasis: ours });
    expect(c).toEqual({ direction: 'benefit', basis: 'confidence interval', signIsOurs: true });
    expect(basisText(c)).toBe('confidence interval; which way is better is our reading');
    const p = classifyEffect({ metric: 'g', estimate: 0.65, p: { relation: '=', value: 0.003, reported: '= .003' }, betterWhen: 'higher', betterWhenBasis: ours });
    expect(p.signIsOurs).toBe(true);
  });
  it('a "no clear difference" does not depend on the sign', () => {
    const c = classifyEffect({ metric: 'SMD', estimate: 0.04, ciLow: -0.33, ciHigh: 0.42, betterWhen: 'higher', betterWhenBasis: ours });
    expect(c).toEqual({ direction: 'no-difference', basis: 'confidence interval', signIsOurs: false });
    expect(basisText(c)).toBe('confidence interval');
  });
});

describe('what readers are told beside an effect', () => {
  const base = { id: 'x', interventions: [], outcome: { collection: 'outcomes', id: 'o' }, finding: 'f', source: { collection: 'sources', id: 's' }, record: 'g = 0.65' } as unknown as Effect;
  it('"as reported" only where the source gives the sign', () => {
    const stated = effectNotes({ ...base, metric: 'g', estimate: 0.53, betterWhen: 'higher', betterWhenBasis: { record: 'depression reduction g = 0.53' } });
    expect(stated.sign).toEqual({ text: 'Higher is better, as reported', ours: false });
    const ours = effectNotes({ ...base, metric: 'SMD', estimate: 0.04, betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'not stated' } });
    expect(ours.sign).toEqual({ text: 'Higher is better: our reading, not stated by the source', ours: true, why: 'not stated' });
  });
  it('a CI calculated from p says how and on what assumption; a bound gives a plain reason', () => {
    const exact = effectNotes({ ...base, metric: 'g', estimate: 0.65, p: { relation: '=', value: 0.003, reported: '= .003' }, betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'w' } });
    expect(exact.derivedCi?.text).toBe('approximate 95% CI [0.22, 1.08], calculated by us from p = .003');
    expect(exact.derivedCi?.assumption).toContain('two-sided z-test');
    expect(exact.derivedCi?.assumption).toContain('narrower');
    const bound = effectNotes({ ...base, metric: 'g', estimate: 0.53, p: { relation: '<', value: 0.001, reported: '< .001' }, betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'w' } });
    expect(bound.derivedCi).toBeUndefined();
    expect(bound.noCi).toBe('No confidence interval can be calculated from p < .001: the exact p-value is not reported.');
  });
  it('explains a direction that is our reading', () => {
    const n = effectNotes({ ...base, record: 'effects on x', direction: 'benefit', directionBasis: { reading: 'ours', why: 'the record says "effects on"' } });
    expect(n.basis).toBe('our reading');
    expect(n.directionWhy).toBe('the record says "effects on"');
  });
});

describe('authors in a reference', () => {
  it('reads as people write them: never "and et al."', () => {
    expect(formatAuthors(['Cassidy', 'et al.'])).toBe('Cassidy et al.');
    expect(formatAuthors(['Wright, B.', 'and others'])).toBe('Wright, B. et al.');
    expect(formatAuthors(['Yaholkoski, A.', 'Hurl, K.', 'Theule, J.'])).toBe('Yaholkoski, A., Hurl, K. and Theule, J.');
    expect(formatAuthors(['Fukkink'])).toBe('Fukkink');
  });
});
