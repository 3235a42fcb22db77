// The evidence map's marks: shape by direction, area by count, hollow for our reading.
import { describe, expect, it } from 'vitest';
import { cellMark, markBox, markPath, markRadius } from '../../src/lib/map-marks.ts';

describe('mark size', () => {
  it('area grows in proportion to the number of reviews and trials, within the cell', () => {
    const area = (n: number) => markRadius(n) ** 2;
    expect(area(4) / area(1)).toBeCloseTo(4, 1);
    expect(area(2) / area(1)).toBeCloseTo(2, 1);
    expect(markRadius(100)).toBeLessThanOrEqual(markBox / 2);
    expect(markRadius(0)).toBe(0);
  });
});

describe('mark shape', () => {
  it('each direction has its own shape, so colour is never the only signal', () => {
    // Outline commands: triangle (benefit, harm: told apart by which way they point, below), circle, diamond, square.
    const outline = (['benefit', 'no-difference', 'mixed', 'unclear'] as const).map((d) => markPath(d, 6).replace(/[\d.,\s-]+/g, '#'));
    expect(new Set(outline).size).toBe(4);
  });
  it('benefit points up and harm points down', () => {
    const firstY = (p: string) => Number(p.match(/^M[\d.]+,([\d.]+)/)![1]);
    expect(firstY(markPath('benefit', 6))).toBeLessThan(markBox / 2);
    expect(firstY(markPath('harm', 6))).toBeGreaterThan(markBox / 2);
  });
});

describe('mark label', () => {
  it('says the direction, the count and our reading in words', () => {
    expect(cellMark('benefit', 2, 1, true)).toMatchObject({ hollow: true, label: 'Favours the intervention (▲), 2 reviews, 1 trial; partly our reading' });
    expect(cellMark('no-difference', 0, 1, false).label).toBe('No clear difference (●), 1 trial');
  });
});
