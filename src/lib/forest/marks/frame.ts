/**
 * What every mark shares: the column areas of each variant, the type sizes,
 * and stacking wrapped text downwards from a given top.
 */
import { round2 } from '../scale.ts';
import { wrap } from '../text.ts';
import type { Geometry, TextLine, TextRole, Variant } from './types.ts';

export const SIZE = { main: 13, small: 11.5, tick: 12 } as const;
const LINE = { main: 17, small: 15 } as const;
/** Height of the plot strip under each row's words in the narrow variant. */
export const STRIP = 22;

export function geometry(variant: Variant, hasWeights: boolean): Geometry {
  if (variant === 'narrow') {
    return { width: 320, label: { x: 8, width: 304 }, plot: { x0: 20, x1: 300 }, value: { x: 8, width: 304 } };
  }
  return {
    width: 760,
    label: { x: 8, width: 262 },
    plot: { x0: 290, x1: 540 },
    value: { x: 556, width: hasWeights ? 140 : 196 },
    ...(hasWeights ? { weight: { x: 752 } } : {}),
  };
}

export interface TextItem {
  readonly text: string;
  readonly role: TextRole;
  readonly size: number;
  readonly bold?: boolean;
}

/** Stacks wrapped text lines from `top`, returning them and the height used. */
export function stack(items: readonly TextItem[], x: number, width: number, top: number, anchor: 'start' | 'end' = 'start'): { lines: TextLine[]; height: number } {
  const lines: TextLine[] = [];
  let y = top;
  for (const item of items) {
    const lineHeight = item.size === SIZE.main ? LINE.main : LINE.small;
    for (const text of wrap(item.text, width, item.size, item.bold)) {
      y += lineHeight;
      lines.push({ text, x, y: round2(y - 4), anchor, role: item.role });
    }
  }
  return { lines, height: y - top };
}
