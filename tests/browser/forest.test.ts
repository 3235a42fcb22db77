// Forest plots on a phone, measured in Chromium: the axis stays with the rows
// it measures. The phone layout stacks each row's words above its own plot
// strip, and findings without a number used to sit between the numbers and
// the axis, so on COS-P's page the axis fell some 1,400 px below the first
// number (about 850 px on the attachment-security outcome page). They are now
// drawn below the axis, and a long run of numbers gets the axis repeated.
// The measure is first shown to catch an axis pushed away from its rows.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allPages, page as built } from '../helpers/dist.ts';
import { useBrowser } from '../helpers/browser.ts';
import { AXIS_REACH } from '../../src/lib/forest/layout.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const phone = { width: 390, height: 844 };
const entryPages = allPages().filter((p) => /^\/(interventions|reviews|outcomes)\/[^/]+\/$/.test(p));
/** The outcome page whose plots have the most rows (numbered or not), by the build itself. */
const rowsOn = (path: string) => built(path).querySelectorAll('figure.forest svg.forest-narrow g.f-row').length;
const busiestOutcome = entryPages.filter((p) => p.startsWith('/outcomes/')).sort((a, b) => rowsOn(b) - rowsOn(a) || a.localeCompare(b))[0]!;

interface PlotGaps {
  readonly plot: string;
  /** Numbered rows: those with a mark on the scale (square or hollow circle). */
  readonly numbered: number;
  /** CSS px from the last numbered row's bottom to the top of the axis line under it. */
  readonly lastGap: number;
  /** The largest gap between a numbered row and its nearest axis line (above or below it), CSS px. */
  readonly worst: number;
  /** CSS px per px of the drawing. */
  readonly scale: number;
  /** Rows marked by direction only that lie below the (last) axis line. */
  readonly directionRowsBelowAxis: number;
}

function measureGaps(page: Page): Promise<PlotGaps[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('figure.forest svg')]
      .filter((svg) => getComputedStyle(svg).display !== 'none')
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        const axes = [...svg.querySelectorAll('.f-axis-line')].map((l) => l.getBoundingClientRect().top);
        const rows = [...svg.querySelectorAll('g.f-row')];
        const numbered = rows.filter((g) => g.querySelector('.f-square, .f-hollow')).map((g) => g.getBoundingClientRect());
        const gapOf = (r: DOMRect) => Math.min(...axes.map((y) => (y >= r.bottom ? y - r.bottom : y <= r.top ? r.top - y : 0)));
        const last = numbered.at(-1);
        const below = last ? axes.filter((y) => y >= last.bottom) : [];
        const lastAxis = Math.max(...axes);
        return {
          plot: svg.getAttribute('aria-labelledby')!.split(' ')[0]!,
          numbered: numbered.length,
          lastGap: last && below.length > 0 ? Math.round(Math.min(...below) - last.bottom) : Infinity,
          worst: Math.round(Math.max(0, ...numbered.map(gapOf))),
          scale: box.width / svg.viewBox.baseVal.width,
          directionRowsBelowAxis: rows.filter((g) => g.querySelector('.f-direction') && g.getBoundingClientRect().top > lastAxis).length,
        };
      }),
  );
}

it('the measure catches an axis pushed 1,100 px below its rows', async () => {
  const page = await browser().newPage({ viewport: phone });
  await page.goto(`${baseUrl}${busiestOutcome}`);
  const before = await measureGaps(page);
  await page.evaluate(() => {
    // Set through the CSSOM: the page's policy (rightly) ignores an inline style attribute.
    for (const axis of document.querySelectorAll<SVGGElement>('figure.forest svg.forest-narrow g.f-axis:not(.f-axis-repeat)')) axis.style.transform = 'translateY(1100px)';
  });
  const after = await measureGaps(page);
  expect(before.length).toBeGreaterThan(0);
  for (const [i, plot] of after.entries()) {
    expect(plot.lastGap, plot.plot).toBeGreaterThan(before[i]!.lastGap + 1000);
    expect(plot.worst, plot.plot).toBeGreaterThan(1000);
  }
  await page.close();
});

describe('on a 390 px phone the axis stays with the rows it measures', () => {
  it(`on the outcome page with the most rows (${busiestOutcome})`, async () => {
    expect(rowsOn(busiestOutcome)).toBeGreaterThanOrEqual(8);
    const page = await browser().newPage({ viewport: phone });
    await page.goto(`${baseUrl}${busiestOutcome}`);
    const plots = await measureGaps(page);
    console.log(`${busiestOutcome} at 390 px: ${plots.map((p) => `${p.plot}: ${p.numbered} numbered rows, last row to axis ${p.lastGap} px, worst ${p.worst} px`).join('; ')}`);
    expect(plots.length).toBeGreaterThan(1);
    for (const p of plots) {
      expect(p.numbered, p.plot).toBeGreaterThan(0);
      // The axis line sits right under the last numbered row: the gap between them is a few px of margin.
      expect(p.lastGap, p.plot).toBeLessThanOrEqual(40);
      expect(p.worst, p.plot).toBeLessThanOrEqual(AXIS_REACH * p.scale);
    }
    // The page's findings without a number are there, marked, but under the axis rather than between it and its rows.
    expect(plots.reduce((n, p) => n + p.directionRowsBelowAxis, 0)).toBeGreaterThan(0);
    await page.close();
  });

  it('on every intervention, review and outcome page with a plot', { timeout: 240_000 }, async () => {
    const page = await browser().newPage({ viewport: phone });
    const far: string[] = [];
    let plots = 0;
    for (const path of entryPages) {
      if (!built(path).querySelector('figure.forest')) continue;
      await page.goto(`${baseUrl}${path}`);
      for (const p of await measureGaps(page)) {
        plots++;
        if (p.lastGap > 40 || p.worst > AXIS_REACH * p.scale) far.push(`${path} ${p.plot}: last row ${p.lastGap} px, worst ${p.worst} px above the axis`);
      }
    }
    expect(plots).toBeGreaterThan(20);
    expect(far).toEqual([]);
    await page.close();
  });
});
