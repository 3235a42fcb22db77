// The one-page commissioning brief, printed by real Chromium: every
// intervention's brief is exactly one A4 page, no printed text is under 8 pt,
// and its QR code reads the short link printed beside it.
import { describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser } from '../helpers/browser.ts';
import { decodeQr, pdfPageCount, printA4, smallestPrintedText } from '../helpers/print.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const ids = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'interventions')).map((f) => f.replace(/\.mdx$/, ''));

describe('the commissioning brief', () => {
  it('there is one for every intervention', () => expect(ids).toHaveLength(22));
  for (const id of ids) {
    it(`/interventions/${id}/brief/ prints on exactly one A4 page, no text under 8 pt, its QR code reads its short link`, async () => {
      const context = await browser().newContext({ deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/interventions/${id}/brief/`);
      const link = page.locator('.brief-qr [data-share-url]');
      const url = (await link.getAttribute('href'))!;
      expect(url).toMatch(/^https:\/\/[^/]+\/go\/[a-z0-9-]+\/$/);
      expect(await decodeQr(page.locator('.brief-qr svg.qr-code'))).toBe(url);
      const smallest = await smallestPrintedText(page);
      expect(smallest.pt, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(8);
      expect(pdfPageCount(await printA4(page))).toBe(1);
      await context.close();
    });
  }
  it('the size check can fail: a page shrunk to 7 pt is caught', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/interventions/cos-p/brief/`);
    await page.locator('.brief-sources li').first().evaluate((li) => li.style.setProperty('font-size', '7pt', 'important'));
    expect((await smallestPrintedText(page)).pt).toBeLessThan(8);
    await page.close();
  });
});
