/**
 * What a laid-out forest plot is made of: lines of text, rules, whiskers,
 * markers, the diamond and the axis, all in rounded pixel coordinates. The
 * marks compute these; svg.ts draws them; table.ts reads them.
 */
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
  | 'no-number'
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

export interface RowLayout {
  readonly key: string;
  readonly top: number;
  readonly height: number;
  /** Vertical centre of the marker and whisker. */
  readonly cy: number;
  readonly lines: readonly TextLine[];
  /** The numbers as drawn (turned round when the axis is mixed); absent for a finding without a number. */
  readonly shown?: { readonly estimate: number; readonly ciLow?: number; readonly ciHigh?: number };
  readonly marker?: Marker;
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
  readonly rows: readonly RowLayout[];
  readonly summary?: SummaryLayout;
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
