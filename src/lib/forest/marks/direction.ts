/**
 * The direction mark: a finding reported without a number, drawn by which way
 * it points and nothing more. Favouring one side: a short arrow from the
 * no-effect line towards that side. No clear difference: a dot on the line
 * (the site's tables mark it "●"). Mixed: a two-headed arrow across it.
 * Unclear: "?" on it. The arrow's length
 * is the same for every row, so it cannot be read as a size; the row's words
 * ("Stated: …", "Our reading: …") and the legend say the same in words.
 */
import type { Direction } from '../../direction.ts';
import type { Orientation } from '../orient.ts';
import { round2 } from '../scale.ts';
import type { DirectionMark, Geometry } from './types.ts';

/** Longest arrow, and the gap left between the no-effect line and its tail. */
const ARROW = { length: 34, gap: 3 } as const;

export function directionMark(direction: Direction, orientation: Orientation, nullX: number, g: Geometry, cy: number): DirectionMark {
  const y = round2(cy);
  if (direction === 'no-difference' || direction === 'unclear') return { direction, x1: nullX, x2: nullX, y };
  // Room on each side of the line; the axis's minimum span (scale.ts) keeps the line off the plot's edges.
  const room = { left: nullX - g.plot.x0, right: g.plot.x1 - nullX };
  const length = (side: 'left' | 'right') => Math.max(12, Math.min(ARROW.length, room[side] - 2));
  if (direction === 'mixed') {
    const half = Math.min(length('left'), length('right'));
    return { direction, x1: round2(nullX - half), x2: round2(nullX + half), y };
  }
  const favoured = orientation.benefitSide;
  const side = direction === 'benefit' ? favoured : favoured === 'left' ? 'right' : 'left';
  const sign = side === 'right' ? 1 : -1;
  return { direction, x1: round2(nullX + sign * ARROW.gap), x2: round2(nullX + sign * length(side)), y };
}
