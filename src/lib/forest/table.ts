/**
 * The numbers of a forest plot as a real table, for screen readers, for
 * copying, and for anyone who wants every derivation spelled out.
 */
import { formatComputedP, formatEffect, formatEstimateWithCi, formatPercent, formatStatistic } from '../format.ts';
import { directionLabels } from '../labels.ts';
import { valueHeading } from './family.ts';
import type { ForestLayout } from './layout.ts';

export interface ForestTableRow {
  readonly key: string;
  readonly label: string;
  readonly sublabel?: string;
  readonly href?: string;
  /** As the source reports it. */
  readonly reported: string;
  /** As drawn on the plot: the reported numbers (with any CI we derived), or the direction a finding without a number is marked by. */
  readonly shown: string;
  readonly weight?: string;
  readonly direction: string;
  /** How any drawn number was derived, in full. */
  readonly notes: readonly string[];
}

export interface ForestTable {
  readonly caption: string;
  readonly rowHeading: string;
  readonly shownHeading: string;
  readonly hasWeights: boolean;
  readonly rows: readonly ForestTableRow[];
  readonly summary?: {
    readonly label: string;
    readonly shown: string;
    readonly reported?: string;
    readonly notes: readonly string[];
  };
}

export function forestTable(layout: ForestLayout): ForestTable {
  const { panel } = layout;
  const hasWeights = panel.rows.some((r) => r.weight !== undefined);
  const rows = panel.rows.map((row, i): ForestTableRow => {
    const drawn = layout.rows[i]!;
    const shown = drawn.shown
      ? drawn.shown.ciLow !== undefined
        ? formatEstimateWithCi(drawn.shown.estimate, drawn.shown.ciLow, drawn.shown.ciHigh)
        : `${formatEffect(drawn.shown.estimate)} (CI not reported)`
      : `No number reported: marked below the axis by its direction only (${directionLabels[row.direction].toLowerCase()})`;
    return {
      key: row.key,
      label: row.label,
      ...(row.sublabel ? { sublabel: row.sublabel } : {}),
      ...(row.href ? { href: row.href } : {}),
      reported: row.reported,
      shown,
      ...(row.weight !== undefined ? { weight: formatPercent(row.weight, 1) } : {}),
      direction: directionLabels[row.direction],
      notes: [...drawn.notes.map((n) => n.full), ...(row.noCiReason ? [row.noCiReason] : []), ...(drawn.beyondAxis ? ['The estimate lies beyond the axis and is drawn at its edge.'] : [])],
    };
  });
  const s = panel.summary;
  const shown = layout.summary?.shown;
  return {
    caption: `The numbers in this plot (${layout.axisTitle})`,
    rowHeading: panel.rowHeading,
    shownHeading: `Drawn as ${valueHeading(panel.rows.flatMap((r) => (r.metric && r.estimate !== undefined ? [r.metric] : [])))}`,
    hasWeights,
    rows,
    ...(s && shown
      ? {
          summary: {
            label: `${s.label}, k = ${s.k}`,
            shown: formatEstimateWithCi(shown.estimate, shown.ciLow, shown.ciHigh),
            ...(s.reportedByReview ? { reported: `The review reports ${s.reportedByReview}` } : {}),
            notes: [
              s.derivation,
              ...(shown.piLow !== undefined ? [`95% prediction interval ${formatEffect(shown.piLow)} to ${formatEffect(shown.piHigh!)}.`] : []),
              `Heterogeneity: τ² = ${formatStatistic(s.tau2)}, I² = ${formatPercent(s.i2)}, Q = ${formatStatistic(s.q)} (df = ${s.df}), ${formatComputedP(s.qp)}. Test for overall effect: z = ${formatStatistic(s.z)}, ${formatComputedP(s.p)}.`,
              ...(s.poolingNote ? [`Why our figure may differ from the review's: ${s.poolingNote}`] : []),
            ],
          },
        }
      : {}),
  };
}
