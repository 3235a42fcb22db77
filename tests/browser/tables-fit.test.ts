// Tables that fit: at 320, 390, 768, 1024 and 1280 px, every cell of every
// table a reader can see lies inside the window and inside whatever box
// scrolls or clips it: no result column off-screen, no cell cut off.
// The checker is first shown to catch a cell pushed out of view.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allPages } from '../helpers/dist.ts';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const widths = [320, 390, 768, 1024, 1280];
// The compare pair pages are being rebuilt for scale in another branch; their own test covers them.
const pages = [
  ...allPages().filter((p) => /^\/(interventions|reviews|outcomes|events)\/[^/]+\/$/.test(p)),
  '/', '/interventions/', '/reviews/', '/outcomes/', '/glossary/', '/about/', '/data/', '/evidence-map/', '/compare/', '/corrections/',
];

/** Cells (th, td) outside the viewport or outside a clipping ancestor, as "selector: why". */
function clippedCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    // The evidence map's grid is a chart that scrolls on a phone by design, its names held in view (sticky):
    // tests/browser/map-and-compare.test.ts measures that. Its table alternative is checked here.
    for (const cell of document.querySelectorAll<HTMLElement>('table:not(.map-grid) th, table:not(.map-grid) td')) {
      const r = cell.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || cell.closest('[hidden], details:not([open])')) continue;
      const name = `${location.pathname} ${cell.closest('table')?.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? 'table'} / "${cell.textContent!.trim().slice(0, 30)}"`;
      if (r.left < -0.5 || r.right > width + 0.5) { out.push(`${name}: ${Math.round(r.left)}–${Math.round(r.right)} outside the ${width}px window`); continue; }
      for (let box = cell.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const b = box.getBoundingClientRect();
        // A 1 px clipped box is the visually-hidden pattern: a header kept for screen readers, shown as each cell's label.
        if (b.width <= 1) break;
        if (r.left < b.left - 0.5 || r.right > b.right + 0.5) { out.push(`${name}: ${Math.round(r.left)}–${Math.round(r.right)} outside its box ${Math.round(b.left)}–${Math.round(b.right)}`); break; }
      }
    }
    return out;
  });
}

it('the checker catches a table wider than its scrolling box', async () => {
  const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${baseUrl}/interventions/cos-p/`);
  await page.evaluate(() => {
    const wrap = document.createElement('div');
    wrap.style.overflowX = 'auto';
    wrap.innerHTML = '<table><caption>Injected</caption><tr><td>Finding</td><td>Direction</td></tr></table>';
    // Set through the CSSOM: the page's policy (rightly) ignores an inline style attribute.
    wrap.querySelector('table')!.style.width = '1000px';
    document.querySelector('main')!.append(wrap);
  });
  const injected = (await clippedCells(page)).filter((c) => c.includes('Injected'));
  expect(injected.some((c) => c.includes('"Direction"'))).toBe(true);
  await page.close();
});

describe.each(widths)('at %i px wide', (width) => {
  it('no table cell is off-screen or clipped, on any page type', { timeout: 180_000 }, async () => {
    const page = await browser().newPage({ viewport: { width, height: 900 } });
    const clipped: string[] = [];
    for (const path of pages) {
      await page.goto(`${baseUrl}${path}`);
      clipped.push(...(await clippedCells(page)));
    }
    expect(clipped.slice(0, 40), `${clipped.length} clipped cells`).toEqual([]);
    await page.close();
  });
});
