/**
 * Which side of an axis means benefit. The rule:
 *   - When every numeric row on an axis shares betterWhen, numbers are drawn
 *     as reported and the favours labels follow it: higher-better puts
 *     "Favours intervention" on the right, lower-better on the left (as
 *     Cochrane draws an odds ratio of a bad outcome).
 *   - When rows on one axis disagree, benefit goes on the right for all of
 *     them: each lower-better row is turned round (sign flipped, or the
 *     reciprocal for a ratio, bounds swapped) and says so in its row, quoting
 *     the numbers as reported. Higher-better rows are never changed.
 */
import { formatEstimateWithCi } from '../format.ts';
import { isLogAxis, type AxisKind } from './family.ts';
import type { BetterWhen, DerivationNote, ForestRow, ForestSummary } from './types.ts';

export interface Orientation {
  /** The side of the null line where the intervention does better. */
  readonly benefitSide: 'left' | 'right';
  /** True when rows disagree in betterWhen, so lower-better rows are shown turned round. */
  readonly mixed: boolean;
}

export function orientationOf(rows: readonly Pick<ForestRow, 'estimate' | 'betterWhen'>[], summary?: Pick<ForestSummary, 'betterWhen'>): Orientation {
  const kinds = new Set<BetterWhen>();
  for (const row of rows) if (row.estimate !== undefined && row.betterWhen !== undefined) kinds.add(row.betterWhen);
  if (summary) kinds.add(summary.betterWhen);
  if (kinds.size > 1) return { benefitSide: 'right', mixed: true };
  return { benefitSide: kinds.has('lower') ? 'left' : 'right', mixed: false };
}

export interface ShownValues {
  readonly estimate: number;
  readonly ciLow?: number;
  readonly ciHigh?: number;
  /** Present when the row is drawn turned round: says how, quoting what was reported. */
  readonly flip?: DerivationNote;
}

/** The numbers as drawn on this axis: as reported, or turned round when the axis is mixed. */
export function shownValues(
  kind: AxisKind,
  orientation: Orientation,
  row: { estimate: number; ciLow?: number | undefined; ciHigh?: number | undefined; betterWhen?: BetterWhen | undefined; metric?: string | undefined },
): ShownValues {
  const { estimate, ciLow, ciHigh } = row;
  if (!orientation.mixed || row.betterWhen !== 'lower') return { estimate, ciLow, ciHigh };
  const ratio = isLogAxis(kind);
  const turn = (v: number) => (ratio ? 1 / v : -v);
  const metric = row.metric ?? 'the effect';
  const reported = `reported as ${row.metric ? `${row.metric} ` : ''}${formatEstimateWithCi(estimate, ciLow, ciHigh)}, where lower is better`;
  const how = ratio ? `shown as 1 ÷ ${metric}` : 'shown with its sign flipped';
  return {
    estimate: turn(estimate),
    ciLow: ciHigh === undefined ? undefined : turn(ciHigh),
    ciHigh: ciLow === undefined ? undefined : turn(ciLow),
    flip: {
      short: `${reported}; ${how} so right = benefit`,
      full: `${reported}. This axis also holds results where higher is better, so this one is ${how}${ratio ? ' (and its CI bounds inverted and swapped)' : ' (and its CI bounds negated and swapped)'}, putting benefit on the right for every row.`,
      approximate: false,
    },
  };
}
