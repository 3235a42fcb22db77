/**
 * The legend: how to read the marks a layout actually drew, in words (meaning
 * never rides on colour or shape alone). Text after layout, as describe.ts is
 * text before it.
 */
import { listInProse } from '../format.ts';
import type { ForestLayout } from './marks/types.ts';

/** How to read the marks actually drawn, in words (meaning never rides on colour or shape alone). */
export function legendFor(layout: ForestLayout): string {
  const rows = layout.rows;
  const parts: string[] = [];
  const squares = rows.some((r) => r.marker?.kind === 'square');
  if (squares) parts.push(`squares are estimates with their 95% CI as a line${layout.panel.rows.some((r) => r.weight !== undefined) ? ', sized by weight' : ''}`);
  if (rows.some((r) => r.whisker?.approximate)) parts.push('dashed lines are approximate CIs we derived from a p-value');
  if (rows.some((r) => r.marker?.kind === 'hollow')) parts.push('hollow circles are estimates reported without a CI');
  if (rows.some((r) => r.whisker?.arrowLeft || r.whisker?.arrowRight || r.beyondAxis) || layout.summary?.prediction?.arrowLeft || layout.summary?.prediction?.arrowRight) parts.push('an arrowhead at the end of a line means the interval runs past the axis');
  if (layout.summary) parts.push(`the diamond is the pooled estimate, its width the 95% CI${layout.summary.prediction ? ', and the line under it the 95% prediction interval' : ''}`);
  if (layout.axisRepeats.length > 0) parts.push('the axis is repeated above the rows so that one is always near');
  const drawn = new Set(rows.flatMap((r) => (r.directionMark ? [r.directionMark.direction] : [])));
  if (drawn.size > 0) {
    const marks = [
      ...(drawn.has('benefit') || drawn.has('harm') ? ['an arrow points to the side it favours (its length means nothing)'] : []),
      ...(drawn.has('no-difference') ? ['a dot on the no-effect line means no clear difference'] : []),
      ...(drawn.has('mixed') ? ['a two-headed arrow means mixed findings'] : []),
      ...(drawn.has('unclear') ? ['"?" means the direction is unclear'] : []),
    ];
    parts.push(`findings reported without a number are marked below the axis by direction only: ${marks.join('; ')}`);
  }
  if (parts.length === 0) return '';
  const text = listInProse(parts);
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
