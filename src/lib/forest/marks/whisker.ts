/** A confidence or prediction interval as a horizontal line, clamped to the axis, with arrows where it runs past it. */
import { clampToAxis, round2, type Axis } from '../scale.ts';
import type { Whisker } from './types.ts';

export function whiskerMark(axis: Axis, low: number, high: number, y: number): Whisker {
  const a = clampToAxis(axis, low);
  const b = clampToAxis(axis, high);
  return { x1: axis.x(a.value), x2: axis.x(b.value), y: round2(y), arrowLeft: a.beyond === 'left' || b.beyond === 'left', arrowRight: a.beyond === 'right' || b.beyond === 'right' };
}
