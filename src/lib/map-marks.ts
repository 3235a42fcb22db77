/**
 * The evidence map's marks, drawn at build time as SVG: a shape per direction
 * (so meaning never rides on colour alone), an area that grows with the number
 * of reviews and trials in the cell, and a hollow mark where any result rests
 * on our reading. Pure: returns path strings, rounded, as d3-shape would.
 */
import type { Direction } from './direction.ts';
import { directionSymbols } from './direction.ts';
import { directionLabels } from './labels.ts';

/** The drawing box of one mark, in px (square). */
export const markBox = 24;
const maxRadius = markBox / 2 - 1.5;
const minRadius = 4;

/** Radius for a count of reviews and trials: area in proportion to the count, so 4 reads as four times 1; capped to the cell. */
export function markRadius(count: number): number {
  if (count <= 0) return 0;
  return Math.min(maxRadius, Math.round(minRadius * Math.sqrt(count) * 10) / 10);
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The path of a mark centred in the box: ▲ benefit, ▼ harm, ● no difference, ◆ mixed, ■ unclear. */
export function markPath(direction: Direction, radius: number): string {
  const c = markBox / 2;
  switch (direction) {
    case 'benefit':
      return `M${r1(c)},${r1(c - radius)}L${r1(c + radius)},${r1(c + radius * 0.8)}L${r1(c - radius)},${r1(c + radius * 0.8)}Z`;
    case 'harm':
      return `M${r1(c)},${r1(c + radius)}L${r1(c + radius)},${r1(c - radius * 0.8)}L${r1(c - radius)},${r1(c - radius * 0.8)}Z`;
    case 'mixed':
      return `M${r1(c)},${r1(c - radius)}L${r1(c + radius)},${r1(c)}L${r1(c)},${r1(c + radius)}L${r1(c - radius)},${r1(c)}Z`;
    case 'unclear': {
      const h = radius * 0.8;
      return `M${r1(c - h)},${r1(c - h)}H${r1(c + h)}V${r1(c + h)}H${r1(c - h)}Z`;
    }
    case 'no-difference':
      return `M${r1(c - radius)},${r1(c)}A${r1(radius)},${r1(radius)} 0 1,0 ${r1(c + radius)},${r1(c)}A${r1(radius)},${r1(radius)} 0 1,0 ${r1(c - radius)},${r1(c)}Z`;
  }
}

export interface Mark {
  direction: Direction;
  path: string;
  /** Hollow where any result in the cell rests on our reading. */
  hollow: boolean;
  /** What a screen reader (and a tooltip) says: direction, count, our reading. */
  label: string;
}

export function cellMark(direction: Direction, reviews: number, trials: number, ourReading: boolean): Mark {
  const count = reviews + trials;
  const counted = [reviews > 0 && `${reviews} ${reviews === 1 ? 'review' : 'reviews'}`, trials > 0 && `${trials} ${trials === 1 ? 'trial' : 'trials'}`].filter(Boolean).join(', ');
  return {
    direction,
    path: markPath(direction, markRadius(count)),
    hollow: ourReading,
    label: `${directionLabels[direction]} (${directionSymbols[direction]}), ${counted}${ourReading ? '; partly our reading' : ''}`,
  };
}

/** The legend: each direction's shape and words, and what size and hollowness mean. */
export const legendDirections: readonly Direction[] = ['benefit', 'no-difference', 'harm', 'mixed', 'unclear'];
export const legendSizes: readonly number[] = [1, 2, 4];
