// The evidence map, the interventions filters and compare, in a real browser.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('evidence and gap map', () => {
  it('a mark opens a list of what is in its cell, which links to the effect behind it', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/evidence-map/`);
    const mark = page.getByRole('button', { name: /^COS-P, Parental mental health \(distress\): No clear difference/ });
    await mark.click();
    const pop = page.locator('.cell-pop:popover-open');
    expect(await pop.innerText()).toMatch(/No clear difference/);
    await pop.getByRole('link', { name: /COSI trial/ }).first().click();
    await page.waitForURL(`${baseUrl}/reviews/cosi-trial/#effect-mental-health-12m`);
    expect(await page.locator('#effect-mental-health-12m').innerText()).toContain('CORE-OM');
    await page.close();
  });
  it('the list opens without JavaScript too (a popover), and closes', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/evidence-map/`);
    await page.locator('.mark-button').first().click();
    await expect.poll(() => page.locator('.cell-pop:popover-open').count()).toBe(1);
    await page.locator('.cell-pop:popover-open').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.cell-pop:popover-open').count()).toBe(0);
    await context.close();
  });
  it('each mark says its direction in words and by shape, and a cell resting on our reading says so and is drawn hollow', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/evidence-map/`);
    const labels = await page.locator('.mark-button').evaluateAll((bs) => bs.map((b) => ({ label: b.getAttribute('aria-label')!, hollow: b.querySelector('svg')!.classList.contains('hollow') })));
    expect(labels.length).toBeGreaterThan(20);
    for (const { label, hollow } of labels) {
      expect(label).toMatch(/(Favours the intervention \(▲\)|No clear difference \(●\)|Favours the comparison \(▼\)|Mixed \(◆\)|Unclear \(\?\))/);
      expect(label.includes('partly our reading'), label).toBe(hollow);
    }
    expect(labels.some((l) => l.hollow)).toBe(true);
    // The table alternative says the same in words.
    const rows = await page.locator('table.map-list tbody tr').count();
    expect(rows).toBe(labels.length);
    expect(await page.locator('table.map-list .reading-ours').count()).toBe(labels.filter((l) => l.hollow).length);
    await page.close();
  });
  it('on a 1280 × 800 laptop the whole map fits one screen, with no scrolling inside it', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/evidence-map/`);
    const box = await page.locator('.map-scroll').evaluate((el) => ({ ...el.getBoundingClientRect().toJSON(), sh: el.scrollHeight, ch: el.clientHeight, sw: el.scrollWidth, cw: el.clientWidth }));
    console.log(`evidence map at 1280 × 800: ${Math.round(box.width)} × ${Math.round(box.height)} px`);
    expect(box.height).toBeLessThanOrEqual(800);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(1280);
    expect(box.sh).toBeLessThanOrEqual(box.ch + 1);
    expect(box.sw).toBeLessThanOrEqual(box.cw + 1);
    await page.close();
  });
  it('on a phone it scrolls inside itself, with intervention and outcome names always in view', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/evidence-map/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const held = await page.locator('.map-scroll').evaluate((el) => {
      el.scrollTo(el.scrollWidth, el.scrollHeight);
      const box = el.getBoundingClientRect();
      const rowName = [...el.querySelectorAll('tbody th')].at(-1)!.getBoundingClientRect();
      const colName = [...el.querySelectorAll('thead th')].at(-1)!.getBoundingClientRect();
      return { scrolled: el.scrollLeft > 0 && el.scrollTop > 0, rowLeft: rowName.left - box.left, colTop: colName.top - box.top };
    });
    expect(held.scrolled).toBe(true);
    expect(Math.abs(held.rowLeft)).toBeLessThan(2);
    expect(Math.abs(held.colTop)).toBeLessThan(2);
    await page.close();
  });
  it('filters by outcome domain and format, kept in the URL', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/evidence-map/`);
    await page.locator('.map-filters summary').click();
    await page.locator('fieldset', { hasText: 'Outcome domain' }).getByLabel('Child', { exact: true }).check();
    await page.locator('fieldset', { hasText: 'Delivery format' }).getByLabel('Group', { exact: true }).check();
    expect(page.url()).toMatch(/domain=child/);
    expect(page.url()).toMatch(/format=group/);
    const visibleHeaders = await page.locator('#evidence-map thead th:visible a').evaluateAll((as) => as.map((a) => a.getAttribute('title')!));
    expect(visibleHeaders.length).toBeGreaterThan(0);
    expect(visibleHeaders.every((h) => h.endsWith('(Child)'))).toBe(true);
    const rows = await page.locator('#evidence-map tbody tr:visible th').allInnerTexts();
    expect(rows).toContain('COS-P');
    expect(rows).not.toContain('ABC');
    const shared = page.url();
    const again = await browser().newPage();
    await again.goto(shared);
    expect(await again.locator('#evidence-map tbody tr:visible th').allInnerTexts()).toEqual(rows);
    await page.close();
    await again.close();
  });
});

describe('interventions index', () => {
  it('filters by a scheme rating', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/interventions/`);
    await page.locator('.filter-panel > summary').click();
    await page.locator('fieldset', { hasText: 'Wright et al. 2023' }).getByLabel('Strongest evidence base').check();
    const names = await page.locator('#intervention-list .card:visible h3').allInnerTexts();
    expect(names.sort()).toEqual(['Attachment and Biobehavioral Catch-up', 'Circle of Security Parenting', 'Parent–infant psychotherapy', 'Video-feedback Intervention to promote Positive Parenting'].sort());
    expect(await page.locator('[data-filter-status]').innerText()).toBe(`Showing 4 of ${await page.locator('#intervention-list .card').count()} (1 filter on).`);
    await page.close();
  });
});

describe('interventions index sorting', () => {
  it('sorts by a scheme, best-rated first, and keeps the choice in the URL', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/interventions/`);
    await page.getByLabel('Sort by').selectOption({ label: 'Wright et al. 2023 (NIHR HTA) evidence base (strongest first)' });
    expect(page.url()).toContain('sort=wright-2023');
    const rank = { strongest: 0, intermediate: 1, weak: 2, '': 3 } as Record<string, number>;
    const sections = await page.locator('#intervention-list [data-sortable]').evaluateAll((lists) =>
      lists.map((l) => [...l.children].map((c) => c.getAttribute('data-facet-rating-wright-2023') ?? '')),
    );
    const ranks = sections.map((ratings) => ratings.map((r) => rank[r]!));
    for (const list of ranks) expect(list).toEqual([...list].sort((a, b) => a - b));
    expect(sections.flat().filter((r) => r === 'strongest')).toHaveLength(4);
    expect(sections[0]![0]).toBe('strongest');
    await page.close();
  });
});

describe('compare', () => {
  it('the pickers open the pair page, which shows both interventions', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/compare/?a=vipp-sd`);
    expect(await page.getByLabel('First intervention').inputValue()).toBe('vipp-sd');
    await page.getByLabel('Second intervention').selectOption('cos-p');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`${baseUrl}/compare/cos-p-vs-vipp-sd/`);
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    expect(heading).toContain('Circle of Security Parenting');
    expect(heading).toContain('Video-feedback Intervention');
    const table = await page.locator('table.compare').innerText();
    expect(table).toContain('Strongest evidence base');
    await page.close();
  });
});
