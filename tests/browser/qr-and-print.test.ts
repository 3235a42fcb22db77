// What an attendee scans and a commissioner prints, in real Chromium: every
// QR code decodes (from a screenshot, with jsQR) to the address shown beside
// it; short links and aliases land on their page; a reached row is
// highlighted; an event's handout prints as exactly one A4 page with no text
// under 8 pt.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { decodeQr, pdfPageCount, printA4, smallestPrintedText } from '../helpers/print.ts';
import { site } from '../../src/site.config.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const abs = (path: string) => new URL(path, site.origin).href;

async function newPage() {
  const context = await browser().newContext({ deviceScaleFactor: 2 });
  return { context, page: await context.newPage() };
}

describe('the QR code on every page', () => {
  const cases = [
    ['/interventions/cos-p/', abs('/go/cos-p/')],
    ['/reviews/cosi-trial/', abs('/go/cosi/')],
    ['/outcomes/parental-mental-health/', abs('/outcomes/parental-mental-health/')],
    ['/glossary/', abs('/glossary/')],
    ['/', abs('/')],
  ] as const;
  for (const [path, expected] of cases) {
    it(`${path}: the share panel's code reads ${expected}, the address printed beside it`, async () => {
      const { context, page } = await newPage();
      await page.goto(`${baseUrl}${path}`);
      const panel = page.locator('.share-panel');
      expect(await decodeQr(panel.locator('svg.qr-code'))).toBe(expected);
      expect(await panel.locator('[data-share-url]').getAttribute('href')).toBe(expected);
      // Printed too.
      await page.emulateMedia({ media: 'print' });
      expect(await panel.isVisible()).toBe(true);
      await context.close();
    });
  }
  it('on screen the code sits beside its address at its screen size (8rem), on a phone too', async () => {
    // Held because a stylesheet's unclosed @media print block once made these screen styles paper-only.
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/reviews/cosi-trial/`);
    const box = await page.locator('.share-panel .qr').boundingBox();
    expect(box?.width).toBe(128);
    expect(await page.locator('.share-panel .inner').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await page.close();
  });
  it('the decoder can fail: a code cut in half reads as nothing', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/interventions/cos-p/`);
    const qr = page.locator('.share-panel svg.qr-code');
    await qr.evaluate((svg) => svg.setAttribute('viewBox', '0 0 37 18'));
    expect(await decodeQr(qr)).toBeUndefined();
    await context.close();
  });
});

describe('short links and aliases in a browser', () => {
  for (const [from, to] of [['/go/cos-p/', '/interventions/cos-p/'], ['/circle-of-security/', '/interventions/cos-p/'], ['/go/cosi/', '/reviews/cosi-trial/']]) {
    it(`${from} lands on ${to} in one step, without JavaScript`, async () => {
      const context = await browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${from}`);
      await page.waitForURL(`${baseUrl}${to}`);
      expect(await page.locator('h1').count()).toBe(1);
      await context.close();
    });
  }
});

describe('"Link to this"', () => {
  it('the effect row reached by its link is highlighted, and no other', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/reviews/cosi-trial/`);
    const link = page.locator('a.permalink[href^="#effect-"]').first();
    const id = (await link.getAttribute('href'))!.slice(1);
    const outline = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(await outline(`tr[id="${id}"]`)).toBe('none');
    await link.click();
    expect(page.url()).toBe(`${baseUrl}/reviews/cosi-trial/#${id}`);
    expect(await outline(`tr[id="${id}"]`)).toBe('solid');
    expect(await page.locator('tbody tr').evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).outlineStyle === 'solid').length)).toBe(1);
    await context.close();
  });
  it('an outcome\'s link highlights its first row', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/interventions/cos-p/#outcome-parental-mental-health`);
    expect(await page.locator('tr:has(> td[id="outcome-parental-mental-health"])').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await context.close();
  });
});

describe('an event\'s handout', () => {
  it('every code on the handout reads the address printed beside it, a short link where the page has one', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/events/eypr-2016/handout/`);
    const items = page.locator('.qr-grid li');
    const n = await items.count();
    expect(n).toBe(11 + 8 + 13);
    for (let i = 0; i < n; i++) {
      const item = items.nth(i);
      const url = (await item.locator('[data-share-url]').getAttribute('data-share-url'))!;
      expect(await item.locator('[data-share-url]').innerText()).toBe(url.replace(/^https?:\/\//, ''));
      expect(await decodeQr(item.locator('svg.qr-code')), url).toBe(url);
    }
    expect(await page.locator('[data-share-url="https://attachment-evidence.org/go/fnp/"]').count()).toBe(1);
    await context.close();
  });
  it('prints as exactly one A4 page, with no text under 8 pt', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/events/eypr-2016/handout/`);
    const smallest = await smallestPrintedText(page);
    expect(smallest.pt, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(8);
    expect(pdfPageCount(await printA4(page))).toBe(1);
    await context.close();
  });
  it('the page counter can fail: the whole event page with its site chrome runs past one page', async () => {
    const { context, page } = await newPage();
    await page.goto(`${baseUrl}/reviews/cosi-trial/`);
    expect(pdfPageCount(await printA4(page))).toBeGreaterThan(1);
    await context.close();
  });
});
