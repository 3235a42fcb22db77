// Reader first, measured in Chromium: the bottom line inside a phone's first
// screen on every entry page, and a header that stays one row.
import { describe, expect, inject, it } from 'vitest';
import { allPages } from '../helpers/dist.ts';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const phone = { width: 390, height: 844 };
const entryPages = allPages().filter((p) => /^\/(interventions|reviews|outcomes)\/[^/]+\/$/.test(p));

describe('the bottom line is in the first screen on a 390 × 844 phone', () => {
  it('on every intervention, review and outcome page (its heading and first finding or fact in view)', async () => {
    expect(entryPages.length).toBeGreaterThan(50);
    const page = await browser().newPage({ viewport: phone });
    const positions: string[] = [];
    const late: string[] = [];
    for (const path of entryPages) {
      await page.goto(`${baseUrl}${path}`);
      const at = await page.evaluate(() => {
        const panel = document.querySelector('[data-bottom-line]');
        if (!panel) return undefined;
        const heading = panel.querySelector('h2')!.getBoundingClientRect();
        const first = (panel.querySelector('.bl-findings li, .bl-found-heading + .not-reported') ?? panel.querySelector('dd'))!.getBoundingClientRect();
        return { top: Math.round(heading.top), heading: Math.round(heading.bottom), first: Math.round(first.top) };
      });
      if (!at) { late.push(`${path}: no bottom line`); continue; }
      positions.push(`${path} ${at.top}/${at.first}`);
      // The panel's heading and the first line of what it says start inside the first screen.
      if (at.heading > phone.height || at.first > phone.height - 24) late.push(`${path}: heading ends at ${at.heading}px, first line at ${at.first}px`);
    }
    console.log(`bottom line (heading top / first line top, px): ${positions.join('; ')}`);
    expect(late).toEqual([]);
    await page.close();
  });

  it('comes before the contents list, which comes before the detail', async () => {
    const page = await browser().newPage({ viewport: phone });
    for (const path of ['/interventions/cos-p/', '/reviews/wright-2023/', '/outcomes/attachment-security/']) {
      await page.goto(`${baseUrl}${path}`);
      const order = await page.evaluate(() => ['[data-bottom-line]', 'nav.page-contents', '#effects, #what-was-done'].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().top)));
      expect(order, path).toEqual([...order].sort((a, b) => a - b));
      // Every contents link leads to a heading on the page.
      const broken = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('nav.page-contents a')].map((a) => a.hash.slice(1)).filter((id) => !document.getElementById(id)));
      expect(broken, path).toEqual([]);
    }
    await page.close();
  });
});

describe('the header', () => {
  for (const width of [320, 390]) {
    it(`is one row on a ${width} px phone, with the site name, a menu and search`, async () => {
      const page = await browser().newPage({ viewport: { width, height: 700 } });
      await page.goto(`${baseUrl}/reviews/cosi-trial/`);
      const boxes = await page.evaluate(() => ['.site-name', '.menu > summary', '[data-search-opener]'].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, right: r.right };
      }));
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, 'header height').toBeLessThan(70);
      for (const b of boxes) {
        expect(b.top).toBeGreaterThanOrEqual(0);
        expect(b.bottom).toBeLessThanOrEqual(header!.height);
        expect(b.right).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    });
  }
  it('the menu opens without JavaScript and lists every section', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: phone });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('.site-nav').getByRole('link', { name: 'Glossary' }).isVisible()).toBe(false);
    await page.locator('.menu > summary').click();
    await page.locator('.site-nav').getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL(`${baseUrl}/glossary/`);
    await context.close();
  });
  it('on a 1280 px screen the whole navigation is in one row, no menu button', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('.menu > summary').isVisible()).toBe(false);
    const tops = await page.locator('.site-nav a').evaluateAll((as) => [...new Set(as.map((a) => Math.round(a.getBoundingClientRect().top)))]);
    expect(tops.length).toBe(1);
    await page.close();
  });
});

describe('the interventions index', () => {
  it('each card gives the facts at a glance; sorting by number of reviews puts the most reviewed first', async () => {
    const page = await browser().newPage({ viewport: phone });
    await page.goto(`${baseUrl}/interventions/`);
    const firstCard = page.locator('#intervention-list .card').first();
    for (const label of ['Evidence ratings', 'Cost', 'Child age', 'Format', 'Reviews and trials', 'Last checked']) {
      expect(await firstCard.locator('dt', { hasText: label }).count(), label).toBe(1);
    }
    await page.selectOption('select[name="sort"]', 'reviews');
    const counts = await page.locator('#kind-programme + ul .card').evaluateAll((cards) => cards.map((c) => Number(c.getAttribute('data-sort-reviews'))));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(page.url()).toContain('sort=reviews');
    await page.close();
  });
  it('a filter hides what does not match and the status counts what is shown and how many filters are on', async () => {
    const page = await browser().newPage({ viewport: phone });
    await page.goto(`${baseUrl}/interventions/`);
    await page.locator('.filter-panel > summary').click();
    await page.locator('fieldset', { hasText: 'Wright et al.' }).getByLabel('Strongest evidence base').check();
    const status = page.locator('[data-filter-status]');
    await expect.poll(() => status.innerText()).toMatch(/^Showing \d+ of 22 \(1 filter on\)\.$/);
    const visible = await page.locator('#intervention-list .card:visible').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-facet-rating-wright-2023')));
    expect(visible.length).toBeGreaterThan(0);
    expect(new Set(visible)).toEqual(new Set(['strongest']));
    await page.close();
  });
});

describe('the glossary A–Z', () => {
  it('each letter link lands on the first term of that letter', async () => {
    const page = await browser().newPage({ viewport: phone });
    await page.goto(`${baseUrl}/glossary/`);
    const links = await page.locator('nav.a-to-z a').evaluateAll((as) => as.map((a) => ({ letter: a.textContent!, id: (a as HTMLAnchorElement).hash.slice(1) })));
    expect(links.length).toBeGreaterThan(10);
    const terms = await page.locator('dl.glossary dt').evaluateAll((dts) => dts.map((dt) => ({ id: dt.id, term: dt.querySelector('strong')!.textContent!.trim() })));
    for (const { letter, id } of links) {
      const first = terms.find((t) => t.term.normalize('NFD').charAt(0).toUpperCase() === letter);
      expect(first?.id, letter).toBe(id);
    }
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('nav.a-to-z a', { hasText: /^P$/ }).click();
    const target = links.find((l) => l.letter === 'P')!.id;
    await expect.poll(() => page.locator(`[id="${target}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(100);
    await page.close();
  });
});
