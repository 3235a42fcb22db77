/**
 * Which way an effect points, by a stated rule, so every page (and the
 * evidence map) reads the same effect the same way:
 *   1. from the 95% CI where there is one (excluding no effect: benefit or
 *      harm by betterWhen; including it: no clear difference);
 *   2. otherwise from the reported p (below .05: benefit or harm by the sign);
 *   3. otherwise the direction in words: stated by the source when its
 *      evidence states it, otherwise our reading (and said so);
 *   4. otherwise unclear.
 * Rules 1 and 2 read the sign by betterWhen: where which way is better is our
 * reading rather than the source's, the result says so (`signIsOurs`).
 * It also owns what "no effect" is (1 for ratios, 0 otherwise) and which
 * metrics are ratios: plots, tables and words all ask here.
 */
import type { Effect, Metric, StatedDirection } from '../schemas/effect.ts';

export type Direction = StatedDirection | 'unclear';

/** Shapes that carry the direction beside its words, so it never rides on colour alone. */
export const directionSymbols: Record<Direction, string> = {
  benefit: '▲',
  'no-difference': '●',
  harm: '▼',
  mixed: '◆',
  unclear: '?',
};

export interface Classified {
  direction: Direction;
  /** Which rule decided, in words, for tables and tooltips. */
  basis: 'confidence interval' | 'p-value' | 'stated by the source' | 'our reading' | 'not enough information';
  /** True when the basis is a CI or p whose side (better or worse) rests on our reading of the sign. */
  signIsOurs: boolean;
}

/** "Confidence interval; which way is better is our reading": the basis as readers see it. */
export function basisText(c: Classified): string {
  return c.signIsOurs ? `${c.basis}; which way is better is our reading` : c.basis;
}

/** Odds and risk ratios: no effect is 1, and they are read on a log scale (0.5 is as far from 1 as 2). */
export function isRatio(metric: Metric): boolean {
  return metric === 'OR' || metric === 'RR';
}

/** The value meaning "no effect": 1 for ratios, 0 otherwise. */
export function nullValue(metric: Metric): number {
  return isRatio(metric) ? 1 : 0;
}

export type BetterWhen = NonNullable<Effect['betterWhen']>;

/** What an estimate and its 95% CI show: no clear difference when the CI includes no effect, else benefit or harm by betterWhen. */
export function directionOfInterval(interval: { estimate: number; ciLow: number; ciHigh: number }, noEffect: number, betterWhen: BetterWhen): Exclude<Direction, 'mixed' | 'unclear'> {
  if (interval.ciLow <= noEffect && interval.ciHigh >= noEffect) return 'no-difference';
  return favours(interval.estimate, noEffect, betterWhen);
}

function favours(estimate: number, noEffect: number, betterWhen: BetterWhen): 'benefit' | 'harm' {
  return (estimate > noEffect) === (betterWhen === 'higher') ? 'benefit' : 'harm';
}

type EffectFields = Pick<Effect, 'metric' | 'estimate' | 'ciLow' | 'ciHigh' | 'p' | 'betterWhen' | 'direction'> & Partial<Pick<Effect, 'directionBasis' | 'betterWhenBasis'>>;

export function classifyEffect(e: EffectFields): Classified {
  if (e.estimate !== undefined && e.metric !== undefined && e.betterWhen !== undefined) {
    const zero = nullValue(e.metric);
    // A "no difference" does not depend on which side is better; benefit or harm does.
    const signIsOurs = e.betterWhenBasis?.reading === 'ours';
    if (e.ciLow !== undefined && e.ciHigh !== undefined) {
      const direction = directionOfInterval({ estimate: e.estimate, ciLow: e.ciLow, ciHigh: e.ciHigh }, zero, e.betterWhen);
      return { direction, basis: 'confidence interval', signIsOurs: direction !== 'no-difference' && signIsOurs };
    }
    if (e.p !== undefined && e.estimate !== zero) {
      const significant = e.p.relation === '<' || e.p.relation === '<=' ? e.p.value <= 0.05 : e.p.relation === '=' && e.p.value < 0.05;
      const notSignificant = (e.p.relation === '=' || e.p.relation === '>') && e.p.value >= 0.05;
      if (significant) return { direction: favours(e.estimate, zero, e.betterWhen), basis: 'p-value', signIsOurs };
      if (notSignificant) return { direction: 'no-difference', basis: 'p-value', signIsOurs: false };
    }
  }
  if (e.direction !== undefined) {
    const stated = e.directionBasis !== undefined && e.directionBasis.reading !== 'ours';
    return { direction: e.direction, basis: stated ? 'stated by the source' : 'our reading', signIsOurs: false };
  }
  return { direction: 'unclear', basis: 'not enough information', signIsOurs: false };
}

/** Several effects for one cell: agreeing ones keep their direction, disagreeing ones are mixed. */
export function combineDirections(directions: readonly Direction[]): Direction {
  const known = [...new Set(directions.filter((d) => d !== 'unclear'))];
  if (known.length === 0) return 'unclear';
  if (known.length === 1) return known[0]!;
  return 'mixed';
}
