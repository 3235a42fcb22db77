// Forest plots in the real build: drawn at build time, accessible, honest about derived numbers.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { allPages, page, readerText } from '../helpers/dist.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { ciFromP } from '../../src/lib/meta/index.ts';
import { formatEstimateWithCi } from '../../src/lib/format.ts';
import type { Review } from '../../src/schemas/review.ts';

const svgs = (url: string, variant: 'wide' | 'narrow' = 'wide') => page(url).querySelectorAll(`figure.forest svg.forest-${variant}`);
const row = (svg: HTMLElement, key: string) => svg.querySelector(`g.f-row[data-key="${key}"]`);

describe("Yaholkoski et al. 2016's review page", () => {
  const url = '/reviews/yaholkoski-2016/';
  for (const variant of ['wide', 'narrow'] as const) {
    it(`${variant}: draws an approximate CI derived from p = .003 for g = 0.65, and labels it approximate`, () => {
      const [svg] = svgs(url, variant);
      const attachment = row(svg!, 'yaholkoski-2016--attachment-security')!;
      const ci = ciFromP(0.65, 0.003);
      expect(ci.approximate).toBe(true);
      const text = readerText(attachment);
      expect(text).toContain(formatEstimateWithCi(0.65, ci.value.ciLow, ci.value.ciHigh));
      expect(text).toContain('approximate CI from p = .003');
      const line = attachment.querySelector('line.f-ci')!;
      expect(line.classList.contains('f-approx')).toBe(true);
      expect(line.getAttribute('stroke-dasharray')).toBeTruthy();
      expect(attachment.querySelector('rect.f-square')).not.toBeNull();
    });
    it(`${variant}: gives an effect reported only with "p < .001" no CI: a hollow marker and "CI not reported"`, () => {
      const [svg] = svgs(url, variant);
      for (const key of ['yaholkoski-2016--caregiver-depression', 'yaholkoski-2016--caregiver-self-efficacy']) {
        const r = row(svg!, key)!;
        expect(r.querySelector('line.f-ci')).toBeNull();
        expect(r.querySelector('circle.f-hollow')).not.toBeNull();
        expect(readerText(r)).toContain('CI not reported');
      }
    });
  }
  it('explains the derivation in the table under the plot', () => {
    const table = page(url).querySelector('figure.forest details table')!;
    const text = readerText(table);
    expect(text).toContain('Approximate 95% CI computed by us from the reported p = .003');
    expect(text).toContain('No confidence interval can be calculated from p < .001: the exact p-value is not reported.');
  });
});

describe("Wright et al. 2023's review page", () => {
  const url = '/reviews/wright-2023/';
  const panelOf = (key: string) => page(url).querySelectorAll('figure.forest').find((f) => f.querySelector(`g.f-row[data-key="${key}"]`))!;
  it("draws the odds ratios on a log axis with the null line at 1", () => {
    for (const svg of svgs(url)) {
      expect(svg.getAttribute('data-scale')).toBe('log');
      expect(svg.getAttribute('data-null')).toBe('1');
      const nullX = svg.querySelector('line.f-null')!.getAttribute('x1');
      const one = svg.querySelectorAll('text.f-tick').find((t) => t.text === '1')!;
      expect(one.getAttribute('x')).toBe(nullX);
      // the other tick labels are ratios, spaced logarithmically
      const ticks = svg.querySelectorAll('text.f-tick').map((t) => ({ v: Number(t.text), x: Number(t.getAttribute('x')) }));
      const [a, b, c] = [ticks[0]!, ticks[1]!, ticks[2]!];
      expect((b.x - a.x) / Math.log(b.v / a.v)).toBeCloseTo((c.x - b.x) / Math.log(c.v / b.v), 0);
    }
  });
  it('plots the OR of 0.54 for disorganised attachment as 0.54, in a lower-is-better panel of its own with benefit on the left', () => {
    const figure = panelOf('wright-2023--disorganised-attachment');
    expect(readerText(figure.querySelector('.forest-title')!)).toMatch(/Odds ratio \(log scale\), lower is better\.$/);
    for (const variant of ['wide', 'narrow'] as const) {
      const svg = figure.querySelector(`svg.forest-${variant}`)!;
      const row = svg.querySelector('g.f-row[data-key="wright-2023--disorganised-attachment"]')!;
      expect(readerText(row)).toContain('0.54 [0.39, 0.77]');
      const square = row.querySelector('rect.f-square')!;
      const cx = Number(square.getAttribute('x')) + Number(square.getAttribute('width')) / 2;
      const nullX = Number(svg.querySelector('line.f-null')!.getAttribute('x1'));
      const tick = (v: string) => Number(svg.querySelectorAll('text.f-tick').find((t) => t.text === v)!.getAttribute('x'));
      // 0.54 lies between the ticks at 0.5 and 1, just right of 0.5 on a log scale.
      expect(cx).toBeCloseTo(tick('0.5') + ((tick('1') - tick('0.5')) * Math.log(0.54 / 0.5)) / Math.log(2), 0);
      expect(cx).toBeLessThan(nullX);
      const benefit = svg.querySelector('text.f-favours-benefit')!;
      expect(benefit.text).toBe('← Favours intervention');
    }
    expect(readerText(figure.querySelector('table')!)).not.toMatch(/1 ÷|1\.85|turned round|sign flipped/);
  });
  it('plots the OR of 1.85 for secure attachment in a higher-is-better panel, benefit on the right', () => {
    const figure = panelOf('wright-2023--secure-attachment');
    expect(readerText(figure.querySelector('.forest-title')!)).toMatch(/Odds ratio \(log scale\), higher is better\.$/);
    expect(figure.querySelector('svg.forest-wide text.f-favours-benefit')!.text).toBe('Favours intervention →');
    expect(figure.querySelector('g.f-row[data-key="wright-2023--disorganised-attachment"]')).toBeNull();
    expect(figure.getAttribute('id')).not.toBe(panelOf('wright-2023--disorganised-attachment').getAttribute('id'));
  });
});

describe('no number is transformed to share an axis, anywhere on the site', () => {
  it('no plot says it turned a result round', () => {
    const turned = allPages().filter((p) => /1 ÷ OR|turned round so that right means benefit|shown with its sign flipped/.test(page(p).querySelectorAll('figure.forest').map((f) => f.textContent).join(' ')));
    expect(turned).toEqual([]);
  });
});

describe('plots of different measures on one page', () => {
  it('each says, visibly in its caption, that its sizes cannot be compared with the others\'', () => {
    const figures = page('/outcomes/attachment-security/').querySelectorAll('figure.forest');
    expect(figures.length).toBeGreaterThan(1);
    for (const f of figures) {
      const note = readerText(f.querySelector('figcaption .forest-measures')!);
      expect(note).toMatch(/^Different measures: the sizes in this plot are in .+ and cannot be compared with the sizes in the other plots? on this page, which (is|are) in .+\.$/);
    }
    // A page of one measure says nothing of the kind.
    expect(page('/reviews/yaholkoski-2016/').querySelector('figcaption .forest-measures')).toBeNull();
  });
  it("does not stretch r = 0.23 (VIPP-SD) to the edge of its axis", () => {
    const figure = page('/outcomes/attachment-security/').querySelectorAll('figure.forest').find((f) => f.querySelector('svg[data-scale="linear"] text.f-axis-title')?.text === 'Correlation r')!;
    const svg = figure.querySelector('svg.forest-wide')!;
    const circle = svg.querySelector('circle.f-hollow')!;
    const ticks = svg.querySelectorAll('text.f-tick').map((t) => t.text);
    expect(ticks[0]).toBe('−0.3');
    expect(ticks.at(-1)).toBe('0.3');
    const line = svg.querySelector('line.f-axis-line')!;
    const [x0, x1, cx] = [Number(line.getAttribute('x1')), Number(line.getAttribute('x2')), Number(circle.getAttribute('cx'))];
    expect((x1 - cx) / (x1 - x0)).toBeGreaterThan(0.1);
  });
});

describe('findings reported without a number', () => {
  it('are marked by their direction below the axis, on every plot that has them, and described in words', () => {
    let marked = 0;
    for (const url of allPages().filter((p) => /^\/(interventions|reviews|outcomes)\/[^/]+\/$/.test(p))) {
      for (const svg of page(url).querySelectorAll('figure.forest svg')) {
        const axisY = Number(svg.querySelector('g.f-axis:not(.f-axis-repeat) line.f-axis-line')!.getAttribute('y1'));
        for (const row of svg.querySelectorAll('g.f-row')) {
          if (row.querySelector('.f-square, .f-hollow')) continue;
          marked++;
          const mark = row.querySelector('.f-direction');
          expect(mark, `${url} ${row.getAttribute('data-key')}`).not.toBeNull();
          const y = Number(mark!.getAttribute('y1') ?? mark!.getAttribute('cy') ?? mark!.getAttribute('y'));
          expect(y).toBeGreaterThan(axisY);
          expect(readerText(row)).toMatch(/No number reported (Stated|Our reading): /);
        }
        if (svg.querySelector('.f-direction')) expect(svg.querySelector('desc')!.text).toMatch(/reported without a number and marked below the axis by direction only: /);
      }
    }
    expect(marked).toBeGreaterThan(10);
  });
});

describe('every page with a numeric effect', () => {
  const { entries } = loadContent();
  const reviews = entries.filter((e) => e.collection === 'reviews').map((e) => ({ id: e.id, data: e.data as Review }));
  const numeric = reviews.flatMap((r) => r.data.effects.filter((e) => e.estimate !== undefined).map((e) => ({ review: r.id, effect: e })));
  const urls = [
    ...new Set([
      ...numeric.map((n) => `/reviews/${n.review}/`),
      ...numeric.flatMap((n) => n.effect.interventions.map((i) => `/interventions/${i.id}/`)),
      ...numeric.map((n) => `/outcomes/${n.effect.outcome.id}/`),
    ]),
  ].sort();
  it('there are such pages', () => expect(urls.length).toBeGreaterThan(10));
  for (const url of urls) {
    it(`${url} has a forest plot: a figure with a caption, an SVG image with title and description, and a table`, () => {
      const doc = page(url);
      const figures = doc.querySelectorAll('figure.forest');
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(readerText(figure.querySelector('figcaption')!).length).toBeGreaterThan(20);
        for (const svg of figure.querySelectorAll('svg')) {
          expect(svg.getAttribute('role')).toBe('img');
          const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
          expect(svg.querySelector(`title[id="${titleId}"]`)!.text.length).toBeGreaterThan(10);
          expect(svg.querySelector(`desc[id="${descId}"]`)!.text).toMatch(/^.{20,}\.$/);
          expect(doc.querySelectorAll(`[id="${titleId}"]`)).toHaveLength(1);
        }
        expect(figure.querySelector('table caption')).not.toBeNull();
      }
    });
  }
});

describe('plots across reviews', () => {
  it('never pool, and say so', () => {
    const figures = page('/outcomes/attachment-security/').querySelectorAll('figure.forest');
    const multi = figures.filter((f) => new Set(f.querySelectorAll('tbody th a').map((a) => a.getAttribute('href')!.split('#')[0])).size > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const f of multi) {
      expect(readerText(f.querySelector('figcaption')!)).toContain('Not pooled: reviews share studies');
      expect(f.querySelector('.f-diamond')).toBeNull();
    }
  });
  it('list numeric results before findings reported only in words (COS-P)', () => {
    const figure = page('/interventions/cos-p/').querySelector('figure.forest')!;
    const rows = figure.querySelectorAll('tbody tr').map((tr) => readerText(tr));
    const firstWordsOnly = rows.findIndex((r) => r.includes('No number reported'));
    const lastNumeric = rows.map((r) => !r.includes('No number reported')).lastIndexOf(true);
    expect(firstWordsOnly).toBeGreaterThan(0);
    expect(lastNumeric).toBeLessThan(firstWordsOnly);
    expect(rows[0]).toContain('Yaholkoski');
  });
});
