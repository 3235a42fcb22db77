/**
 * The favours labels under the axis ("← Favours intervention", "Favours
 * comparison →"), on the sides the orientation gives, and the axis title
 * under them.
 */
import type { Orientation } from '../orient.ts';
import { round2 } from '../scale.ts';
import { textWidth } from '../text.ts';
import { SIZE, stack } from './frame.ts';
import type { Geometry, TextLine } from './types.ts';

/** Beside the null line if both fit there; else at the two ends of the line; else on two lines. `y` is the first line's baseline. */
export function favoursMark(orientation: Orientation, nullX: number, g: Geometry, y: number): { lines: TextLine[]; bottom: number } {
  const benefitLeft = orientation.benefitSide === 'left';
  const leftText = `← Favours ${benefitLeft ? 'intervention' : 'comparison'}`;
  const rightText = `Favours ${benefitLeft ? 'comparison' : 'intervention'} →`;
  const minX = g.label.x;
  const maxX = g.width - 8;
  const leftWidth = textWidth(leftText, SIZE.tick);
  const rightWidth = textWidth(rightText, SIZE.tick);
  let left = { x: Math.max(nullX - 6, minX + leftWidth), anchor: 'end' as 'start' | 'end' };
  let right = { x: Math.min(nullX + 6, maxX - rightWidth), anchor: 'start' as 'start' | 'end' };
  let twoLines = false;
  if (left.x > right.x - 4) {
    if (leftWidth + rightWidth + 12 <= maxX - minX) {
      left = { x: minX, anchor: 'start' };
      right = { x: maxX, anchor: 'end' };
    } else twoLines = true;
  }
  return {
    lines: [
      { text: leftText, x: round2(left.x), y: round2(y), anchor: left.anchor, role: benefitLeft ? 'favours-benefit' : 'favours-comparison' },
      { text: rightText, x: round2(right.x), y: round2(twoLines ? y + 16 : y), anchor: right.anchor, role: benefitLeft ? 'favours-comparison' : 'favours-benefit' },
    ],
    bottom: y + (twoLines ? 16 : 0),
  };
}

/** What the axis measures, centred under the plot (wide) or the whole width (narrow). */
export function axisTitleMark(title: string, g: Geometry, narrow: boolean, top: number): TextLine[] {
  const centre = narrow ? g.width / 2 : (g.plot.x0 + g.plot.x1) / 2;
  return stack([{ text: title, role: 'axis-title', size: SIZE.small }], round2(centre), narrow ? g.label.width : g.width - 16, top).lines.map((t) => ({ ...t, anchor: 'middle' as const }));
}
