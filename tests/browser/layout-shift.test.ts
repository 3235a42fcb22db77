// Nothing a reader sees jumps when scripts arrive: the search results, the interventions list's controls and the
// map's filters. Layout shift is measured by Chromium itself (the "layout-shift" performance entries behind
// Lighthouse's CLS); it counts how far visible things move, not how long anything took, so it is stable here.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const phone = { width: 390, height: 844 };

/** The page's layout shift so far, as CLS sums it (shifts right after input excluded). */
function layoutShift(): Promise<number> {
  return new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
      resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
    }).observe({ type: 'layout-shift', buffered: true });
    // With no shift at all the observer is never called.
    setTimeout(() => resolve(0), 500);
  });
}

describe('no layout shift on a phone', () => {
  it('search: the results arrive without moving what is on screen', async () => {
    const page = await browser().newPage({ viewport: phone });
    await page.goto(`${baseUrl}/search/?q=infant+massage`);
    await page.waitForFunction(() => /match/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    expect(await page.evaluate(layoutShift)).toBeLessThan(0.01);
    await page.close();
  });
  for (const path of ['/interventions/', '/evidence-map/']) {
    it(`${path}: its filter controls are there from the first paint`, async () => {
      const page = await browser().newPage({ viewport: phone });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(await page.locator('[data-needs-script]').isVisible()).toBe(true);
      expect(await page.evaluate(layoutShift)).toBeLessThan(0.01);
      await page.close();
    });
  }
  it('without JavaScript the controls that need it are not shown', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: phone });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/interventions/`);
    expect(await page.locator('[data-needs-script]').isVisible()).toBe(false);
    expect(await page.locator('#intervention-list li').count()).toBeGreaterThan(10);
    await context.close();
  });
});
