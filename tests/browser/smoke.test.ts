// A reader goes from the home page to an intervention, and on to one of its reviews.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('reading path', () => {
  it('home → interventions → COS-P → the COSI trial', async () => {
    await page.goto(`${baseUrl}/`);
    await expect(page.title()).resolves.toContain('Attachment Evidence');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Interventions' }).click();
    await page.waitForURL(`${baseUrl}/interventions/`);
    await page.getByRole('link', { name: 'Circle of Security Parenting', exact: true }).click();
    await page.waitForURL(`${baseUrl}/interventions/cos-p/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Circle of Security Parenting');
    await page.getByRole('heading', { name: /COSI trial/ }).getByRole('link').click();
    await page.waitForURL(`${baseUrl}/reviews/cosi-trial/`);
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('ISRCTN18308962');
    expect(main).toContain('371');
  });
  it('the skip link moves keyboard focus to the main content', async () => {
    await page.goto(`${baseUrl}/reviews/cosi-trial/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
  it('fits a 320 px wide phone without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['/', '/interventions/', '/interventions/cos-p/', '/reviews/cosi-trial/', '/reviews/wright-2023/', '/reviews/yaholkoski-2016/', '/outcomes/attachment-security/', '/glossary/', '/about/', '/search/?q=video', '/evidence-map/', '/compare/', '/compare/cos-p-vs-vipp-sd/', '/events/eypr-2016/', '/404.html']) {
      await phone.goto(`${baseUrl}${path}`);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });
});

/** A fresh page that records every request to anywhere but the site (and stops it: this machine has no network). */
async function recordingPage(): Promise<{ page: Page; outside: string[] }> {
  const page = await browser.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${baseUrl}/`)) outside.push(r.url());
  });
  await page.route((url) => !url.href.startsWith(`${baseUrl}/`), (route) => route.abort());
  return { page, outside };
}

describe('privacy: nothing is loaded from another site', () => {
  it('the recorder catches a request to another site (so a pass below means something)', async () => {
    const { page, outside } = await recordingPage();
    await page.goto(`${baseUrl}/about/`);
    const request = page.waitForEvent('request', (r) => r.url().startsWith('https://tracker.example/'));
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.gif';
      document.body.append(img);
    });
    await request;
    expect(outside).toEqual(['https://tracker.example/pixel.gif']);
    await page.close();
  });
  it('no page requests anything from another site, search and the plots included', async () => {
    const { page, outside } = await recordingPage();
    for (const path of ['/', '/interventions/', '/interventions/cos-p/', '/reviews/wright-2023/', '/reviews/barlow-2015/', '/outcomes/attachment-security/', '/evidence-map/', '/compare/cos-p-vs-vipp-sd/', '/glossary/', '/about/']) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    }
    // Search loads Pagefind's index and fragments as the reader types.
    await page.goto(`${baseUrl}/search/?q=video`, { waitUntil: 'networkidle' });
    await expect(page.locator('main').innerText()).resolves.toMatch(/Video/);
    expect(outside).toEqual([]);
    await page.close();
  });
});

describe('print', () => {
  it('prints the content without navigation or search, with quotes and link addresses shown', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/reviews/cosi-trial/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
    expect(await shown('.site-nav')).toBe(false);
    expect(await shown('.search-link')).toBe(false);
    expect(await shown('main h1')).toBe(true);
    // A key finding's quote: this trial's design details print in short form, without theirs (src/lib/paper.ts).
    expect(await shown('#what-was-found + ul.facts details.quote blockquote')).toBe(true);
    const doiAfter = await page.locator('a.doi').first().evaluate((el) => getComputedStyle(el, '::after').content);
    expect(doiAfter).toContain('https://doi.org/');
    await page.close();
  });
});
