/**
 * The summary mark: the pooled estimate as a diamond (its width the 95% CI),
 * the prediction interval under it, and the heterogeneity statistics and the
 * test for the overall effect in words. Wide: label left, numbers in the
 * value column; narrow: the words stacked around plot strips of their own.
 */
import { formatComputedP, formatEffect, formatEstimateWithCi, formatPercent, formatStatistic } from '../../format.ts';
import { clampToAxis, round2, type Axis } from '../scale.ts';
import type { ForestSummary } from '../types.ts';
import { SIZE, STRIP, stack, type TextItem } from './frame.ts';
import { polygon } from './polygon.ts';
import type { Geometry, NullSegment, Rule, SummaryLayout, TextLine } from './types.ts';
import { whiskerMark } from './whisker.ts';

const DIAMOND_HALF = 7;

type Shown = SummaryLayout['shown'];

interface SummaryText {
  readonly lines: TextLine[];
  /** Vertical centre of the diamond. */
  readonly cy: number;
  /** Where the prediction interval's line sits, when there is one. */
  readonly piY?: number;
  readonly segments: NullSegment[];
  readonly bottom: number;
}

function statItems(s: ForestSummary): TextItem[] {
  return [
    { text: `Heterogeneity: τ² = ${formatStatistic(s.tau2)}; I² = ${formatPercent(s.i2)}; Q = ${formatStatistic(s.q)} (df = ${s.df}), ${formatComputedP(s.qp)}`, role: 'stats', size: SIZE.small },
    { text: `Test for overall effect: z = ${formatStatistic(s.z)}, ${formatComputedP(s.p)}`, role: 'stats', size: SIZE.small },
  ];
}

/** Narrow: label and estimate, a strip for the diamond, the prediction interval in words over its own strip, then the statistics. */
function narrowText(s: ForestSummary, shown: Shown, g: Geometry, top: number): SummaryText {
  const lines: TextLine[] = [];
  const segments: NullSegment[] = [];
  const head = stack(
    [
      { text: `${s.label} (k = ${s.k})`, role: 'summary-label', size: SIZE.main, bold: true },
      { text: formatEstimateWithCi(shown.estimate, shown.ciLow, shown.ciHigh), role: 'value', size: SIZE.main },
    ],
    g.label.x, g.label.width, top,
  );
  lines.push(...head.lines);
  const cy = top + head.height + STRIP / 2;
  segments.push({ y1: round2(top + head.height + 1), y2: round2(top + head.height + STRIP - 1) });
  let y = top + head.height + STRIP;
  let piY: number | undefined;
  if (shown.piLow !== undefined) {
    const pi = stack([{ text: `95% prediction interval [${formatEffect(shown.piLow)}, ${formatEffect(shown.piHigh!)}]`, role: 'sublabel', size: SIZE.small }], g.label.x, g.label.width, y);
    lines.push(...pi.lines);
    piY = y + pi.height + 8;
    segments.push({ y1: round2(y + pi.height + 1), y2: round2(y + pi.height + 15) });
    y += pi.height + 16;
  }
  const stats = stack(statItems(s), g.label.x, g.label.width, y);
  lines.push(...stats.lines);
  return { lines, cy, ...(piY !== undefined ? { piY } : {}), segments, bottom: y + stats.height + 6 };
}

/** Wide: the label with the estimate (and 100% weight) beside it, the prediction interval's bounds in the value column, then the statistics. */
function wideText(s: ForestSummary, shown: Shown, g: Geometry, top: number): SummaryText {
  const lines: TextLine[] = [];
  const head = stack([{ text: `${s.label} (k = ${s.k})`, role: 'summary-label', size: SIZE.main, bold: true }], g.label.x, g.label.width, top);
  lines.push(...head.lines, { text: formatEstimateWithCi(shown.estimate, shown.ciLow, shown.ciHigh), x: g.value.x, y: head.lines[0]!.y, anchor: 'start', role: 'value' });
  if (g.weight) lines.push({ text: formatPercent(100, 1), x: g.weight.x, y: head.lines[0]!.y, anchor: 'end', role: 'value' });
  const cy = top + 8.5;
  let y = top + head.height + 2;
  let piY: number | undefined;
  if (shown.piLow !== undefined) {
    const pi = stack([{ text: '95% prediction interval', role: 'sublabel', size: SIZE.small }], g.label.x, g.label.width, y);
    lines.push(...pi.lines, { text: `[${formatEffect(shown.piLow)}, ${formatEffect(shown.piHigh!)}]`, x: g.value.x, y: pi.lines[0]!.y, anchor: 'start', role: 'value-note' });
    piY = y + 8;
    y += pi.height + 2;
  }
  const stats = stack(statItems(s), g.label.x, g.label.width, y);
  lines.push(...stats.lines);
  return { lines, cy, ...(piY !== undefined ? { piY } : {}), segments: [], bottom: y + stats.height + 6 };
}

/** The diamond: from x(ciLow) to x(ciHigh), its point at x(estimate), clamped to the axis with arrows where it runs past. */
function diamondMark(axis: Axis, shown: Shown, cy: number): SummaryLayout['diamond'] {
  const left = clampToAxis(axis, shown.ciLow);
  const right = clampToAxis(axis, shown.ciHigh);
  const centre = axis.x(clampToAxis(axis, shown.estimate).value);
  const [l, r, y] = [axis.x(left.value), axis.x(right.value), round2(cy)];
  const path = polygon([[l, y], [centre, y - DIAMOND_HALF], [r, y], [centre, y + DIAMOND_HALF]]);
  return { path, left: l, right: r, centre, y, arrowLeft: left.beyond === 'left', arrowRight: right.beyond === 'right' };
}

export interface SummaryMark {
  readonly summary: SummaryLayout;
  /** The rule between the rows and the summary. */
  readonly rule: Rule;
  readonly segments: NullSegment[];
  readonly bottom: number;
}

export function summaryMark(s: ForestSummary, axis: Axis, g: Geometry, narrow: boolean, cursor: number): SummaryMark {
  const shown: Shown = { estimate: s.estimate, ciLow: s.ciLow, ciHigh: s.ciHigh, ...(s.piLow !== undefined && s.piHigh !== undefined ? { piLow: s.piLow, piHigh: s.piHigh } : {}) };
  const top = cursor + 6;
  const text = (narrow ? narrowText : wideText)(s, shown, g, top);
  return {
    rule: { x1: 0, x2: g.width, y: round2(cursor + 2) },
    summary: {
      top: round2(top),
      cy: round2(text.cy),
      lines: text.lines,
      shown,
      diamond: diamondMark(axis, shown, text.cy),
      ...(text.piY !== undefined ? { prediction: whiskerMark(axis, shown.piLow!, shown.piHigh!, text.piY) } : {}),
    },
    segments: text.segments,
    bottom: text.bottom,
  };
}
