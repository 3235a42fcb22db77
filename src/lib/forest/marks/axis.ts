/**
 * The axis mark: the line under the plot, a tick at each of the scale's
 * ticks, and their labels, placed from the null line outwards and skipping
 * any that would touch one already placed. Also its repeat above the rows
 * (axisRepeatMark), for plots whose rows run long.
 */
import { formatTick } from '../../format.ts';
import type { Orientation } from '../orient.ts';
import { round2, type Axis } from '../scale.ts';
import { textWidth } from '../text.ts';
import { favoursMark } from './favours.ts';
import { SIZE } from './frame.ts';
import type { AxisRepeat, Geometry, TextLine, Tick } from './types.ts';

export interface AxisMark {
  readonly line: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly ticks: Tick[];
  readonly labels: TextLine[];
}

/** The tick values whose labels fit, nearest the null line first. */
function labelledTicks(ticks: readonly Tick[], nullX: number): Set<number> {
  const placed: { x0: number; x1: number }[] = [];
  const labelled = new Set<number>();
  const byDistance = [...ticks].sort((a, b) => Math.abs(a.x - nullX) - Math.abs(b.x - nullX) || a.x - b.x);
  for (const t of byDistance) {
    const half = textWidth(formatTick(t.value), SIZE.tick) / 2;
    if (placed.every((p) => t.x + half + 3 < p.x0 || t.x - half - 3 > p.x1)) {
      placed.push({ x0: t.x - half, x1: t.x + half });
      labelled.add(t.value);
    }
  }
  return labelled;
}

export function axisMark(axis: Axis, g: Geometry, y: number): AxisMark {
  const ticks = axis.ticks.map((value) => ({ value, x: axis.x(value), y1: y, y2: round2(y + 5) }));
  const labelled = labelledTicks(ticks, axis.x(axis.nullValue));
  const labels: TextLine[] = ticks.filter((t) => labelled.has(t.value)).map((t) => ({ text: formatTick(t.value), x: t.x, y: round2(y + 18), anchor: 'middle', role: 'tick' }));
  return { line: { x1: g.plot.x0, x2: g.plot.x1, y }, ticks, labels };
}

/**
 * The axis again, from `top` down: favours labels, tick labels, then the line
 * with its ticks pointing down at the rows it sits above.
 */
export function axisRepeatMark(axis: Axis, orientation: Orientation, g: Geometry, top: number): AxisRepeat & { bottom: number } {
  const favours = favoursMark(orientation, axis.x(axis.nullValue), g, top + 12);
  const labelY = favours.bottom + 16;
  const y = round2(labelY + 6);
  const ticks = axis.ticks.map((value) => ({ value, x: axis.x(value), y1: y, y2: round2(y + 5) }));
  const labelled = labelledTicks(ticks, axis.x(axis.nullValue));
  const labels: TextLine[] = ticks.filter((t) => labelled.has(t.value)).map((t) => ({ text: formatTick(t.value), x: t.x, y: round2(labelY), anchor: 'middle', role: 'tick' }));
  return { top: round2(top), line: { x1: g.plot.x0, x2: g.plot.x1, y }, ticks, text: [...favours.lines, ...labels], bottom: y + 8 };
}
