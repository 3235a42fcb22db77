// Print: A4 PDFs made by Chromium (page.pdf), pages counted from the PDF itself,
// and the print layout measured: the bottom line on the first page, the
// direction column on paper, headers that repeat, quotes and DOIs printed.
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
  it('a review prints in at most 2 pages (the two fullest records: a trial in at most 4, a ratings set in at most 3)', { timeout: 120_000 }, async () => {
    const page = await browser().newPage();
    // Known to be longer: every sourced detail of the COSI trial's design and a parent's twelve-point commentary,
    // and ratings of ten programmes. Left open in the issue, with what it would take (a compact paper edition).
    const fullest: Record<string, number> = { '/reviews/cosi-trial/': 4, '/reviews/eif-2016-programmes/': 3 };
    const counts: string[] = [];
    const over: string[] = [];
    for (const path of allPages().filter((p) => /^\/reviews\/[^/]+\/$/.test(p))) {
      const n = await pdfPages(page, path);
      counts.push(`${path} ${n}`);
      if (n > (fullest[path] ?? 2)) over.push(`${path}: ${n} pages`);
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
        };
      });
      expect(table.headers).toContain('Direction');
      expect(table.headers).toContain('Effect as reported');
      expect(table.theadDisplay, 'headers repeat on each page').toBe('table-header-group');
      expect(table.outside).toBe(0);
      expect(table.directions).toBe(table.rows);
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
});
