/**
 * The row mark: one study or result as its words (label, sublabel, notes,
 * numbers) and its mark: with a number, a marker at the estimate and its CI;
 * without one, its direction (marks/direction.ts). Wide: words in the label
 * and value columns, the mark between them; narrow: the words stacked above a
 * plot strip of their own.
 */
import { formatEstimateWithCi, formatPercent } from '../../format.ts';
import { directionLabels } from '../../labels.ts';
import type { Orientation } from '../orient.ts';
import { clampToAxis, round2, type Axis } from '../scale.ts';
import type { DerivationNote, ForestRow } from '../types.ts';
import { directionMark } from './direction.ts';
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
  readonly orientation: Orientation;
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

/** The numbers drawn for a row: as reported (a derived CI is the row's own, and says so). */
type Numbers = { readonly estimate: number; readonly ciLow?: number; readonly ciHigh?: number };

function numbersOf(row: ForestRow): Numbers | undefined {
  if (row.estimate === undefined) return undefined;
  return { estimate: row.estimate, ...(row.ciLow !== undefined && row.ciHigh !== undefined ? { ciLow: row.ciLow, ciHigh: row.ciHigh } : {}) };
}

/** The row's words: what goes in the label column and what in the value column. */
function rowWords(row: ForestRow, v: Numbers | undefined, notes: readonly DerivationNote[], ctx: RowContext) {
  const labelItems: TextItem[] = [
    { text: row.label, role: 'label', size: SIZE.main, bold: true },
    ...(row.sublabel ? [{ text: row.sublabel, role: 'sublabel' as const, size: SIZE.small }] : []),
    ...notes.filter((n) => !ctx.shared.some((d) => d.short === n.short)).map((n) => ({ text: n.short, role: 'note' as const, size: SIZE.small })),
  ];
  const hasCi = v?.ciLow !== undefined;
  const valueText = v ? formatEstimateWithCi(v.estimate, v.ciLow, v.ciHigh) : 'No number reported';
  const weightText = row.weight !== undefined ? formatPercent(row.weight, 1) : undefined;
  const valueItems: TextItem[] = [
    { text: ctx.narrow && weightText ? `${valueText} · weight ${weightText}` : valueText, role: 'value', size: SIZE.main },
    ...(v && !hasCi ? [{ text: 'CI not reported', role: 'value-note' as const, size: SIZE.small }] : []),
    // Whose direction it is, in words: the arrow drawn for it says the same by shape and side.
    ...(!v ? [{ text: `${row.directionIsOurs ? 'Our reading' : 'Stated'}: ${directionLabels[row.direction].toLowerCase()}`, role: 'value-note' as const, size: SIZE.small }] : []),
  ];
  return { labelItems, valueItems, weightText };
}

/** One row from `top`: a number on the scale, or a finding in words marked by its direction. */
export function rowMark(row: ForestRow, ctx: RowContext, top: number): RowMark {
  const { g, axis } = ctx;
  const v = numbersOf(row);
  const notes: DerivationNote[] = [...(row.ciDerivation ? [row.ciDerivation] : []), ...(row.derivations ?? [])];
  const { labelItems, valueItems, weightText } = rowWords(row, v, notes, ctx);

  let lines: TextLine[];
  let cy: number;
  let height: number;
  let segment: NullSegment | undefined;
  if (ctx.narrow) {
    const words = stack([...labelItems, ...valueItems], g.label.x, g.label.width, top);
    lines = words.lines;
    cy = top + words.height + STRIP / 2;
    height = words.height + STRIP + 10;
    segment = { y1: round2(top + words.height + 1), y2: round2(top + words.height + STRIP - 1) };
  } else {
    const left = stack(labelItems, g.label.x, g.label.width, top);
    const right = stack(valueItems, g.value.x, g.value.width, top);
    lines = [...left.lines, ...right.lines, ...(weightText ? [{ text: weightText, x: g.weight!.x, y: right.lines[0]!.y, anchor: 'end' as const, role: 'value' as const }] : [])];
    cy = top + 8.5;
    height = Math.max(left.height, right.height) + 7;
  }
  const bottom = top + height;
  const base = { key: row.key, top: round2(top), height: round2(height), cy: round2(cy), lines, notes };
  const withSegment = segment ? { segment } : {};
  if (!v) return { row: { ...base, directionMark: directionMark(row.direction, ctx.orientation, axis.x(axis.nullValue), g, cy) }, ...withSegment, bottom };

  const hasCi = v.ciLow !== undefined;
  const at = clampToAxis(axis, v.estimate);
  const cx = axis.x(at.value);
  const marker: Marker = hasCi ? { kind: 'square', cx, cy: round2(cy), size: ctx.squareSize(row) } : { kind: 'hollow', cx, cy: round2(cy), r: HOLLOW_R };
  const layout: RowLayout = {
    ...base,
    shown: v,
    marker,
    ...(hasCi ? { whisker: { ...whiskerMark(axis, v.ciLow!, v.ciHigh!, cy), approximate: row.ciDerivation?.approximate ?? false } } : {}),
    ...(at.beyond ? { beyondAxis: at.beyond } : {}),
  };
  return { row: layout, ...withSegment, bottom };
}
