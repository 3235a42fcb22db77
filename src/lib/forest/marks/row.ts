/**
 * The row mark: one study or result as its words (label, sublabel, notes,
 * numbers) and, when it has a number, a marker and its CI. Wide: words in the
 * label and value columns, the marker between them; narrow: the words stacked
 * above a plot strip of their own.
 */
import { formatEstimateWithCi, formatPercent } from '../../format.ts';
import { directionLabels } from '../../labels.ts';
import type { ShownValues } from '../orient.ts';
import { clampToAxis, round2, type Axis } from '../scale.ts';
import type { DerivationNote, ForestRow } from '../types.ts';
import { SIZE, STRIP, stack, type TextItem } from './frame.ts';
import type { Geometry, Marker, NullSegment, RowLayout, TextLine } from './types.ts';
import { whiskerMark } from './whisker.ts';

/** Square side when weights are unknown, and the metafor-style range for sqrt(weight). */
const FIXED_SQUARE = 9;
const SQUARE_RANGE = [5, 15] as const;
const HOLLOW_R = 4.5;

/** Square side from sqrt(weight), scaled linearly into a small range as metafor does, so no square dwarfs the rest. */
export function squareSizes(rows: readonly ForestRow[]): (row: ForestRow) => number {
  const roots = rows.flatMap((r) => (r.weight !== undefined && r.estimate !== undefined ? [Math.sqrt(r.weight)] : []));
  if (roots.length === 0) return () => FIXED_SQUARE;
  const lo = Math.min(...roots);
  const hi = Math.max(...roots);
  const mid = (SQUARE_RANGE[0] + SQUARE_RANGE[1]) / 2;
  return (row) => {
    if (row.weight === undefined) return FIXED_SQUARE;
    if (hi === lo) return mid;
    return round2(SQUARE_RANGE[0] + ((Math.sqrt(row.weight) - lo) / (hi - lo)) * (SQUARE_RANGE[1] - SQUARE_RANGE[0]));
  };
}

export interface RowContext {
  readonly g: Geometry;
  readonly narrow: boolean;
  readonly axis: Axis;
  /** Derivations the header already states for every row. */
  readonly shared: readonly DerivationNote[];
  readonly squareSize: (row: ForestRow) => number;
}

export interface RowMark {
  readonly row: RowLayout;
  /** The piece of the null line in this row's plot strip (narrow variant only). */
  readonly segment?: NullSegment;
  readonly bottom: number;
}

/** The row's words: what goes in the label column and what in the value column. */
function rowWords(row: ForestRow, v: ShownValues | undefined, notes: readonly DerivationNote[], ctx: RowContext) {
  const labelItems: TextItem[] = [
    { text: row.label, role: 'label', size: SIZE.main, bold: true },
    ...(row.sublabel ? [{ text: row.sublabel, role: 'sublabel' as const, size: SIZE.small }] : []),
    ...notes.filter((n) => !ctx.shared.some((d) => d.short === n.short)).map((n) => ({ text: n.short, role: 'note' as const, size: SIZE.small })),
  ];
  const hasCi = v?.ciLow !== undefined && v.ciHigh !== undefined;
  const valueText = v ? formatEstimateWithCi(v.estimate, v.ciLow, v.ciHigh) : 'No number reported';
  const weightText = row.weight !== undefined ? formatPercent(row.weight, 1) : undefined;
  const valueItems: TextItem[] = [
    { text: ctx.narrow && weightText ? `${valueText} · weight ${weightText}` : valueText, role: 'value', size: SIZE.main },
    ...(v && !hasCi ? [{ text: 'CI not reported', role: 'value-note' as const, size: SIZE.small }] : []),
    ...(!v ? [{ text: `${row.directionIsOurs ? 'Our reading' : 'Stated'}: ${directionLabels[row.direction].toLowerCase()}`, role: 'value-note' as const, size: SIZE.small }] : []),
  ];
  return { labelItems, valueItems, weightText };
}

function rowMark(row: ForestRow, v: ShownValues | undefined, ctx: RowContext, top: number): RowMark {
  const { g, axis } = ctx;
  const notes: DerivationNote[] = [...(v?.flip ? [v.flip] : []), ...(row.ciDerivation ? [row.ciDerivation] : []), ...(row.derivations ?? [])];
  const { labelItems, valueItems, weightText } = rowWords(row, v, notes, ctx);
  const hasCi = v?.ciLow !== undefined && v.ciHigh !== undefined;

  let lines: TextLine[];
  let cy: number;
  let height: number;
  let segment: NullSegment | undefined;
  if (ctx.narrow) {
    const words = stack([...labelItems, ...valueItems], g.label.x, g.label.width, top);
    lines = words.lines;
    cy = top + words.height + STRIP / 2;
    height = words.height + (v ? STRIP : 0) + 10;
    if (v) segment = { y1: round2(top + words.height + 1), y2: round2(top + words.height + STRIP - 1) };
  } else {
    const left = stack(labelItems, g.label.x, g.label.width, top);
    const right = stack(valueItems, g.value.x, g.value.width, top);
    lines = [...left.lines, ...right.lines, ...(weightText ? [{ text: weightText, x: g.weight!.x, y: right.lines[0]!.y, anchor: 'end' as const, role: 'value' as const }] : [])];
    cy = top + 8.5;
    height = Math.max(left.height, right.height) + 7;
    if (!v) lines.push({ text: 'no number reported', x: round2((g.plot.x0 + g.plot.x1) / 2), y: round2(cy + 4), anchor: 'middle', role: 'no-number' });
  }
  const bottom = top + height;
  const base = { key: row.key, top: round2(top), height: round2(height), cy: round2(cy), lines };
  const withSegment = segment ? { segment } : {};
  if (!v) return { row: { ...base, notes }, ...withSegment, bottom };

  const at = clampToAxis(axis, v.estimate);
  const cx = axis.x(at.value);
  const marker: Marker = hasCi ? { kind: 'square', cx, cy: round2(cy), size: ctx.squareSize(row) } : { kind: 'hollow', cx, cy: round2(cy), r: HOLLOW_R };
  const layout: RowLayout = {
    ...base,
    shown: { estimate: v.estimate, ...(hasCi ? { ciLow: v.ciLow!, ciHigh: v.ciHigh! } : {}) },
    marker,
    ...(hasCi ? { whisker: { ...whiskerMark(axis, v.ciLow!, v.ciHigh!, cy), approximate: row.ciDerivation?.approximate ?? false } } : {}),
    ...(at.beyond ? { beyondAxis: at.beyond } : {}),
    notes,
  };
  return { row: layout, ...withSegment, bottom };
}

/** Every row, one under the next from `top`. */
export function rowsMark(rows: readonly ForestRow[], shown: readonly (ShownValues | undefined)[], ctx: RowContext, top: number): { rows: RowLayout[]; segments: NullSegment[]; bottom: number } {
  const out: RowLayout[] = [];
  const segments: NullSegment[] = [];
  let cursor = top;
  rows.forEach((row, i) => {
    const mark = rowMark(row, shown[i], ctx, cursor);
    out.push(mark.row);
    if (mark.segment) segments.push(mark.segment);
    cursor = mark.bottom;
  });
  return { rows: out, segments, bottom: cursor };
}
