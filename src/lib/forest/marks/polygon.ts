import { curveLinearClosed, line } from 'd3-shape';

/** A closed polygon through the given points as an SVG path string (d3-shape with no context returns the string), rounded to 0.01 px. */
export function polygon(points: readonly (readonly [number, number])[]): string {
  return closed(points as [number, number][])!;
}

const closed = line().curve(curveLinearClosed).digits(2);
