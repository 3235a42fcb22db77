// Every kind of page, used as a reader uses it, under its own Content-Security-
// Policy: no violation and no console error. The listener is first shown to
// catch an inline script injected into a real page.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface Trouble {
  violations: string[];
  errors: string[];
}

/** Opens a page with listeners for CSP violations and console errors, then does what a reader would. */
async function visit(path: string, use: (page: Page) => Promise<void> = async () => {}, prepare: (page: Page) => Promise<void> = async () => {}): Promise<Trouble> {
  const page = await browser().newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /content security policy/i.test(m.text())) errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  // Runs through the DevTools protocol, which a page's policy does not govern.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  await prepare(page);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  await use(page);
  await page.waitForLoadState('networkidle');
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  await page.close();
  return { violations, errors };
}

const clean: Trouble = { violations: [], errors: [] };

async function searchResults(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
}

describe('the listener', () => {
  it('catches an inline script injected into a real page, which the policy blocks', async () => {
    const trouble = await visit('/about/', undefined, async (page) => {
      await page.route(`${baseUrl}/about/`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('<h1>', '<script>document.title = "injected";</script><h1>');
        await route.fulfill({ response, body });
      });
    });
    expect(trouble.violations).toHaveLength(1);
    expect(trouble.violations[0]).toMatch(/^script-src(-elem)? blocked inline/);
    expect(trouble.errors.join('\n')).toMatch(/Content Security Policy/);
  });
  it("catches search's WebAssembly blocked when its page does not allow it", async () => {
    const trouble = await visit(
      '/search/',
      async (page) => {
        await page.getByLabel('Search for', { exact: true }).fill('video feedback');
        await page.waitForFunction(() => /Searching/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
        await page.waitForTimeout(1500);
        expect(await page.locator('[data-search-results] li').count()).toBe(0);
      },
      async (page) => {
        await withoutSearchWorker(page);
        await page.route(`${baseUrl}/search/`, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace(" 'wasm-unsafe-eval'", '') });
        });
      },
    );
    expect(trouble.errors.join('\n')).toMatch(/WebAssembly[\s\S]*violates the following Content Security policy directive/);
  });
});

/**
 * Pagefind runs in a web worker, whose policy comes from its own response
 * headers, not the page's <meta>; when the worker cannot start, Pagefind runs
 * on the page itself, which is what the page's 'wasm-unsafe-eval' is for.
 */
async function withoutSearchWorker(page: Page) {
  await page.route(`${baseUrl}/pagefind/pagefind-worker.js`, (route) => route.fulfill({ status: 404, body: '' }));
}

describe('no CSP violation and no console error', () => {
  const pages: [string, string][] = [
    ['home', '/'],
    ['interventions index, with its filters', '/interventions/'],
    ['intervention', '/interventions/cos-p/'],
    ['review with a forest plot', '/reviews/barlow-2015/'],
    ['trial', '/reviews/cosi-trial/'],
    ['reviews index', '/reviews/'],
    ['outcome', '/outcomes/attachment-security/'],
    ['evidence map', '/evidence-map/'],
    ['compare', '/compare/'],
    ['a comparison', '/compare/cos-p-vs-vipp-sd/'],
    ['glossary', '/glossary/'],
    ['event', '/events/eypr-2016/'],
    ['about', '/about/'],
    ['404', '/404.html'],
  ];
  for (const [name, path] of pages) {
    it(`${name} (${path})`, async () => {
      expect(await visit(path)).toEqual(clean);
    });
  }

  it('search, with a query typed and results shown (Pagefind runs WebAssembly here)', async () => {
    const trouble = await visit('/search/', async (page) => {
      await page.getByLabel('Search for', { exact: true }).fill('video feedback');
      await searchResults(page);
    });
    expect(trouble).toEqual(clean);
  });

  it('search on the page itself, when Pagefind cannot start its web worker', async () => {
    const trouble = await visit(
      '/search/',
      async (page) => {
        await page.getByLabel('Search for', { exact: true }).fill('video feedback');
        await searchResults(page);
      },
      withoutSearchWorker,
    );
    expect(trouble).toEqual(clean);
  });

  it('the header search dialog, opened, filled and sent to the search page', async () => {
    const trouble = await visit('/reviews/cosi-trial/', async (page) => {
      await page.locator('[data-search-opener]').click();
      const dialog = page.locator('[data-search-dialog]');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      await dialog.getByLabel('Words to search for').fill('sensitivity');
      await dialog.getByLabel('Words to search for').press('Enter');
      await page.waitForURL(/\/search\/\?q=sensitivity/);
      await searchResults(page);
    });
    expect(trouble).toEqual(clean);
  });
});
