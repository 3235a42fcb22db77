/**
 * Which numbers may share one axis. Like with like only: standardised mean
 * differences (d, g, SMD, ES) together; odds and risk ratios together on a
 * log axis; correlations alone; raw mean differences only with the same
 * instrument, since their units are the instrument's.
 */
import type { Metric } from '../../schemas/effect.ts';
import { isRatio, nullValue } from '../direction.ts';
import { metricLabels } from '../labels.ts';

export type AxisKind = 'standardised' | 'ratio' | 'correlation' | 'mean-difference';

export interface AxisFamily {
  readonly kind: AxisKind;
  /** Unique per axis: "standardised", "ratio", "correlation", "mean-difference:CORE-OM". */
  readonly key: string;
  /** The instrument, for raw mean differences. */
  readonly instrument?: string;
}

/** Panels appear in this order on a page. */
const ORDER: readonly AxisKind[] = ['standardised', 'ratio', 'correlation', 'mean-difference'];

const KIND_OF: Record<Metric, AxisKind> = {
  d: 'standardised',
  g: 'standardised',
  SMD: 'standardised',
  ES: 'standardised',
  OR: 'ratio',
  RR: 'ratio',
  r: 'correlation',
  MD: 'mean-difference',
};

export function axisFamily(metric: Metric, instrument?: string): AxisFamily {
  const kind = KIND_OF[metric];
  if (kind !== 'mean-difference') return { kind, key: kind };
  // The content check requires an instrument for MD; this guards callers that skip it.
  if (instrument === undefined) throw new Error('a mean difference needs its instrument (measure) to be placed on an axis');
  return { kind, key: `${kind}:${instrument}`, instrument };
}

export function compareFamilies(a: AxisFamily, b: AxisFamily): number {
  return ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.key.localeCompare(b.key, 'en-GB');
}

/** A metric drawn on this kind of axis: every metric on one axis shares its null value and scale, which direction.ts decides. */
function metricOn(kind: AxisKind): Metric {
  return (Object.keys(KIND_OF) as Metric[]).find((m) => KIND_OF[m] === kind)!;
}

/** The value meaning "no effect" on this axis. */
export function nullValueOf(kind: AxisKind): number {
  return nullValue(metricOn(kind));
}

/** Whether this axis holds ratios, drawn on a log scale. */
export function isLogAxis(kind: AxisKind): boolean {
  return isRatio(metricOn(kind));
}

/** What the axis measures, in the reader's words, from the metrics actually on it. */
export function axisTitle(family: AxisFamily, metrics: readonly Metric[]): string {
  const present = [...new Set(metrics)].sort((a, b) => Object.keys(KIND_OF).indexOf(a) - Object.keys(KIND_OF).indexOf(b));
  switch (family.kind) {
    case 'standardised':
      return present.length === 1 ? metricLabels[present[0]!] : `Standardised mean difference (${present.join(', ')})`;
    case 'ratio':
      return `${present.length === 1 ? metricLabels[present[0]!] : 'Odds ratio or risk ratio'} (log scale)`;
    case 'correlation':
      return metricLabels.r;
    case 'mean-difference':
      return `Mean difference on ${family.instrument}`;
  }
}

/** The short heading of the numbers column: "g [95% CI]", "OR [95% CI]". */
export function valueHeading(metrics: readonly Metric[]): string {
  const present = [...new Set(metrics)];
  return `${present.length === 1 ? present[0] : 'Effect'} [95% CI]`;
}
