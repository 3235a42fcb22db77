/**
 * Which side of an axis means benefit. Numbers are drawn as reported, never
 * turned round (no 1 ÷ OR, no flipped sign), so the side follows the one
 * betterWhen its rows share: higher-better puts "Favours intervention" on
 * the right, lower-better on the left (as Cochrane draws an odds ratio of a
 * bad outcome). Rows that disagree belong in separate panels (panels.ts
 * splits them); a panel that mixes them is refused rather than drawn.
 */
import type { BetterWhen, ForestRow, ForestSummary } from './types.ts';

export interface Orientation {
  /** The side of the null line where the intervention does better. */
  readonly benefitSide: 'left' | 'right';
}

export function orientationOf(rows: readonly Pick<ForestRow, 'key' | 'estimate' | 'betterWhen'>[], summary?: Pick<ForestSummary, 'betterWhen'>): Orientation {
  const kinds = new Set<BetterWhen>();
  for (const row of rows) if (row.estimate !== undefined && row.betterWhen !== undefined) kinds.add(row.betterWhen);
  if (summary) kinds.add(summary.betterWhen);
  if (kinds.size > 1) {
    const lower = rows.filter((r) => r.estimate !== undefined && r.betterWhen === 'lower').map((r) => r.key);
    throw new Error(
      `a forest panel mixes rows where higher is better with rows where lower is better (lower: ${lower.join(', ')}); ` +
        'give each its own panel, since one axis has one "favours" side and a number is never transformed to share it',
    );
  }
  return { benefitSide: kinds.has('lower') ? 'left' : 'right' };
}
