// Search over the real Pagefind index, in a real browser.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

async function resultTitles(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /match/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.locator('[data-search-results] li h2 a').allInnerTexts();
}

describe('search', () => {
  it('a reading page loads no Pagefind file until search starts', async () => {
    const page = await browser().newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${baseUrl}/reviews/cosi-trial/`, { waitUntil: 'networkidle' });
    expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
    await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
    expect(requests.filter((u) => u.includes('pagefind')), 'not even on /search/ before a query').toEqual([]);
    await page.getByLabel('Search for', { exact: true }).fill('Circle of Security');
    await resultTitles(page);
    expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('a query finds the expected page', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/search/`);
    await page.getByLabel('Search for', { exact: true }).fill('ISRCTN18308962');
    const titles = await resultTitles(page);
    expect(titles[0]).toMatch(/COSI trial/);
    await page.close();
  });

  it('a filter narrows the results, and the shared URL restores the same search', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/search/`);
    await page.getByLabel('Search for', { exact: true }).fill('attachment');
    const all = await resultTitles(page);
    await page.locator('[data-filter-panel] > summary').click();
    await page.locator('fieldset', { hasText: 'Type' }).getByLabel('Trial', { exact: true }).check();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length < n, all.length);
    const trials = await resultTitles(page);
    expect(trials.length).toBeGreaterThan(0);
    expect(trials.length).toBeLessThan(all.length);
    const types = await page.locator('[data-search-results] li .type').allInnerTexts();
    expect(new Set(types)).toEqual(new Set(['Trial']));
    const shared = page.url();
    expect(shared).toContain('q=attachment');
    expect(shared).toContain('type=Trial');

    const again = await browser().newPage();
    await again.goto(shared);
    expect(await again.getByLabel('Search for', { exact: true }).inputValue()).toBe('attachment');
    expect(await again.locator('fieldset', { hasText: 'Type' }).getByLabel('Trial', { exact: true }).isChecked()).toBe(true);
    expect(await again.locator('[data-filter-panel] > summary').innerText()).toBe('Filters (1 on)');
    expect(await resultTitles(again)).toEqual(trials);
    await page.close();
    await again.close();
  });

  it('the keyboard alone opens search from any page, searches and opens a result', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/outcomes/`);
    await page.keyboard.press('/');
    const dialog = page.locator('[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-q');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);

    // Focus goes back where it was: open from the Search link with Enter, close, and it returns there.
    await page.locator('[data-search-opener]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-opener'))).toBe(true);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('Yaholkoski');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Yaholkoski/);
    await resultTitles(page);
    // Tab from the search box through the form to the first result, then open it.
    await page.locator('[data-search-results] li h2 a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/reviews/yaholkoski-2016/`);
    await page.close();
  });

  it('indexes content, not navigation or the footer', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/search/`);
    // Ask Pagefind itself what it stored for the COSI trial page.
    const content = await page.evaluate(async () => {
      const pf = await window.importPagefind('/pagefind/pagefind.js');
      const search = await (pf as unknown as { search(q: string): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }> }).search('ISRCTN18308962');
      const pages = await Promise.all(search.results.map((r) => r.data()));
      return pages.find((p) => p.url.includes('/reviews/cosi-trial/'))?.content ?? '';
    });
    expect(content).toContain('ISRCTN18308962');
    expect(content).toContain('COS-P');
    for (const chrome of ['Skip to content', 'not medical advice', 'Propose a correction', 'Evidence map', 'Search the evidence']) {
      expect(content, chrome).not.toContain(chrome);
    }
    await page.close();
  });

  it('without JavaScript the header still leads to the index pages', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-search-opener]').click();
    await page.waitForURL(`${baseUrl}/search/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    await page.getByRole('link', { name: 'reviews and trials', exact: true }).click();
    await page.waitForURL(`${baseUrl}/reviews/`);
    await context.close();
  });

  it('on a phone the first result is in the first screen, and the count is announced', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/search/?q=attachment`);
    await resultTitles(page);
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.innerText()).toMatch(/^\d+ pages match “attachment”/);
    const first = await page.locator('[data-search-results] li').first().boundingBox();
    console.log(`first result on a 390 × 844 phone: top at ${Math.round(first!.y)} px`);
    expect(first!.y + 40).toBeLessThan(844);
    await page.close();
    const desktop = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await desktop.goto(`${baseUrl}/search/?q=attachment`);
    await resultTitles(desktop);
    const top = (await desktop.locator('[data-search-results] li').first().boundingBox())!.y;
    console.log(`first result at 1280 × 800: top at ${Math.round(top)} px`);
    expect(top + 40).toBeLessThan(800);
    await desktop.close();
  });

  it('filters fold into one control that says how many are on', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/search/`);
    const summary = page.locator('[data-filter-panel] > summary');
    expect(await page.locator('[data-filter-panel]').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.locator('[data-filter-panel] input[type="checkbox"]:visible').count()).toBe(0);
    await page.getByLabel('Search for', { exact: true }).fill('attachment');
    await resultTitles(page);
    await summary.click();
    await page.locator('fieldset', { hasText: 'Type' }).getByLabel('Trial', { exact: true }).check();
    await page.locator('fieldset', { hasText: 'Type' }).getByLabel('Review', { exact: true }).check();
    await expect.poll(() => summary.innerText()).toBe('Filters (2 on)');
    await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/with 2 filters on/);
    await page.close();
  });

  it('one key press (Tab) from the box reaches the first result', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/search/`);
    const box = page.getByLabel('Search for', { exact: true });
    await box.fill('Yaholkoski');
    const titles = await resultTitles(page);
    await box.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[0]);
    await page.close();
  });

  it('a question finds what its keywords find ("does infant massage help bonding?")', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/search/`);
    const box = page.getByLabel('Search for', { exact: true });
    await box.fill('infant massage bonding');
    const keywords = await resultTitles(page);
    expect(keywords.length).toBeGreaterThan(1);
    await box.fill('does infant massage help bonding?');
    await page.waitForFunction(() => /left out/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await resultTitles(page)).toEqual(keywords);
    expect(await page.locator('[data-search-status]').innerText()).toContain('(left out: does, help)');
    // What Pagefind does with the question as typed, which is why words are left out.
    const raw = await page.evaluate(async () => (await (await window.importPagefind('/pagefind/pagefind.js')).search('does infant massage help bonding?', { filters: {} })).results.length);
    expect(raw).toBeLessThan(keywords.length);
    await page.close();
  });
});

