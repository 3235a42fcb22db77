// The evidence map, the interventions filters and compare, in a real browser.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('evidence and gap map', () => {
  it('a cell links to the effect behind it', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/evidence-map/`);
    const row = page.locator('#evidence-map tbody tr', { has: page.getByRole('link', { name: 'COS-P', exact: true }) });
    const headers = await page.locator('#evidence-map thead th').allInnerTexts();
    const column = headers.findIndex((h) => h.startsWith('Parental mental health'));
    expect(column).toBeGreaterThan(0);
    const cell = row.locator('th, td').nth(column);
    expect(await cell.innerText()).toMatch(/No clear difference/);
    await cell.getByRole('link', { name: /COSI trial/ }).first().click();
    await page.waitForURL(`${baseUrl}/reviews/cosi-trial/#effect-mental-health-12m`);
    expect(await page.locator('#effect-mental-health-12m').innerText()).toContain('CORE-OM');
    await page.close();
  });
  it('a gap says so in words', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/evidence-map/`);
    expect(await page.locator('#evidence-map td.gap').first().innerText()).toBe('No evidence found in our sources');
    await page.close();
  });
  it('filters by outcome domain and format, kept in the URL', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/evidence-map/`);
    await page.locator('fieldset', { hasText: 'Outcome domain' }).getByLabel('Child', { exact: true }).check();
    await page.locator('fieldset', { hasText: 'Delivery format' }).getByLabel('Group', { exact: true }).check();
    expect(page.url()).toMatch(/domain=child/);
    expect(page.url()).toMatch(/format=group/);
    const visibleHeaders = await page.locator('#evidence-map thead th:visible').allInnerTexts();
    expect(visibleHeaders.slice(1).every((h) => h.includes('(Child)'))).toBe(true);
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
    await page.locator('fieldset', { hasText: 'Wright et al. 2023' }).getByLabel('Strongest evidence base').check();
    const names = await page.locator('#intervention-list .card:visible h3').allInnerTexts();
    expect(names.sort()).toEqual(['Attachment and Biobehavioral Catch-up', 'Circle of Security Parenting', 'Parent–infant psychotherapy', 'Video-feedback Intervention to promote Positive Parenting'].sort());
    expect(await page.locator('[data-filter-status]').innerText()).toBe(`Showing 4 of ${await page.locator('#intervention-list .card').count()}.`);
    await page.close();
  });
});

describe('interventions index sorting', () => {
  it('sorts by a scheme, best-rated first, and keeps the choice in the URL', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/interventions/`);
    await page.getByLabel('Sort by').selectOption({ label: 'Wright et al. 2023 (NIHR HTA) evidence base' });
    expect(page.url()).toContain('sort=wright2023');
    const rank = { strongest: 0, intermediate: 1, weak: 2, '': 3 } as Record<string, number>;
    const sections = await page.locator('#intervention-list [data-sortable]').evaluateAll((lists) =>
      lists.map((l) => [...l.children].map((c) => (c as HTMLElement).dataset.ratingWright2023 ?? '')),
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
