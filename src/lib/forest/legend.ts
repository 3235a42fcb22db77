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
  if (rows.some((r) => r.whisker?.arrowLeft || r.whisker?.arrowRight || r.beyondAxis) || layout.summary?.prediction?.arrowLeft || layout.summary?.prediction?.arrowRight) parts.push('an arrow means the interval runs past the axis');
  if (rows.some((r) => !r.marker)) parts.push('rows without a mark are findings reported in words only');
  if (layout.summary) parts.push(`the diamond is the pooled estimate, its width the 95% CI${layout.summary.prediction ? ', and the line under it the 95% prediction interval' : ''}`);
  if (layout.orientation.mixed) parts.push('results where lower is better are turned round so that right means benefit for every row');
  if (parts.length === 0) return '';
  const text = listInProse(parts);
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
