/**
 * Which way an effect points, by a stated rule, so every page (and the
 * evidence map) reads the same effect the same way:
 *   1. from the 95% CI where there is one (excluding no effect: benefit or
 *      harm by betterWhen; including it: no clear difference);
 *   2. otherwise from the reported p (below .05: benefit or harm by the sign);
 *   3. otherwise the direction the source states;
 *   4. otherwise unclear.
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
  basis: 'confidence interval' | 'p-value' | 'stated by the source' | 'not enough information';
}

/** The value meaning "no effect": 1 for ratios, 0 otherwise. */
export function nullValue(metric: Metric): number {
  return metric === 'OR' || metric === 'RR' ? 1 : 0;
}

type EffectFields = Pick<Effect, 'metric' | 'estimate' | 'ciLow' | 'ciHigh' | 'p' | 'betterWhen' | 'direction'>;

export function classifyEffect(e: EffectFields): Classified {
  if (e.estimate !== undefined && e.metric !== undefined && e.betterWhen !== undefined) {
    const zero = nullValue(e.metric);
    const favourable = (side: number) => (side > zero) === (e.betterWhen === 'higher');
    if (e.ciLow !== undefined && e.ciHigh !== undefined) {
      if (e.ciLow <= zero && e.ciHigh >= zero) return { direction: 'no-difference', basis: 'confidence interval' };
      return { direction: favourable(e.estimate) ? 'benefit' : 'harm', basis: 'confidence interval' };
    }
    if (e.p !== undefined && e.estimate !== zero) {
      const significant = e.p.relation === '<' || e.p.relation === '<=' ? e.p.value <= 0.05 : e.p.relation === '=' && e.p.value < 0.05;
      const notSignificant = (e.p.relation === '=' || e.p.relation === '>') && e.p.value >= 0.05;
      if (significant) return { direction: favourable(e.estimate) ? 'benefit' : 'harm', basis: 'p-value' };
      if (notSignificant) return { direction: 'no-difference', basis: 'p-value' };
    }
  }
  if (e.direction !== undefined) return { direction: e.direction, basis: 'stated by the source' };
  return { direction: 'unclear', basis: 'not enough information' };
}

/** Several effects for one cell: agreeing ones keep their direction, disagreeing ones are mixed. */
export function combineDirections(directions: readonly Direction[]): Direction {
  const known = [...new Set(directions.filter((d) => d !== 'unclear'))];
  if (known.length === 0) return 'unclear';
  if (known.length === 1) return known[0]!;
  return 'mixed';
}
