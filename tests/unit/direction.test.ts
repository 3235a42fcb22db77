// The direction rule at its edges: a CI that touches no effect, p exactly .05, an estimate of no effect.
import { describe, expect, it } from 'vitest';
import type { Effect, Metric } from '../../src/schemas/effect.ts';
import { classifyEffect, combineDirections, directionOfInterval, directionSymbols, isRatio, nullValue } from '../../src/lib/direction.ts';

const p = (relation: NonNullable<Effect['p']>['relation'], value: number): Effect['p'] => ({ relation, value, reported: `p ${relation} ${value}` });

describe('no effect and ratios', () => {
  it('odds and risk ratios are ratios, with no effect at 1; every other metric has no effect at 0', () => {
    const metrics: Metric[] = ['d', 'g', 'SMD', 'ES', 'MD', 'OR', 'RR', 'r'];
    expect(metrics.filter(isRatio)).toEqual(['OR', 'RR']);
    expect(Object.fromEntries(metrics.map((m) => [m, nullValue(m)]))).toEqual({ d: 0, g: 0, SMD: 0, ES: 0, MD: 0, OR: 1, RR: 1, r: 0 });
  });
});

describe('a 95% CI decides first', () => {
  it('a CI that touches no effect at either end shows no clear difference', () => {
    expect(directionOfInterval({ estimate: 0.3, ciLow: 0, ciHigh: 0.6 }, 0, 'higher')).toBe('no-difference');
    expect(directionOfInterval({ estimate: -0.3, ciLow: -0.6, ciHigh: 0 }, 0, 'higher')).toBe('no-difference');
    expect(directionOfInterval({ estimate: 0.8, ciLow: 0.6, ciHigh: 1 }, 1, 'lower')).toBe('no-difference');
    expect(directionOfInterval({ estimate: 1.5, ciLow: 1, ciHigh: 2 }, 1, 'lower')).toBe('no-difference');
  });
  it('a CI wholly on one side reads by betterWhen', () => {
    expect(directionOfInterval({ estimate: 0.3, ciLow: 0.01, ciHigh: 0.6 }, 0, 'higher')).toBe('benefit');
    expect(directionOfInterval({ estimate: 0.3, ciLow: 0.01, ciHigh: 0.6 }, 0, 'lower')).toBe('harm');
    expect(directionOfInterval({ estimate: -0.3, ciLow: -0.6, ciHigh: -0.01 }, 0, 'lower')).toBe('benefit');
    expect(directionOfInterval({ estimate: -0.3, ciLow: -0.6, ciHigh: -0.01 }, 0, 'higher')).toBe('harm');
  });
  it('on a ratio, the side of 1 decides, not the side of 0', () => {
    expect(classifyEffect({ metric: 'RR', estimate: 0.8, ciLow: 0.7, ciHigh: 0.9, betterWhen: 'higher' })).toEqual({ direction: 'harm', basis: 'confidence interval', signIsOurs: false });
    expect(classifyEffect({ metric: 'RR', estimate: 1.5, ciLow: 1.1, ciHigh: 2, betterWhen: 'higher' })).toEqual({ direction: 'benefit', basis: 'confidence interval', signIsOurs: false });
    expect(classifyEffect({ metric: 'OR', estimate: 1, ciLow: 0.5, ciHigh: 1, betterWhen: 'lower' })).toEqual({ direction: 'no-difference', basis: 'confidence interval', signIsOurs: false });
    // On a difference scale the same numbers are all above 0.
    expect(classifyEffect({ metric: 'g', estimate: 0.8, ciLow: 0.7, ciHigh: 0.9, betterWhen: 'higher' }).direction).toBe('benefit');
  });
  it('the CI wins over a p-value and over the stated direction', () => {
    expect(classifyEffect({ metric: 'g', estimate: 0.3, ciLow: -0.1, ciHigh: 0.7, p: p('=', 0.01), betterWhen: 'higher', direction: 'benefit' })).toEqual({ direction: 'no-difference', basis: 'confidence interval', signIsOurs: false });
  });
  it('a CI with one bound missing is no CI', () => {
    expect(classifyEffect({ metric: 'g', estimate: 0.3, ciLow: 0.1, betterWhen: 'higher' })).toEqual({ direction: 'unclear', basis: 'not enough information', signIsOurs: false });
    expect(classifyEffect({ metric: 'g', estimate: 0.3, ciHigh: 0.5, betterWhen: 'higher', direction: 'harm', directionBasis: { quote: 'as the source states it' } })).toEqual({ direction: 'harm', basis: 'stated by the source', signIsOurs: false });
  });
});

describe('then the reported p', () => {
  const at = (relation: NonNullable<Effect['p']>['relation'], value: number, estimate = 0.4, betterWhen: 'higher' | 'lower' = 'higher') =>
    classifyEffect({ metric: 'g', estimate, p: p(relation, value), betterWhen });
  it('an exact p below .05 is significant; exactly .05 is not', () => {
    expect(at('=', 0.049)).toEqual({ direction: 'benefit', basis: 'p-value', signIsOurs: false });
    expect(at('=', 0.05)).toEqual({ direction: 'no-difference', basis: 'p-value', signIsOurs: false });
    expect(at('=', 0.2)).toEqual({ direction: 'no-difference', basis: 'p-value', signIsOurs: false });
  });
  it('a bound at or below .05 ("< .05", "≤ .05") is significant; a bound above it says nothing', () => {
    expect(at('<', 0.05)).toEqual({ direction: 'benefit', basis: 'p-value', signIsOurs: false });
    expect(at('<=', 0.05)).toEqual({ direction: 'benefit', basis: 'p-value', signIsOurs: false });
    expect(at('<', 0.001)).toEqual({ direction: 'benefit', basis: 'p-value', signIsOurs: false });
    expect(at('<', 0.06)).toEqual({ direction: 'unclear', basis: 'not enough information', signIsOurs: false });
    expect(at('<=', 0.1)).toEqual({ direction: 'unclear', basis: 'not enough information', signIsOurs: false });
  });
  it('"> .05" is not significant; "> .01" says nothing', () => {
    expect(at('>', 0.05)).toEqual({ direction: 'no-difference', basis: 'p-value', signIsOurs: false });
    expect(at('>', 0.5)).toEqual({ direction: 'no-difference', basis: 'p-value', signIsOurs: false });
    expect(at('>', 0.01)).toEqual({ direction: 'unclear', basis: 'not enough information', signIsOurs: false });
  });
  it('the sign of the estimate and betterWhen give the side', () => {
    expect(at('=', 0.01, -0.4, 'higher').direction).toBe('harm');
    expect(at('=', 0.01, -0.4, 'lower').direction).toBe('benefit');
    expect(at('=', 0.01, 0.4, 'lower').direction).toBe('harm');
    expect(classifyEffect({ metric: 'OR', estimate: 0.6, p: p('=', 0.01), betterWhen: 'lower' }).direction).toBe('benefit');
    expect(classifyEffect({ metric: 'OR', estimate: 1.6, p: p('=', 0.01), betterWhen: 'lower' }).direction).toBe('harm');
  });
  it('an estimate of exactly no effect has no side, so the p-value cannot give one', () => {
    expect(at('=', 0.01, 0)).toEqual({ direction: 'unclear', basis: 'not enough information', signIsOurs: false });
    expect(classifyEffect({ metric: 'OR', estimate: 1, p: p('=', 0.01), betterWhen: 'higher', direction: 'no-difference', directionBasis: { quote: 'as the source states it' } })).toEqual({ direction: 'no-difference', basis: 'stated by the source', signIsOurs: false });
  });
});

describe('then what the source states', () => {
  it('without betterWhen, a metric or an estimate, numbers cannot decide', () => {
    expect(classifyEffect({ metric: 'g', estimate: 0.4, ciLow: 0.1, ciHigh: 0.7, direction: 'harm', directionBasis: { quote: 'as the source states it' } })).toEqual({ direction: 'harm', basis: 'stated by the source', signIsOurs: false });
    expect(classifyEffect({ estimate: 0.4, ciLow: 0.1, ciHigh: 0.7, betterWhen: 'higher', direction: 'mixed', directionBasis: { quote: 'as the source states it' } })).toEqual({ direction: 'mixed', basis: 'stated by the source', signIsOurs: false });
    expect(classifyEffect({ metric: 'g', ciLow: 0.1, ciHigh: 0.7, betterWhen: 'higher' })).toEqual({ direction: 'unclear', basis: 'not enough information', signIsOurs: false });
  });
});

describe('several effects in one cell', () => {
  it('agreeing effects keep their direction, whatever it is; unclear ones do not count', () => {
    expect(combineDirections(['harm', 'harm'])).toBe('harm');
    expect(combineDirections(['unclear', 'no-difference', 'unclear'])).toBe('no-difference');
    expect(combineDirections(['mixed'])).toBe('mixed');
    expect(combineDirections(['unclear', 'unclear'])).toBe('unclear');
    expect(combineDirections(['harm', 'benefit', 'unclear'])).toBe('mixed');
  });
});

describe('symbols', () => {
  it('every direction has its own shape, so meaning never rides on colour alone', () => {
    expect(directionSymbols).toEqual({ benefit: '▲', 'no-difference': '●', harm: '▼', mixed: '◆', unclear: '?' });
  });
});
