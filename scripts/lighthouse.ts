// `npm run lighthouse`: Lighthouse's four scores (performance, accessibility, best practices, SEO) for one page of
// each kind, on a phone (Lighthouse's default mobile emulation, throttled) and a desktop, against the real build served
// by `astro preview` and Debian's Chromium. Written to LIGHTHOUSE.md. A benchmark, not a test: the performance score is
// a timing, and these machines are shared. Needs a build (npm run build) first.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { servePreview } from './lib/preview.ts';

const root = join(import.meta.dirname, '..');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('lighthouse: no build in dist/; run `npm run build` first');
if (!existsSync(chromePath)) throw new Error(`lighthouse: no Chromium at ${chromePath} (apt-get install -y chromium, or set CHROME_PATH)`);

/** One page of each kind readers land on. */
const pages = [
  '/',
  '/interventions/',
  '/interventions/cos-p/',
  '/reviews/cosi-trial/',
  '/outcomes/attachment-security/',
  '/compare/cos-p-vs-vipp-sd/',
  '/evidence-map/',
  '/glossary/',
  '/search/?q=infant+massage',
  '/interventions/cos-p/brief/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof categories)[number], number>;

const preview = await servePreview(root);
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const rows: { page: string; form: 'phone' | 'desktop'; scores: Scores; failing: string[] }[] = [];
try {
  for (const page of pages) {
    for (const form of ['phone', 'desktop'] as const) {
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] };
      const result = await lighthouse(`${preview.baseUrl}${page}`, flags, form === 'desktop' ? desktopConfig : undefined);
      if (!result) throw new Error(`lighthouse: no result for ${page}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`lighthouse: ${page}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
      // What kept a score under 100, by audit title, so the table says where to look.
      const failing = Object.values(lhr.audits)
        .filter((a) => a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual' && a.score !== null && a.score < 0.9)
        .map((a) => a.title);
      rows.push({ page, form, scores, failing });
      console.log(`${page} (${form}): ${categories.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    }
  }
} finally {
  chrome.kill();
  preview.stop();
}

const table = [
  '| page | form | performance | accessibility | best practices | SEO | audits under 0.9 |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.page} | ${r.form} | ${categories.map((c) => r.scores[c]).join(' | ')} | ${r.failing.join('; ') || '–'} |`),
].join('\n');
const all100 = rows.filter((r) => categories.every((c) => r.scores[c] === 100)).length;
const file = join(root, 'LIGHTHOUSE.md');
writeFileSync(
  file,
  `# Lighthouse

Written by \`npm run lighthouse\` (scripts/lighthouse.ts) on ${new Date().toISOString().slice(0, 10)}: Lighthouse 13 against the real build served by \`astro preview\`, in Debian's Chromium; "phone" is Lighthouse's default mobile emulation with simulated throttling, "desktop" its desktop preset. The performance score is a timing on a shared machine: read it as a trend, not a pass mark. Every other score is deterministic.

${all100} of ${rows.length} audits score 100 in all four categories.

${table}
`,
);
console.log(`\n${all100} of ${rows.length} at 100 in every category; written to ${relative(process.cwd(), file)}`);
