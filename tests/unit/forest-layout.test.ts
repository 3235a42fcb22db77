// Forest plot geometry: where every mark sits, checked against the axis itself, not only snapshots.
import { describe, expect, it } from 'vitest';
import { ciFromP } from '../../src/lib/meta/index.ts';
import { buildAxis, layoutForest, orientationOf, type ForestLayout, type RowLayout } from '../../src/lib/forest/index.ts';
import { AXIS_REACH, axisRepeatsBefore } from '../../src/lib/forest/layout.ts';
import { round2 } from '../../src/lib/forest/scale.ts';
import { textWidth } from '../../src/lib/forest/text.ts';
import { forestSvg, forestTable, legendFor } from '../../src/lib/forest/index.ts';
import { bcgPanel, effectsPanel, fixtureEffect, fixtureEffects, pagePanels } from '../helpers/forest-fixtures.ts';
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
    const wright = pagePanels(fixtureEffects('wright')).map((p) => layoutForest(p));
    for (const layout of [layoutForest(bcgPanel()), ...wright]) {
      expect(layout.axis.ticks).toContain(1);
      for (const t of layout.axis.ticks) {
        const mantissa = Number((t / 10 ** Math.floor(Math.log10(t) + 1e-9)).toPrecision(6));
        expect([1, 2, 5]).toContain(mantissa);
      }
    }
    expect(wright.map((l) => l.axis.ticks)).toEqual([[0.5, 1, 2], [0.2, 0.5, 1, 2]]);
    expect(buildAxis('ratio', [0.39, 2.56], [0, 100]).ticks).toEqual([0.2, 0.5, 1, 2, 5]);
  });
  it('spaces reciprocal ratios equally about 1', () => {
    const axis = buildAxis('ratio', [0.2, 5], [0, 200]);
    expect(axis.x(1) - axis.x(0.5)).toBeCloseTo(axis.x(2) - axis.x(1), 1);
  });
});

describe('an axis never stretches a small effect to fill the panel', () => {
  const width = (a: { domain: readonly [number, number] }) => a.domain[1] - a.domain[0];
  it('shows at least a medium effect either side of no effect: d ±0.5, r ±0.3, ratios 0.5 to 2', () => {
    // Rounded out to whole ticks (d3's nice), so "at least".
    expect(buildAxis('standardised', [0.05, 0.1, 0.2], [0, 100]).domain).toEqual([-0.6, 0.6]);
    expect(buildAxis('standardised', [-0.02], [0, 100]).domain).toEqual([-0.6, 0.6]);
    expect(buildAxis('correlation', [0.23], [0, 100]).domain).toEqual([-0.3, 0.3]);
    expect(buildAxis('correlation', [-0.05, -0.02], [0, 100]).domain).toEqual([-0.3, 0.3]);
    expect(buildAxis('ratio', [1.2, 1.1, 1.3], [0, 100]).domain).toEqual([0.5, 2]);
    expect(buildAxis('ratio', [0.8], [0, 100]).domain).toEqual([0.5, 2]);
  });
  it('still widens for larger effects, and keeps the cap', () => {
    const g = buildAxis('standardised', [0.98, 0.53], [0, 100]);
    expect(g.domain[0]).toBeLessThanOrEqual(-0.5);
    expect(g.domain[1]).toBeGreaterThanOrEqual(0.98);
    expect(buildAxis('ratio', [0.39, 0.77], [0, 100]).domain).toEqual([0.2, 2]);
    expect(buildAxis('standardised', [-4, 5], [0, 100]).domain).toEqual([-3, 3]);
  });
  it('makes a raw mean difference axis symmetric about no effect, so no effect in instrument units fills it', () => {
    const axis = buildAxis('mean-difference', [-3.2, -5, -1.4], [0, 200]);
    expect(axis.domain[0]).toBe(-axis.domain[1]);
    expect(axis.domain[0]).toBeLessThanOrEqual(-5);
    expect(axis.x(0)).toBe(100);
  });
  it('leaves fixed limits alone', () => {
    expect(buildAxis('correlation', [0.23], [0, 100], [0, 0.25]).domain).toEqual([0, 0.25]);
  });
  it('r = 0.23 alone (VIPP-SD) sits well inside its panel, not at the right edge', () => {
    const panel = pagePanels([fixtureEffect({ id: 'vipp', metric: 'r', estimate: 0.23, betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'a test' } })])[0]!;
    for (const variant of ['wide', 'narrow'] as const) {
      const layout = layoutForest(panel, { variant });
      const { x0, x1 } = layout.columns.plot;
      const cx = layout.rows[0]!.marker!.cx;
      expect(layout.axis.domain).toEqual([-0.3, 0.3]);
      expect(x1 - cx, 'room to the right edge').toBeGreaterThanOrEqual(0.1 * (x1 - x0));
      expect(cx - layout.nullLine.x, 'distance from no effect').toBeLessThanOrEqual(0.4 * (x1 - x0));
      expect(layout.nullLine.x).toBe(round2((x0 + x1) / 2));
    }
    // A small d, too, stays in the inner part of its half-axis.
    const small = buildAxis('standardised', [0.2], [0, 100]);
    expect(small.x(0.2) - small.x(0)).toBeLessThanOrEqual(0.2 * 100);
    expect(width(small)).toBeCloseTo(1.2, 12);
  });
});

describe('on a long plot the axis is repeated, so every row with a number has one near it', () => {
  it('repeats nothing when the rows fit in one reach, else above the first row and wherever a run outgrows it', () => {
    expect([...axisRepeatsBefore([100, 100, 100], 480)]).toEqual([]);
    expect([...axisRepeatsBefore([100, 100, 100, 100, 100], 480)]).toEqual([0]);
    expect([...axisRepeatsBefore(Array(25).fill(100), 480)]).toEqual([0, 9, 18]);
    expect([...axisRepeatsBefore([1000, 50], 480)]).toEqual([0, 1]);
    // The repeated axis's own height counts in the span between two axis lines.
    expect([...axisRepeatsBefore(Array(25).fill(100), 480, 40)]).toEqual([0, 9, 18]);
    expect([...axisRepeatsBefore(Array(25).fill(100), 480, 70)]).toEqual([0, 8, 16, 24]);
  });
  for (const variant of ['wide', 'narrow'] as const) {
    it(`${variant}: no numbered row is further than the reach from an axis line`, () => {
      const panel = bcgPanel();
      const tall = { ...panel, rows: [1, 2, 3, 4].flatMap((n) => panel.rows.map((r) => ({ ...r, key: `${r.key}-${n}` }))) };
      const layout = layoutForest(tall, { variant });
      expect(layout.axisRepeats.length).toBeGreaterThan(1);
      const lines = [...layout.axisRepeats.map((a) => a.line.y), layout.axisLine.y];
      for (const row of layout.rows) {
        const above = lines.filter((y) => y <= row.top);
        const below = lines.filter((y) => y >= row.top + row.height);
        const nearest = Math.min(...above.map((y) => row.top - y), ...below.map((y) => y - row.top - row.height));
        expect(nearest, row.key).toBeLessThanOrEqual(AXIS_REACH);
      }
      // The same axis each time: ticks at the same places, with their labels and the favours labels.
      for (const a of layout.axisRepeats) {
        expect(a.ticks.map((t) => t.x)).toEqual(layout.ticks.map((t) => t.x));
        expect(a.ticks.every((t) => t.y1 === a.line.y && t.y2 > t.y1)).toBe(true);
        const words = a.text.map((t) => t.text);
        expect(words).toContain('← Favours intervention');
        expect(words).toContain('1');
      }
      expect(legendFor(layout)).toContain('the axis is repeated above the rows');
      expect(forestSvg(layout, 't').match(/<g class="f-axis f-axis-repeat">/g)).toHaveLength(layout.axisRepeats.length);
      if (variant === 'wide') {
        // The no-effect line starts under the first repeated axis, stops short of each later one's labels and starts again under it.
        expect(Math.min(...layout.nullLine.segments.map((s) => s.y1))).toBe(layout.axisRepeats[0]!.line.y);
        for (const a of layout.axisRepeats.slice(1)) {
          expect(layout.nullLine.segments.some((s) => s.y2 === a.top)).toBe(true);
          expect(layout.nullLine.segments.some((s) => s.y1 === a.line.y)).toBe(true);
        }
      }
    });
  }
  it('keeps short plots as they were: one axis, under the rows', () => {
    expect(layoutForest(effectsPanel('yaholkoski'), { variant: 'narrow' }).axisRepeats).toEqual([]);
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
  it('labels a finding without a number with its stated direction, and marks it by direction only, never on the scale', () => {
    const row = rowByKey(layout, 'child-attachment');
    expect(row.marker).toBeUndefined();
    expect(row.whisker).toBeUndefined();
    expect(row.shown).toBeUndefined();
    expect(texts(row)).toContain('No number reported');
    expect(texts(row)).toContain('Stated: no clear difference');
    expect(row.directionMark).toEqual({ direction: 'no-difference', x1: layout.nullLine.x, x2: layout.nullLine.x, y: row.cy });
  });
});

describe('findings without a number: a visible mark for their direction, below the axis', () => {
  const words = (id: string, direction: string, outcome = 'disorganised-attachment', ours = false) =>
    fixtureEffect({ id, outcome, direction, directionBasis: ours ? { reading: 'ours', why: 'a test' } : { quote: 'as stated' } });
  const wordsOnly = [words('w-benefit', 'benefit'), words('w-harm', 'harm', 'disorganised-attachment', true), words('w-none', 'no-difference'), words('w-mixed', 'mixed')];
  // They join the panel holding a number for the same outcome: the lower-better one (OR 0.54), whose benefit side is the left.
  const [higherPanel, lowerPanel] = pagePanels([...fixtureEffects('wright'), ...wordsOnly]);
  const key = (id: string) => `fixture-review--${id}`;
  for (const variant of ['wide', 'narrow'] as const) {
    describe(variant, () => {
      const lower = layoutForest(lowerPanel!, { variant });
      const higher = layoutForest({ ...higherPanel!, rows: [...higherPanel!.rows, ...lowerPanel!.rows.filter((r) => r.estimate === undefined)] }, { variant });
      it('sits below the axis and its title, after every row with a number', () => {
        const last = lower.axisText.at(-1)!.y;
        for (const id of ['w-benefit', 'w-harm', 'w-none', 'w-mixed']) expect(rowByKey(lower, key(id)).top).toBeGreaterThan(last);
        expect(rowByKey(lower, key('disorganised-attachment')).top).toBeLessThan(lower.axisLine.y);
        expect(lower.wordsOnly!.top).toBeGreaterThan(last);
        expect(lower.wordsOnly!.lines.map((l) => l.text).join(' ')).toBe('Reported without a number, so not on the scale above: each mark shows only which way the finding points');
        expect(lower.height).toBeGreaterThan(rowByKey(lower, key('w-mixed')).top + rowByKey(lower, key('w-mixed')).height - 1);
      });
      it('points an arrow from the no-effect line to the side it favours, by the panel\'s own favours labels', () => {
        const nullX = lower.nullLine.x;
        const benefit = rowByKey(lower, key('w-benefit')).directionMark!;
        const harm = rowByKey(lower, key('w-harm')).directionMark!;
        // Lower is better here, so "Favours intervention" is on the left.
        expect(benefit.x1).toBeLessThan(nullX);
        expect(benefit.x2).toBeLessThan(benefit.x1);
        expect(harm.x1).toBeGreaterThan(nullX);
        expect(harm.x2).toBeGreaterThan(harm.x1);
        // And the other way round where higher is better.
        expect(rowByKey(higher, key('w-benefit')).directionMark!.x2).toBeGreaterThan(higher.nullLine.x);
        expect(rowByKey(higher, key('w-harm')).directionMark!.x2).toBeLessThan(higher.nullLine.x);
        // Every arrow has the same length: it says which way, not how far.
        expect(Math.abs(benefit.x2 - benefit.x1)).toBe(Math.abs(harm.x2 - harm.x1));
        for (const r of lower.rows.filter((x) => x.directionMark)) {
          expect(r.directionMark!.y).toBe(r.cy);
          expect(Math.min(r.directionMark!.x1, r.directionMark!.x2)).toBeGreaterThanOrEqual(lower.columns.plot.x0);
          expect(Math.max(r.directionMark!.x1, r.directionMark!.x2)).toBeLessThanOrEqual(lower.columns.plot.x1);
        }
      });
      it('puts "no difference" on the no-effect line and a mixed finding across it', () => {
        expect(rowByKey(lower, key('w-none')).directionMark).toMatchObject({ x1: lower.nullLine.x, x2: lower.nullLine.x });
        const mixed = rowByKey(lower, key('w-mixed')).directionMark!;
        expect(mixed.x1).toBeLessThan(lower.nullLine.x);
        expect(mixed.x2).toBeGreaterThan(lower.nullLine.x);
        expect(lower.nullLine.x - mixed.x1).toBe(mixed.x2 - lower.nullLine.x);
      });
      it('keeps saying in words whose direction it is', () => {
        expect(texts(rowByKey(lower, key('w-benefit')))).toContain('Stated: favours the intervention');
        expect(texts(rowByKey(lower, key('w-harm')))).toContain('Our reading: favours the comparison');
      });
      it('draws the no-effect line through the marks and never through words', () => {
        const x = lower.nullLine.x;
        const crossing = [...lower.rows.flatMap((r) => r.lines), ...lower.wordsOnly!.lines].filter((line) => {
          const w = textWidth(line.text, line.role === 'label' ? 13 : 12, line.role === 'label' || line.role === 'heading');
          const [from, to] = line.anchor === 'start' ? [line.x, line.x + w] : line.anchor === 'end' ? [line.x - w, line.x] : [line.x - w / 2, line.x + w / 2];
          return from <= x && to >= x;
        });
        if (variant === 'narrow') expect(crossing.length).toBeGreaterThan(0);
        for (const seg of lower.nullLine.segments) {
          for (const line of crossing) expect(line.y < seg.y1 || line.y - 10 > seg.y2, `${line.text} crosses the null line`).toBe(true);
        }
        for (const r of lower.rows.filter((x) => x.directionMark)) expect(lower.nullLine.segments.some((seg) => seg.y1 <= r.cy && seg.y2 >= r.cy)).toBe(true);
      });
    });
  }
  it('is described in the SVG <desc>, the legend and the table', () => {
    const lower = layoutForest(lowerPanel!);
    expect(lower.description).toBe(
      '1 result in Odds ratio: 1 favours the intervention; 4 further findings are reported without a number and marked below the axis by direction only: 1 favours the intervention, 1 shows no clear difference, 1 favours the comparison and 1 is mixed (1 of these directions is our reading).',
    );
    expect(legendFor(lower)).toContain(
      'findings reported without a number are marked below the axis by direction only: an arrow points to the side it favours (its length means nothing); a dot on the no-effect line means no clear difference; a two-headed arrow means mixed findings',
    );
    const table = forestTable(lower);
    expect(table.rows.find((r) => r.key === key('w-harm'))).toMatchObject({
      shown: 'No number reported: marked below the axis by its direction only (favours the comparison)',
      direction: 'Favours the comparison',
      reported: 'No number reported; our reading: favours the comparison',
    });
  });
  it('draws each direction with its own shape in the SVG, coloured only through classes', () => {
    const svg = forestSvg(layoutForest(lowerPanel!), 'w');
    const row = (id: string) => svg.split(`data-key="${key(id)}"`)[1]!.split('</g>')[0]!;
    expect(row('w-benefit')).toMatch(/<line class="f-direction f-dir-benefit"[^>]*\/><path class="f-direction f-dir-benefit" d="M[^"]+Z" fill="currentColor"\/>/);
    expect(row('w-harm')).toContain('class="f-direction f-dir-harm"');
    expect(row('w-none')).toMatch(/<circle class="f-direction f-dir-neutral" cx="[\d.]+" cy="[\d.]+" r="4.5" fill="currentColor"\/>/);
    expect(row('w-mixed').match(/<path class="f-direction f-dir-neutral"/g)).toHaveLength(2); // two heads
    expect(svg).not.toContain('no number reported</text>');
  });
});

describe('orientation: which side is benefit', () => {
  it('keeps numbers as reported and puts benefit on the left when every row is lower-better', () => {
    const layout = layoutForest(bcgPanel());
    expect(layout.orientation).toEqual({ benefitSide: 'left' });
    const benefit = layout.axisText.find((t) => t.role === 'favours-benefit')!;
    expect(benefit.text).toBe('← Favours intervention');
    expect(benefit.x).toBeLessThanOrEqual(layout.nullLine.x);
    expect(layout.axisText.find((t) => t.role === 'favours-comparison')!.text).toBe('Favours comparison →');
    expect(layout.rows[0]!.shown!.estimate).toBe(bcgPanel().rows[0]!.estimate);
  });
  it('puts benefit on the right when every row is higher-better', () => {
    const layout = layoutForest(effectsPanel('yaholkoski'));
    expect(layout.orientation).toEqual({ benefitSide: 'right' });
    expect(layout.axisText.find((t) => t.role === 'favours-benefit')!.text).toBe('Favours intervention →');
  });
  it('decides from numeric rows only', () => {
    expect(orientationOf([{ key: 'a', betterWhen: 'lower', estimate: 0.5 }, { key: 'b', betterWhen: 'higher' }])).toEqual({ benefitSide: 'left' });
  });
  it('refuses a panel that mixes higher-better and lower-better rows, rather than turn a number round', () => {
    const [higher, lower] = pagePanels(fixtureEffects('wright'));
    const mixed = { ...higher!, rows: [...higher!.rows, ...lower!.rows] };
    expect(() => layoutForest(mixed)).toThrow(/mixes rows where higher is better with rows where lower is better \(lower: fixture-review--disorganised-attachment\)/);
    expect(() => orientationOf(bcgPanel().rows, { betterWhen: 'higher' })).toThrow(/give each its own panel/);
  });
});

describe('a number is drawn as reported: Wright et al. 2023, OR 0.54 (lower is better) beside OR 1.85 (higher is better)', () => {
  const panels = pagePanels(fixtureEffects('wright'));
  const [higher, lower] = panels.map((p) => layoutForest(p));
  it('puts the two directions in separate panels, keys and titles unique and saying which way is better', () => {
    expect(panels.map((p) => p.key)).toEqual(['review-ratio-higher-better', 'review-ratio-lower-better']);
    expect(panels.map((p) => p.title)).toEqual([
      'Forest plot of effects in the fixture: Odds ratio (log scale), higher is better',
      'Forest plot of effects in the fixture: Odds ratio (log scale), lower is better',
    ]);
    expect(panels.map((p) => p.rows.map((r) => r.key))).toEqual([['fixture-review--secure-attachment'], ['fixture-review--disorganised-attachment']]);
  });
  it('plots OR 0.54 at x(0.54), left of the null line, under "Favours intervention" on the left', () => {
    const row = lower!.rows[0]!;
    expect(row.shown).toEqual({ estimate: 0.54, ciLow: 0.39, ciHigh: 0.77 });
    expect(row.marker!.cx).toBe(lower!.axis.x(0.54));
    expect(row.whisker).toMatchObject({ x1: lower!.axis.x(0.39), x2: lower!.axis.x(0.77) });
    expect(row.marker!.cx).toBeLessThan(lower!.nullLine.x);
    expect(lower!.orientation.benefitSide).toBe('left');
    const benefit = lower!.axisText.find((t) => t.role === 'favours-benefit')!;
    expect(benefit.text).toBe('← Favours intervention');
    expect(benefit.x).toBeLessThanOrEqual(lower!.nullLine.x);
    expect(texts(row)).toContain('0.54 [0.39, 0.77]');
    expect(texts(row)).not.toMatch(/1 ÷|1\.85|turned|flipped/);
    expect(row.notes).toEqual([]);
  });
  it('plots OR 1.85 at x(1.85), right of the null line, under "Favours intervention" on the right', () => {
    const row = higher!.rows[0]!;
    expect(row.shown!.estimate).toBe(1.85);
    expect(row.marker!.cx).toBe(higher!.axis.x(1.85));
    expect(row.marker!.cx).toBeGreaterThan(higher!.nullLine.x);
    expect(higher!.axisText.find((t) => t.role === 'favours-benefit')!.text).toBe('Favours intervention →');
  });
  it('says in words, in the table, what was reported and drawn: the same numbers', () => {
    const table = forestTable(lower!);
    expect(table.rows[0]).toMatchObject({ reported: 'OR = 0.54 [0.39, 0.77]', shown: '0.54 [0.39, 0.77]', notes: [] });
    expect(lower!.description).toContain('1 result in Odds ratio: 1 favours the intervention');
  });
  it('keeps one panel (and its plain key) for a family whose rows agree', () => {
    const secure = fixtureEffects('wright').filter((e) => e.betterWhen === 'higher');
    expect(pagePanels(secure).map((p) => [p.key, p.title])).toEqual([['review-ratio', 'Forest plot of effects in the fixture: Odds ratio (log scale)']]);
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
    for (const panel of [bcgPanel(), effectsPanel('yaholkoski'), ...pagePanels(fixtureEffects('wright'))]) {
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
