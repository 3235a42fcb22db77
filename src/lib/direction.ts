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

/** The value meaning "no effect": 1 for ratios, 0 otherwise. */
export function nullValue(metric: Metric): number {
  return metric === 'OR' || metric === 'RR' ? 1 : 0;
}

type EffectFields = Pick<Effect, 'metric' | 'estimate' | 'ciLow' | 'ciHigh' | 'p' | 'betterWhen' | 'direction'> & Partial<Pick<Effect, 'directionBasis' | 'betterWhenBasis'>>;

export function classifyEffect(e: EffectFields): Classified {
  if (e.estimate !== undefined && e.metric !== undefined && e.betterWhen !== undefined) {
    const zero = nullValue(e.metric);
    const favourable = (side: number) => (side > zero) === (e.betterWhen === 'higher');
    // A "no difference" does not depend on which side is better; benefit or harm does.
    const sided = (direction: 'benefit' | 'harm', basis: 'confidence interval' | 'p-value'): Classified => ({ direction, basis, signIsOurs: e.betterWhenBasis?.reading === 'ours' });
    if (e.ciLow !== undefined && e.ciHigh !== undefined) {
      if (e.ciLow <= zero && e.ciHigh >= zero) return { direction: 'no-difference', basis: 'confidence interval', signIsOurs: false };
      return sided(favourable(e.estimate) ? 'benefit' : 'harm', 'confidence interval');
    }
    if (e.p !== undefined && e.estimate !== zero) {
      const significant = e.p.relation === '<' || e.p.relation === '<=' ? e.p.value <= 0.05 : e.p.relation === '=' && e.p.value < 0.05;
      const notSignificant = (e.p.relation === '=' || e.p.relation === '>') && e.p.value >= 0.05;
      if (significant) return sided(favourable(e.estimate) ? 'benefit' : 'harm', 'p-value');
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
