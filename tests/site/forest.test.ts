// Forest plots in the real build: drawn at build time, accessible, honest about derived numbers.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page, readerText } from '../helpers/dist.ts';
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
  it("draws the odds ratios on a log axis with the null line at 1", () => {
    const [svg] = svgs('/reviews/wright-2023/');
    expect(svg!.getAttribute('data-scale')).toBe('log');
    expect(svg!.getAttribute('data-null')).toBe('1');
    const nullX = svg!.querySelector('line.f-null')!.getAttribute('x1');
    const one = svg!.querySelectorAll('text.f-tick').find((t) => t.text === '1')!;
    expect(one.getAttribute('x')).toBe(nullX);
    const or = row(svg!, 'wright-2023--disorganised-attachment')!;
    expect(or.querySelector('rect.f-square')).not.toBeNull();
    // the other tick labels are ratios, spaced logarithmically: x(2) − x(1) = x(4)... checked via two ticks either side
    const ticks = svg!.querySelectorAll('text.f-tick').map((t) => ({ v: Number(t.text), x: Number(t.getAttribute('x')) }));
    const [a, b, c] = [ticks[0]!, ticks[1]!, ticks[2]!];
    expect((b.x - a.x) / Math.log(b.v / a.v)).toBeCloseTo((c.x - b.x) / Math.log(c.v / b.v), 0);
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
