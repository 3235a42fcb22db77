// Forest plot geometry: where every mark sits, checked against the axis itself, not only snapshots.
import { describe, expect, it } from 'vitest';
import { ciFromP } from '../../src/lib/meta/index.ts';
import { buildAxis, layoutForest, orientationOf, type ForestLayout, type RowLayout } from '../../src/lib/forest/index.ts';
import { textWidth } from '../../src/lib/forest/text.ts';
import { bcgPanel, effectsPanel } from '../helpers/forest-fixtures.ts';
import type { Effect } from '../../src/schemas/effect.ts';

const rowByKey = (layout: ForestLayout, key: string): RowLayout => layout.rows.find((r) => r.key === key)!;
const texts = (row: RowLayout) => row.lines.map((l) => l.text).join(' ');

describe('markers and whiskers sit where the axis puts the numbers', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    it(`${variant}: square centre at x(estimate), whisker ends at x(ciLow) and x(ciHigh)`, () => {
      const layout = layoutForest(bcgPanel(), { variant });
      expect(layout.rows).toHaveLength(13);
      for (const row of layout.rows) {
        expect(row.marker?.kind).toBe('square');
        expect(row.marker!.cx).toBe(layout.axis.x(row.shown!.estimate));
        expect(row.whisker!.x1).toBe(layout.axis.x(row.shown!.ciLow!));
        expect(row.whisker!.x2).toBe(layout.axis.x(row.shown!.ciHigh!));
        expect(row.whisker!.y).toBe(row.marker!.cy);
        expect(row.whisker!.arrowLeft || row.whisker!.arrowRight).toBe(false);
      }
    });
  }
  it('keeps every mark inside the plot area', () => {
    const layout = layoutForest(bcgPanel());
    for (const row of layout.rows) {
      expect(row.whisker!.x1).toBeGreaterThanOrEqual(layout.columns.plot.x0);
      expect(row.whisker!.x2).toBeLessThanOrEqual(layout.columns.plot.x1);
    }
  });
  it('sizes squares by sqrt(weight) into a small range; a fixed size when weights are unknown', () => {
    const layout = layoutForest(bcgPanel());
    const panel = bcgPanel();
    const sized = panel.rows.map((r, i) => ({ w: r.weight!, size: (layout.rows[i]!.marker as { size: number }).size }));
    const sorted = [...sized].sort((a, b) => a.w - b.w);
    expect(sorted[0]!.size).toBe(5);
    expect(sorted.at(-1)!.size).toBe(15);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.size).toBeGreaterThanOrEqual(sorted[i - 1]!.size);
    // sqrt scaling: the size grows linearly in sqrt(weight)
    const [a, b, c] = [sorted[0]!, sorted[6]!, sorted.at(-1)!];
    expect((b.size - a.size) / (c.size - a.size)).toBeCloseTo((Math.sqrt(b.w) - Math.sqrt(a.w)) / (Math.sqrt(c.w) - Math.sqrt(a.w)), 2);
    const unweighted = layoutForest(effectsPanel('yaholkoski'));
    expect(rowByKey(unweighted, 'attachment-security').marker).toMatchObject({ kind: 'square', size: 9 });
  });
});

describe('the null line', () => {
  it('is at x(0) on a linear axis', () => {
    const layout = layoutForest(effectsPanel('yaholkoski'));
    expect(layout.axis.type).toBe('linear');
    expect(layout.nullLine.x).toBe(layout.axis.x(0));
    expect(layout.axis.ticks).toContain(0);
  });
  it('is at x(1) on a log axis for ratios, where a tick labelled 1 sits', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const layout = layoutForest(bcgPanel(), { variant });
      expect(layout.axis.type).toBe('log');
      expect(layout.nullLine.x).toBe(layout.axis.x(1));
      const one = layout.axisText.find((t) => t.role === 'tick' && t.text === '1')!;
      expect(one.x).toBe(layout.nullLine.x);
    }
  });
  it('runs from the first row to the axis (wide), and only through the plot strips (narrow), never through text', () => {
    const wide = layoutForest(bcgPanel());
    expect(wide.nullLine.segments).toHaveLength(1);
    expect(wide.nullLine.segments[0]!.y2).toBe(wide.axisLine.y);
    const narrow = layoutForest(bcgPanel(), { variant: 'narrow' });
    const lines = [...narrow.rows.flatMap((r) => r.lines), ...narrow.summary!.lines];
    for (const seg of narrow.nullLine.segments) {
      for (const line of lines) expect(line.y < seg.y1 || line.y - 10 > seg.y2, `${line.text} crosses the null line`).toBe(true);
    }
  });
});

describe('a log axis for ratios', () => {
  it('puts its ticks at ratio values (1, 2 and 5 times a power of ten), 1 included', () => {
    for (const layout of [layoutForest(bcgPanel()), layoutForest(effectsPanel('wright'))]) {
      expect(layout.axis.ticks).toContain(1);
      for (const t of layout.axis.ticks) {
        const mantissa = Number((t / 10 ** Math.floor(Math.log10(t) + 1e-9)).toPrecision(6));
        expect([1, 2, 5]).toContain(mantissa);
      }
    }
    expect(layoutForest(effectsPanel('wright')).axis.ticks).toEqual([1, 2, 5]);
    expect(buildAxis('ratio', [0.39, 2.56], [0, 100]).ticks).toEqual([0.2, 0.5, 1, 2, 5]);
  });
  it('spaces reciprocal ratios equally about 1', () => {
    const axis = buildAxis('ratio', [0.2, 5], [0, 200]);
    expect(axis.x(1) - axis.x(0.5)).toBeCloseTo(axis.x(2) - axis.x(1), 1);
  });
});

describe('arrows only where a CI runs past the axis', () => {
  it('clips whiskers to the axis limits and flags the side', () => {
    const panel = bcgPanel();
    const layout = layoutForest(panel, { limits: [0.1, 2] });
    expect(layout.axis.domain).toEqual([0.1, 2]);
    panel.rows.forEach((row, i) => {
      const w = layout.rows[i]!.whisker!;
      expect(w.arrowLeft, row.label).toBe(row.ciLow! < 0.1);
      expect(w.arrowRight, row.label).toBe(row.ciHigh! > 2);
      expect(w.x1).toBe(layout.axis.x(Math.max(row.ciLow!, 0.1)));
      expect(w.x2).toBe(layout.axis.x(Math.min(row.ciHigh!, 2)));
    });
    expect(layout.rows.some((r) => r.whisker!.arrowRight)).toBe(true);
    expect(layout.rows.some((r) => !r.whisker!.arrowLeft && !r.whisker!.arrowRight)).toBe(true);
  });
  it('caps a default axis so one very wide CI ends in an arrow', () => {
    const panel = effectsPanel('yaholkoski');
    const wide = { ...panel, rows: [...panel.rows, { ...panel.rows[0]!, key: 'wide-ci', ciDerivation: undefined, ciLow: -4, ciHigh: 5 } as (typeof panel.rows)[number]] };
    const layout = layoutForest(wide);
    expect(layout.axis.domain).toEqual([-3, 3]);
    const row = rowByKey(layout, 'wide-ci');
    expect(row.whisker).toMatchObject({ arrowLeft: true, arrowRight: true, x1: layout.columns.plot.x0, x2: layout.columns.plot.x1 });
    expect(rowByKey(layout, 'attachment-security').whisker).toMatchObject({ arrowLeft: false, arrowRight: false });
  });
});

describe('the pooled diamond', () => {
  it('spans the pooled CI, with its centre at the pooled estimate and the prediction interval below', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const panel = bcgPanel();
      const layout = layoutForest(panel, { variant });
      const s = panel.summary!;
      const d = layout.summary!.diamond;
      expect(d.left).toBe(layout.axis.x(s.ciLow));
      expect(d.right).toBe(layout.axis.x(s.ciHigh));
      expect(d.centre).toBe(layout.axis.x(s.estimate));
      expect(d.path).toBe(`M${d.left},${d.y}L${d.centre},${d.y - 7}L${d.right},${d.y}L${d.centre},${d.y + 7}Z`);
      const pi = layout.summary!.prediction!;
      expect(pi.x1).toBe(layout.axis.x(s.piLow!));
      expect(pi.x2).toBe(layout.axis.x(s.piHigh!));
      expect(pi.y).toBeGreaterThan(d.y);
    }
  });
  it('has no prediction interval for a fixed-effect model', () => {
    const panel = bcgPanel();
    const fixed = { ...panel, summary: { ...panel.summary!, piLow: undefined, piHigh: undefined, label: 'Fixed-effect model' } };
    expect(layoutForest(fixed).summary!.prediction).toBeUndefined();
  });
  it('reports heterogeneity and the test for the overall effect', () => {
    const text = layoutForest(bcgPanel()).summary!.lines.map((l) => l.text).join(' ');
    expect(text).toContain('Heterogeneity: τ² = 0.34; I² = 92%; Q = 163.16 (df = 12), p < .001');
    expect(text).toMatch(/Test for overall effect: z = −4\.01, p < \.001/);
  });
});

describe('rows without a CI, and findings without a number', () => {
  const layout = layoutForest(effectsPanel('yaholkoski'));
  it('draws an approximate CI from an exact p, from the engine, dashed and labelled', () => {
    const row = rowByKey(layout, 'attachment-security');
    const engine = ciFromP(0.65, 0.003);
    expect(row.shown).toEqual({ estimate: 0.65, ciLow: engine.value.ciLow, ciHigh: engine.value.ciHigh });
    expect(row.whisker).toMatchObject({ approximate: true, x1: layout.axis.x(engine.value.ciLow), x2: layout.axis.x(engine.value.ciHigh) });
    expect(texts(row)).toContain('approximate CI from p = .003');
    expect(texts(row)).toContain('0.65 [0.22, 1.08]');
    expect(row.notes[0]!.full).toContain(engine.derivation);
  });
  it('gives a hollow marker and "CI not reported" when there is only a p bound', () => {
    const row = rowByKey(layout, 'caregiver-depression');
    expect(row.marker).toMatchObject({ kind: 'hollow', cx: layout.axis.x(0.53) });
    expect(row.whisker).toBeUndefined();
    expect(texts(row)).toContain('CI not reported');
    expect(effectsPanel('yaholkoski').rows.find((r) => r.key === 'caregiver-depression')!.noCiReason).toMatch(/^No confidence interval can be calculated from p < \.001: the exact p-value is not reported\.$/);
  });
  it('labels a finding without a number, with its stated direction, and draws no marker', () => {
    const row = rowByKey(layout, 'child-attachment');
    expect(row.marker).toBeUndefined();
    expect(row.whisker).toBeUndefined();
    expect(row.shown).toBeUndefined();
    expect(texts(row)).toContain('No number reported');
    expect(texts(row)).toContain('Stated: no clear difference');
  });
});

describe('orientation: which side is benefit', () => {
  it('keeps numbers as reported and puts benefit on the left when every row is lower-better', () => {
    const layout = layoutForest(bcgPanel());
    expect(layout.orientation).toEqual({ benefitSide: 'left', mixed: false });
    const benefit = layout.axisText.find((t) => t.role === 'favours-benefit')!;
    expect(benefit.text).toBe('← Favours intervention');
    expect(benefit.x).toBeLessThanOrEqual(layout.nullLine.x);
    expect(layout.axisText.find((t) => t.role === 'favours-comparison')!.text).toBe('Favours comparison →');
    expect(layout.rows[0]!.shown!.estimate).toBe(bcgPanel().rows[0]!.estimate);
  });
  it('puts benefit on the right when every row is higher-better', () => {
    const layout = layoutForest(effectsPanel('yaholkoski'));
    expect(layout.orientation).toEqual({ benefitSide: 'right', mixed: false });
    expect(layout.axisText.find((t) => t.role === 'favours-benefit')!.text).toBe('Favours intervention →');
  });
  it('turns a lower-better OR round (1/OR, bounds swapped) when the axis also has a higher-better one, and says so', () => {
    const layout = layoutForest(effectsPanel('wright'));
    expect(layout.orientation).toEqual({ benefitSide: 'right', mixed: true });
    const row = rowByKey(layout, 'disorganised-attachment');
    expect(row.shown!.estimate).toBeCloseTo(1 / 0.54, 12);
    expect(row.shown!.ciLow).toBeCloseTo(1 / 0.77, 12);
    expect(row.shown!.ciHigh).toBeCloseTo(1 / 0.39, 12);
    expect(row.marker!.cx).toBe(layout.axis.x(1 / 0.54));
    expect(row.marker!.cx).toBeGreaterThan(layout.nullLine.x); // benefit, on the right
    expect(texts(row)).toContain('reported as OR 0.54 [0.39, 0.77], where lower is better; shown as 1 ÷ OR so right = benefit');
    const untouched = rowByKey(layout, 'secure-attachment');
    expect(untouched.shown!.estimate).toBe(1.85);
    expect(untouched.notes).toEqual([]);
  });
  it('flips the sign for a lower-better difference on a mixed axis', () => {
    const panel = effectsPanel('yaholkoski');
    const mixed = { ...panel, rows: panel.rows.map((r) => (r.key === 'caregiver-depression' ? { ...r, estimate: -0.53, betterWhen: 'lower' as const } : r)) };
    const layout = layoutForest(mixed);
    expect(layout.orientation.mixed).toBe(true);
    const row = rowByKey(layout, 'caregiver-depression');
    expect(row.shown!.estimate).toBe(0.53);
    expect(texts(row)).toContain('shown with its sign flipped so right = benefit');
  });
  it('decides from numeric rows only', () => {
    expect(orientationOf([{ betterWhen: 'lower', estimate: 0.5 }, { betterWhen: 'higher' }])).toEqual({ benefitSide: 'left', mixed: false });
  });
});

describe('output is deterministic and fits', () => {
  it('rounds every coordinate to 0.01 px', () => {
    const coordinates = new Set(['x', 'y', 'x0', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'size', 'r', 'top', 'height', 'width', 'left', 'right', 'centre']);
    const found: number[] = [];
    JSON.stringify([layoutForest(bcgPanel()), layoutForest(effectsPanel('yaholkoski'), { variant: 'narrow' })], (k, v) => {
      if (k === 'panel' || k === 'shown') return undefined;
      if (coordinates.has(k) && typeof v === 'number') found.push(v);
      return v;
    });
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter((n) => Math.round(n * 100) / 100 !== n)).toEqual([]);
  });
  it('keeps every narrow text line inside 320 px', () => {
    for (const panel of [bcgPanel(), effectsPanel('yaholkoski'), effectsPanel('wright')]) {
      const layout = layoutForest(panel, { variant: 'narrow' });
      expect(layout.width).toBe(320);
      const lines = [...layout.header, ...layout.rows.flatMap((r) => r.lines), ...(layout.summary?.lines ?? []), ...layout.axisText];
      for (const line of lines) {
        const w = textWidth(line.text, line.role === 'label' ? 13 : 12, line.role === 'label');
        const [from, to] = line.anchor === 'start' ? [line.x, line.x + w] : line.anchor === 'end' ? [line.x - w, line.x] : [line.x - w / 2, line.x + w / 2];
        expect(from, line.text).toBeGreaterThanOrEqual(0);
        expect(to, line.text).toBeLessThanOrEqual(320);
      }
    }
  });
});

describe('a finding without a number says whose direction it is', () => {
  it('"Stated" only when the source states it, "Our reading" otherwise', async () => {
    const { rowFromEffect, axisFamily } = await import('../../src/lib/forest/index.ts');
    const base = { id: 'e', interventions: [], outcome: { collection: 'outcomes', id: 'o' }, finding: 'f', source: { collection: 'sources', id: 's' }, record: 'effects on x', direction: 'benefit' } as unknown as Effect;
    const stated = rowFromEffect({ ...base, directionBasis: { record: 'improved x' } }, { key: 'a', label: 'A' });
    const ours = rowFromEffect({ ...base, directionBasis: { reading: 'ours', why: 'w' } }, { key: 'b', label: 'B' });
    expect(stated.directionIsOurs).toBeUndefined();
    expect(ours.directionIsOurs).toBe(true);
    const layout = layoutForest({ key: 'p', title: 'T', rowHeading: 'Outcome', family: axisFamily('g'), rows: [stated, ours] } as never);
    const notes = layout.rows.map((r) => r.lines.filter((l) => l.role === 'value-note').map((l) => l.text).join(' '));
    expect(notes).toEqual(['Stated: favours the intervention', 'Our reading: favours the intervention']);
  });
});
