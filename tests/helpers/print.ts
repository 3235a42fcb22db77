// Reading what a reader scans and prints: QR codes decoded from a screenshot
// (jsQR, a decoder independent of the library that drew them), the number of
// pages in a printed PDF, and the smallest text on a page as printed.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';

/** The text a phone would read from the QR code in this element's screenshot. */
export async function decodeQr(element: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}

/** How many pages Chromium's PDF has (each page object is "/Type /Page"; the tree is "/Type /Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** The page printed as A4, as a reader's browser prints it (the sheet's own @page margins). */
export async function printA4(page: Page): Promise<Buffer> {
  return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
}

/** The smallest computed font size, in points, of any text a printout shows (elements with their own visible text). */
export async function smallestPrintedText(page: Page): Promise<{ pt: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    let smallest = { pt: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const el = node.parentElement!;
      if (!text || el.closest('.visually-hidden, svg, script, style, template, dialog')) continue;
      // Shown on paper: laid out, not hidden.
      if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const pt = (parseFloat(getComputedStyle(el).fontSize) * 72) / 96;
      if (pt < smallest.pt) smallest = { pt, text: text.slice(0, 60) };
    }
    return smallest;
  });
}
