/**
 * What a laid-out forest plot is made of: lines of text, rules, whiskers,
 * markers, the diamond and the axis, all in rounded pixel coordinates. The
 * marks compute these; svg.ts draws them; table.ts reads them.
 */
import type { Direction } from '../../direction.ts';
import type { Orientation } from '../orient.ts';
import type { Axis } from '../scale.ts';
import type { DerivationNote, ForestPanel } from '../types.ts';

export type Variant = 'wide' | 'narrow';

export interface LayoutOptions {
  readonly variant?: Variant;
  /** Fixed axis limits on the reported scale (ratios as ratios); by default they follow the data. */
  readonly limits?: readonly [number, number];
}

/** What a line of text is, which decides its style (class f-<role>) and nothing else. */
export type TextRole =
  | 'heading'
  | 'label'
  | 'sublabel'
  | 'note'
  | 'value'
  | 'value-note'
  | 'summary-label'
  | 'stats'
  | 'tick'
  | 'favours-benefit'
  | 'favours-comparison'
  | 'axis-title';

export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly role: TextRole;
}

export interface Whisker {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  /** The interval runs past the axis on this side: draw an arrow there. */
  readonly arrowLeft: boolean;
  readonly arrowRight: boolean;
}

export type Marker =
  | { readonly kind: 'square'; readonly cx: number; readonly cy: number; readonly size: number }
  | { readonly kind: 'hollow'; readonly cx: number; readonly cy: number; readonly r: number };

/**
 * A finding without a number, by direction only: from x1 (at the no-effect
 * line) to x2, the arrow's tip; x1 = x2 on the line for no clear difference
 * (a dot) and unclear ("?"); a mixed finding spans x1 to x2 with two heads.
 */
export interface DirectionMark {
  readonly direction: Direction;
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

export interface RowLayout {
  readonly key: string;
  readonly top: number;
  readonly height: number;
  /** Vertical centre of the marker and whisker. */
  readonly cy: number;
  readonly lines: readonly TextLine[];
  /** The numbers as drawn: as reported, with a derived CI where the row says so; absent for a finding without a number. */
  readonly shown?: { readonly estimate: number; readonly ciLow?: number; readonly ciHigh?: number };
  readonly marker?: Marker;
  /** For a finding without a number: which way it points, drawn below the axis, off the scale. */
  readonly directionMark?: DirectionMark;
  readonly whisker?: Whisker & { readonly approximate: boolean };
  /** The estimate itself lies beyond the axis; the marker sits at its edge. */
  readonly beyondAxis?: 'left' | 'right';
  /** Every derivation behind the drawn numbers, for the table. */
  readonly notes: readonly DerivationNote[];
}

export interface SummaryLayout {
  readonly top: number;
  readonly cy: number;
  readonly lines: readonly TextLine[];
  readonly shown: { readonly estimate: number; readonly ciLow: number; readonly ciHigh: number; readonly piLow?: number; readonly piHigh?: number };
  readonly diamond: { readonly path: string; readonly left: number; readonly right: number; readonly centre: number; readonly y: number; readonly arrowLeft: boolean; readonly arrowRight: boolean };
  readonly prediction?: Whisker;
}

export interface ForestLayout {
  readonly variant: Variant;
  readonly width: number;
  readonly height: number;
  readonly panel: ForestPanel;
  readonly title: string;
  readonly description: string;
  readonly axisTitle: string;
  readonly orientation: Orientation;
  readonly axis: Axis;
  readonly columns: {
    readonly label: { readonly x: number; readonly width: number };
    readonly plot: { readonly x0: number; readonly x1: number };
    readonly value: { readonly x: number; readonly width: number };
    /** Right edge of the weight column, when rows have weights. */
    readonly weight?: { readonly x: number };
  };
  readonly header: readonly TextLine[];
  readonly rules: readonly Rule[];
  readonly nullLine: { readonly x: number; readonly segments: readonly NullSegment[] };
  readonly axisLine: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly ticks: readonly Tick[];
  readonly axisText: readonly TextLine[];
  /** The axis repeated above the rows (and between them) when the rows run long, so every row has one near it. */
  readonly axisRepeats: readonly AxisRepeat[];
  /** Where the findings without a number start, below the axis; absent when there are none. */
  readonly wordsOnly?: { readonly top: number; readonly lines: readonly TextLine[] };
  readonly rows: readonly RowLayout[];
  readonly summary?: SummaryLayout;
}

/** A copy of the axis: favours labels and tick labels over a line whose ticks point down at the rows below. */
export interface AxisRepeat {
  readonly top: number;
  readonly line: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly ticks: readonly Tick[];
  readonly text: readonly TextLine[];
}

/** A horizontal rule across the plot (under the header, above the summary). */
export interface Rule {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

/** A piece of the vertical "no effect" line. */
export interface NullSegment {
  readonly y1: number;
  readonly y2: number;
}

export interface Tick {
  readonly value: number;
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
}

/** Column areas of one variant, in px. */
export interface Geometry {
  readonly width: number;
  readonly label: { readonly x: number; readonly width: number };
  readonly plot: { readonly x0: number; readonly x1: number };
  readonly value: { readonly x: number; readonly width: number };
  readonly weight?: { readonly x: number };
}
