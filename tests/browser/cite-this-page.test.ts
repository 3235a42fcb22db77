// "Cite this page": the enhancement module fills in the reader's date of access;
// without JavaScript the page keeps the placeholder (the built file never has a date).
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { site } from '../../src/site.config.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const path = '/reviews/yaholkoski-2016/';

describe('cite this page', () => {
  it('with JavaScript, the date accessed is today\'s, as APA writes it', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}${path}`);
    const slot = page.locator('[data-date-accessed]');
    const today = await page.evaluate(() => new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).format(new Date()));
    await expect.poll(() => slot.textContent()).toBe(today);
    const text = await page.locator('[data-cite-page]').innerText();
    const title = await page.locator('h1').innerText();
    expect(text).toBe(`${site.name}. (n.d.). ${title}. Retrieved ${today}, from ${absoluteUrl(path)}`);
    await page.close();
  });
  it('without JavaScript, a plain placeholder for the reader to fill in', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    expect(await page.locator('[data-date-accessed]').textContent()).toBe('[date accessed]');
    await context.close();
  });
});
