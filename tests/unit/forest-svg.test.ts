// The SVG string: committed snapshots of three fixture plots, and byte-identical output for identical data.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { comparabilityStatement, forestSvg, forestTable, layoutForest, legendFor } from '../../src/lib/forest/index.ts';
import { bcgPanel, effectsPanel, fixtureEffect, fixtureEffects, pagePanels } from '../helpers/forest-fixtures.ts';

const svgOf = (panel: ReturnType<typeof bcgPanel>, variant: 'wide' | 'narrow', id: string) => forestSvg(layoutForest(panel, { variant }), id);

describe('forest plot SVG snapshots', () => {
  // Written on a developer's first run; under CI=true Vitest never writes them, so a missing file fails.
  it('study rows with a pooled diamond (BCG fixture, OR on a log axis, wide)', async () => {
    await expect(svgOf(bcgPanel(), 'wide', 'bcg')).toMatchFileSnapshot('./__snapshots__/forest-bcg-wide.svg');
  });
  it('reported effects with an approximate CI, hollow markers and a finding in words (narrow)', async () => {
    await expect(svgOf(effectsPanel('yaholkoski'), 'narrow', 'yaholkoski')).toMatchFileSnapshot('./__snapshots__/forest-yaholkoski-narrow.svg');
  });
  it('a lower-better odds ratio drawn as reported, in its own panel with benefit on the left (wide)', async () => {
    const lower = pagePanels(fixtureEffects('wright')).find((p) => p.key.endsWith('-lower-better'))!;
    await expect(svgOf(lower, 'wide', 'wright')).toMatchFileSnapshot('./__snapshots__/forest-wright-lower-wide.svg');
  });
});

describe('the SVG', () => {
  it('is byte-identical for identical data', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      expect(svgOf(bcgPanel(), variant, 'x')).toBe(svgOf(bcgPanel(), variant, 'x'));
      expect(svgOf(effectsPanel('yaholkoski'), variant, 'x')).toBe(svgOf(effectsPanel('yaholkoski'), variant, 'x'));
    }
  });
  it('is an image labelled by its title and a one-sentence description in words', () => {
    const svg = parse(svgOf(effectsPanel('yaholkoski'), 'wide', 'yah')).querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('yah-title yah-desc');
    expect(svg.querySelector('title#yah-title')!.text).toBe("Forest plot of effects reported by yaholkoski: Hedges' g");
    const desc = svg.querySelector('desc#yah-desc')!.text;
    expect(desc).toBe(
      "4 results in Hedges' g: all 4 favour the intervention (estimates 0.53 to 0.98, as reported); 1 further finding is reported without a number and marked below the axis by direction only: 1 shows no clear difference.",
    );
  });
  it('marks meaning by shape and words, with colours only from classes', () => {
    const svg = svgOf(effectsPanel('yaholkoski'), 'wide', 'y');
    expect(svg).toContain('stroke-dasharray="4 3"'); // approximate CI
    expect(svg).toMatch(/<circle class="f-hollow"/);
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b/i); // no hard-coded colours
    expect(svg).not.toMatch(/\d\.\d{3,}/); // every number rounded
  });
  it('escapes text', () => {
    const panel = { ...bcgPanel(), title: 'A < B & "C"' };
    expect(svgOf(panel, 'wide', 'e')).toContain('<title id="e-title">A &lt; B &amp; &quot;C&quot;</title>');
  });
});

describe('the table and the caption', () => {
  it('gives the numbers as reported and as drawn, with every derivation in full', () => {
    const table = forestTable(layoutForest(effectsPanel('yaholkoski')));
    const attachment = table.rows.find((r) => r.key === 'attachment-security')!;
    expect(attachment.reported).toBe('g = 0.65, p = .003, k = 4');
    expect(attachment.shown).toBe('0.65 [0.22, 1.08]');
    expect(attachment.notes[0]).toMatch(/^Approximate 95% CI computed by us from the reported p = \.003 \(the source gives no CI\): SE from the two-sided p-value/);
    const depression = table.rows.find((r) => r.key === 'caregiver-depression')!;
    expect(depression.shown).toBe('0.53 (CI not reported)');
    expect(depression.notes[0]).toMatch(/^No confidence interval can be calculated from p < \.001: the exact p-value is not reported\.$/);
    expect(table.rows.find((r) => r.key === 'child-attachment')!.shown).toBe('No number reported: marked below the axis by its direction only (no clear difference)');
  });
  it('says how to read the marks that are drawn', () => {
    expect(legendFor(layoutForest(effectsPanel('yaholkoski')))).toBe(
      'Squares are estimates with their 95% CI as a line, dashed lines are approximate CIs we derived from a p-value, hollow circles are estimates reported without a CI and findings reported without a number are marked below the axis by direction only: a dot on the no-effect line means no clear difference.',
    );
    for (const panel of pagePanels(fixtureEffects('wright'))) expect(legendFor(layoutForest(panel))).not.toMatch(/turned round|1 ÷|flipped/);
    expect(legendFor(layoutForest(bcgPanel()))).toContain('sized by weight');
  });
  it('tells each plot on a page of several measures, in words, that its sizes cannot be compared with the others\'', () => {
    const r = fixtureEffect({ id: 'vipp', outcome: 'attachment-security', metric: 'r', estimate: 0.23, betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'a test' } });
    const panels = pagePanels([...fixtureEffects('yaholkoski'), ...fixtureEffects('wright'), r], 'outcome');
    expect(panels.map((p) => p.key)).toEqual(['outcome-standardised', 'outcome-ratio-higher-better', 'outcome-ratio-lower-better', 'outcome-correlation']);
    expect(comparabilityStatement(panels[0]!)).toEqual({
      heading: 'Different measures:',
      text: "the sizes in this plot are in Hedges' g and cannot be compared with the sizes in the other plots on this page, which are in odds ratio and correlation r.",
    });
    // The two odds-ratio panels share a measure: each names only the others.
    for (const p of panels.slice(1, 3)) expect(comparabilityStatement(p)!.text).toBe("the sizes in this plot are in odds ratio and cannot be compared with the sizes in the other plots on this page, which are in Hedges' g and correlation r.");
    expect(comparabilityStatement(panels[3]!)!.text).toContain("which are in Hedges' g and odds ratio.");
    // One measure on the page (even in two panels by direction): nothing to warn about.
    expect(pagePanels(fixtureEffects('wright')).map(comparabilityStatement)).toEqual([undefined, undefined]);
    expect(pagePanels(fixtureEffects('yaholkoski')).map(comparabilityStatement)).toEqual([undefined]);
  });
  it('compares the re-pooled summary with what the review reports', () => {
    const table = forestTable(layoutForest(bcgPanel()));
    expect(table.summary).toMatchObject({ label: 'Random-effects model (REML), k = 13', shown: '0.47 [0.33, 0.68]', reported: 'The review reports OR = 0.47 [0.33, 0.68]' });
    expect(table.rows[0]).toMatchObject({ label: 'Aronson 1948', weight: '5.0%' });
  });
});
