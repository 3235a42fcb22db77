/**
 * The heading over the findings reported without a number. They sit below
 * the axis, apart from the rows it measures: their marks say which way each
 * points, not where on the scale, and on a phone their words would otherwise
 * push the axis a screen or more away from the numbers above them.
 */
import { round2 } from '../scale.ts';
import { SIZE, stack } from './frame.ts';
import type { Geometry, Rule, TextLine } from './types.ts';

const WORDS_ONLY_HEADING = 'Reported without a number, so not on the scale above: each mark shows only which way the finding points';

export function wordsOnlyHeadingMark(g: Geometry, top: number): { lines: TextLine[]; rule: Rule; bottom: number } {
  const rule = { x1: 0, x2: g.width, y: round2(top) };
  const heading = stack([{ text: WORDS_ONLY_HEADING, role: 'heading', size: SIZE.tick, bold: true }], g.label.x, g.width - 16, top + 2);
  return { lines: heading.lines, rule, bottom: top + 2 + heading.height + 6 };
}
