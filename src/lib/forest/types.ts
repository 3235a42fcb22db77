/**
 * What a forest plot is drawn from: one panel per axis, each a list of rows
 * and optionally a pooled summary. Numbers are on the scale readers know
 * (ratios as ratios), exactly as reported unless a derivation says otherwise.
 */
import type { Metric } from '../../schemas/effect.ts';
import type { BetterWhen, Direction } from '../direction.ts';
import type { AxisFamily } from './family.ts';

export type { BetterWhen };

/** A number we worked out rather than read, with the engine's explanation. */
export interface DerivationNote {
  /** Short, for the row: "approximate CI from p = .003". */
  readonly short: string;
  /** Full, for the table: how it was computed (the engine's own words). */
  readonly full: string;
  readonly approximate: boolean;
}

export interface ForestRow {
  /** Unique within its panel; becomes an id fragment, so plain characters only. */
  readonly key: string;
  /** Study (author year), or the outcome or review, depending on the page. */
  readonly label: string;
  /** Outcome, measure and timepoint, as the page needs. */
  readonly sublabel?: string;
  readonly metric?: Metric;
  readonly estimate?: number;
  readonly ciLow?: number;
  readonly ciHigh?: number;
  /** Set when the CI was derived (e.g. from an exact p), never when it was reported. */
  readonly ciDerivation?: DerivationNote;
  /** Why there is no CI although the source gave a p-value (e.g. a bound). */
  readonly noCiReason?: string;
  /** Other derivations of the plotted numbers (study rows computed from means, for example). */
  readonly derivations?: readonly DerivationNote[];
  /** Weight in the pooled estimate, in percent, when known. */
  readonly weight?: number;
  readonly betterWhen?: BetterWhen;
  /** Which way the finding points, by the site's one direction rule. */
  readonly direction: Direction;
  /** True when a finding without a number points that way on our reading, not the source's word. */
  readonly directionIsOurs?: boolean;
  /** The finding as reported, for the table: "g = 0.65, p = .003, k = 4". */
  readonly reported: string;
  /** Where the effect is described in full. */
  readonly href?: string;
}

export interface ForestSummary {
  /** "Random-effects model (REML)". */
  readonly label: string;
  readonly metric?: Metric;
  readonly betterWhen: BetterWhen;
  readonly k: number;
  readonly estimate: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** 95% prediction interval, for random-effects models only. */
  readonly piLow?: number;
  readonly piHigh?: number;
  /** Heterogeneity, on the analysis scale (τ² of log ratios for OR/RR). */
  readonly tau2: number;
  readonly i2: number;
  readonly q: number;
  readonly df: number;
  readonly qp: number;
  /** Test for the overall effect. */
  readonly z: number;
  readonly p: number;
  /** How the pool was computed, for the table. */
  readonly derivation: string;
  /** What the review itself reported for this pool, and any recorded reason for a difference. */
  readonly reportedByReview?: string;
  readonly poolingNote?: string;
}

export interface ForestPanel {
  /** Unique on its page: becomes part of element ids. */
  readonly key: string;
  readonly family: AxisFamily;
  /** The SVG's title: what the plot shows. */
  readonly title: string;
  /** Heading of the label column: "Study", "Outcome", "Review, outcome and time". */
  readonly rowHeading: string;
  readonly rows: readonly ForestRow[];
  readonly summary?: ForestSummary;
  /** How many reviews or trials the rows come from: more than one means "not pooled". */
  readonly reviewCount: number;
  /** The measures of the other plots on the same page, when they differ from this one's: their sizes cannot be compared with these. */
  readonly otherMeasures?: readonly string[];
}
