// Print: A4 PDFs made by Chromium (page.pdf), pages counted from the PDF itself,
// and the print layout measured: the bottom line on the first page, the
// direction column on paper, headers that repeat, quotes and DOIs printed,
// each quote once, and detail sections past their budget shortened, saying so
// with the page's address (src/lib/paper.ts).
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allPages } from '../helpers/dist.ts';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** A4 pages in Chromium's PDF of the page: each page object is "/Type /Page" (the tree is "/Type /Pages"). */
async function pdfPages(page: Page, path: string): Promise<number> {
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

// A4 less the stylesheet's @page margins (9 + 10 mm tall, 10 + 10 mm wide), in CSS px.
const a4 = { width: Math.floor((190 / 25.4) * 96), height: Math.floor((278 / 25.4) * 96) };

describe('page counts on A4', () => {
  it('the counter counts pages (a long page makes more than a short one)', async () => {
    const page = await browser().newPage();
    expect(await pdfPages(page, '/404.html')).toBe(1);
    expect(await pdfPages(page, '/glossary/')).toBeGreaterThan(1);
    await page.close();
  });
  it('Circle of Security prints in at most 4 pages', async () => {
    const page = await browser().newPage();
    const n = await pdfPages(page, '/interventions/cos-p/');
    console.log(`Circle of Security: ${n} A4 pages`);
    expect(n).toBeLessThanOrEqual(4);
    await page.close();
  });
  it('every review prints in at most 2 pages', { timeout: 120_000 }, async () => {
    const page = await browser().newPage();
    const counts: string[] = [];
    const over: string[] = [];
    for (const path of allPages().filter((p) => /^\/reviews\/[^/]+\/$/.test(p))) {
      const n = await pdfPages(page, path);
      counts.push(`${path} ${n}`);
      if (n > 2) over.push(`${path}: ${n} pages`);
    }
    console.log(`reviews, A4 pages: ${counts.join('; ')}`);
    expect(over).toEqual([]);
    await page.close();
  });
});

describe('what is on paper', () => {
  async function printLayout(path: string): Promise<Page> {
    const page = await browser().newPage({ viewport: a4 });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    return page;
  }
  for (const path of ['/interventions/cos-p/', '/reviews/yaholkoski-2016/', '/outcomes/attachment-security/']) {
    it(`${path}: the bottom line ends on the first page; every column of the effects table is on paper, direction included`, async () => {
      const page = await printLayout(path);
      const bottom = await page.locator('[data-bottom-line]').evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
      expect(bottom).toBeLessThan(a4.height);
      const table = await page.locator('table.effects').evaluate((t) => {
        const box = t.getBoundingClientRect();
        const cells = [...t.querySelectorAll<HTMLElement>('th, td')];
        return {
          headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
          theadDisplay: getComputedStyle(t.querySelector('thead')!).display,
          outside: cells.filter((c) => { const r = c.getBoundingClientRect(); return r.width === 0 || r.right > box.right + 0.5 || r.right > window.innerWidth + 0.5; }).length,
          directions: t.querySelectorAll('td[data-label="Direction"] .direction').length,
          rows: t.querySelectorAll('tbody tr').length,
          // No page carries only the head or a row or two: the head goes with the first rows, the last rows go together.
          kept: [t.querySelector('thead')!, ...t.querySelectorAll('tbody tr:nth-child(-n+2)')].map((el) => getComputedStyle(el).breakAfter),
          keptLast: [...t.querySelectorAll('tbody tr:nth-last-child(-n+2)')].map((el) => getComputedStyle(el).breakBefore),
        };
      });
      expect(table.headers).toContain('Direction');
      expect(table.headers).toContain('Effect as reported');
      expect(table.theadDisplay, 'headers repeat on each page').toBe('table-header-group');
      expect(table.outside).toBe(0);
      expect(table.directions).toBe(table.rows);
      expect(new Set([...table.kept, ...table.keptLast])).toEqual(new Set(['avoid']));
      await page.close();
    });
  }
  it('quotes print (inline, without their toggles), and sources print with their DOIs', async () => {
    const page = await printLayout('/reviews/yaholkoski-2016/');
    const quote = page.locator('details.quote blockquote').first();
    expect(await quote.isVisible()).toBe(true);
    expect(await page.locator('details.quote > summary').first().isVisible()).toBe(false);
    expect(await page.locator('.sources-list').isVisible()).toBe(true);
    const dois = await page.locator('.sources-list .doi').allInnerTexts();
    expect(dois.length).toBeGreaterThan(0);
    for (const d of dois) expect(d).toMatch(/^doi:10\./);
    expect(await page.locator('.menu, .search-link').first().isVisible()).toBe(false);
    expect(await page.locator('.printed-from').innerText()).toContain('/reviews/yaholkoski-2016/');
    await page.close();
  });
  it('a second-hand citation prints its long form once, in the source list, not after every fact', async () => {
    const page = await printLayout('/reviews/eif-2016-programmes/');
    const longForm = page.locator('.cite-as');
    expect(await longForm.count()).toBeGreaterThan(5);
    expect(await longForm.first().isVisible()).toBe(false);
    const once = page.locator('.sources-list', { hasText: 'Figures cited as reported by Axford et al. (2015a)' });
    expect(await once.isVisible()).toBe(true);
    await page.close();
  });

  // The same words, whatever white space or closing punctuation surround them (src/lib/paper.ts decides the same).
  const sameWords = (text: string) => text.replace(/[“”]/g, '').replace(/\s+/g, ' ').trim().replace(/[\s.,;:]+$/, '');

  it('a quote a key finding prints is printed once: the effect row quoting it points to it on paper, and still shows it on screen', async () => {
    const path = '/reviews/cosi-trial/';
    const screen = await browser().newPage();
    await screen.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    const repeated = screen.locator('table.effects details.quote[data-quoted-above]').first();
    const words = sameWords((await repeated.locator('blockquote').textContent())!);
    const keyQuotes = (await screen.locator('#what-was-found + ul.facts details.quote blockquote').allTextContents()).map(sameWords);
    expect(keyQuotes).toContain(words);
    expect(await screen.locator('table.effects .quoted-above').first().isVisible()).toBe(false);
    await repeated.locator('summary').click();
    expect(await repeated.locator('blockquote').isVisible()).toBe(true);
    await screen.close();

    const page = await printLayout(path);
    const shown = await page.evaluate(() => [...document.querySelectorAll('blockquote')].filter((b) => b.getClientRects().length > 0).map((b) => b.textContent!));
    expect(shown.map(sameWords).filter((t) => t === words), 'printed once, under "What was found"').toHaveLength(1);
    const pointer = page.locator('table.effects .quoted-above').first();
    expect(await pointer.isVisible()).toBe(true);
    expect((await pointer.innerText()).trim()).toBe('quoted above');
    await page.close();
  });

  it('a detail section past its paper budget prints short and says so, naming the page\'s address; every figure stays', async () => {
    const path = '/reviews/cosi-trial/';
    const screen = await browser().newPage();
    await screen.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    expect(await screen.locator('.paper-note').first().isVisible(), 'the note is for paper only').toBe(false);
    expect(await screen.locator('.glance [data-paper-cut]').first().isVisible(), 'on screen nothing is cut').toBe(true);
    expect(await screen.locator('.commentary ul.facts').isVisible()).toBe(true);
    await screen.close();

    const page = await printLayout(path);
    const note = page.locator('#what-was-done ~ .paper-note').first();
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toMatch(/^Shortened on paper\b.*https?:\/\/\S+\/reviews\/cosi-trial\/#what-was-done$/);
    expect(await page.locator('.glance [data-paper-cut]').first().isVisible()).toBe(false);
    expect(await page.locator('.glance .paper-more').first().innerText()).toMatch(/and \d+ more on the page/);
    const glance = await page.locator('.glance').evaluate((dl) => ({
      quotesPrinted: [...dl.querySelectorAll('details.quote')].filter((d) => d.getClientRects().length > 0).length,
      figuresLeftOut: [...dl.querySelectorAll('.value')].filter((v) => v.getClientRects().length === 0).length,
    }));
    expect(glance).toEqual({ quotesPrinted: 0, figuresLeftOut: 0 });
    // A commentary past its budget prints our summary of it, and the line with the address in place of its points.
    const commentary = page.locator('.commentary');
    expect(await commentary.locator('.commentary-summary').isVisible()).toBe(true);
    expect(await commentary.locator('ul.facts').isVisible()).toBe(false);
    expect(await commentary.locator('.paper-note').innerText()).toMatch(/https?:\/\/\S+\/reviews\/cosi-trial\/#commentary$/);
    await page.close();
  });

  it('a short detail section prints whole, with its evidence and no note', async () => {
    const page = await printLayout('/reviews/yaholkoski-2016/');
    expect(await page.locator('.paper-note').count()).toBe(0);
    expect(await page.locator('.glance details.quote :is(blockquote, .record-text)').first().isVisible()).toBe(true);
    await page.close();
  });

  it('every claim printed keeps its source label', async () => {
    for (const path of ['/reviews/cosi-trial/', '/reviews/eif-2016-programmes/', '/interventions/cos-p/']) {
      const page = await printLayout(path);
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll('main .cite')].filter((c) => c.parentElement!.getClientRects().length > 0 && c.getClientRects().length === 0).map((c) => c.parentElement!.textContent!.trim().slice(0, 80)),
      );
      expect(unlabelled, path).toEqual([]);
      await page.close();
    }
  });
});
