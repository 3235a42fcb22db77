// WCAG 2.2 AA, checked by axe-core in the real browser, in light and dark.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = [
  '/', '/interventions/', '/interventions/cos-p/', '/interventions/parenting-interventions/', '/reviews/', '/reviews/cosi-trial/',
  '/reviews/wright-2023/', '/reviews/yaholkoski-2016/', '/outcomes/', '/outcomes/attachment-security/', '/glossary/', '/about/',
  '/events/eypr-2016/', '/search/?q=attachment', '/evidence-map/', '/compare/', '/compare/cos-p-vs-vipp-sd/', '/404.html', '/data/',
  '/events/eypr-2016/handout/', '/interventions/cos-p/brief/', '/interventions/theraplay/brief/',
];

const browser = useBrowser();

async function violationsOn(page: import('playwright-core').Page): Promise<string[]> {
  // Through the DevTools protocol, which the page's Content-Security-Policy does
  // not govern: an injected <script> tag would (rightly) be blocked.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

it('the checker itself catches a real violation (so a clean run means something)', async () => {
  const page = await browser().newPage();
  await page.goto(`${baseUrl}/about/`);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Barely visible text';
    p.style.color = '#cccccc';
    p.style.background = '#ffffff';
    document.querySelector('main')!.append(p);
  });
  expect((await violationsOn(page)).some((v) => v.startsWith('color-contrast'))).toBe(true);
  await page.close();
});

describe.each(['light', 'dark'] as const)('axe, %s colour scheme', (colorScheme) => {
  for (const path of pages) {
    it(path, async () => {
      const page = await browser().newPage({ colorScheme });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      // Open every disclosure so hidden content (quotes, tables) is checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await violationsOn(page)).toEqual([]);
      await page.close();
    });
  }
});
