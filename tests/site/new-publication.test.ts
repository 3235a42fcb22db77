// An editor adds a review of a publication that is not in ../shared, as
// CONTRIBUTING.md describes: the scaffold, an openly licensed text held in
// content/texts/, quotes checked against it, and the page built. Runs on a
// copy of the project with no ../shared beside it, as on a public CI.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { newEntry } from '../../scripts/new-entry.ts';

const root = join(import.meta.dirname, '..', '..');

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ae-editor-'));
  for (const name of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const run = (dir: string, args: string[]) => {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
};

// A made-up publication for this test only (never published on the site): its
// text is what a CC BY article's abstract would be, held in content/texts/.
const text = 'Example trial abstract. In 120 families the programme improved parental sensitivity, d = 0.41, 95% CI 0.05 to 0.77.';

describe('an editor adds a review of a new publication', () => {
  it('passes the checker with quotes checked against the held text, is refused when a quote is wrong, and is published', () => {
    const dir = copyProject();
    try {
      expect(newEntry(dir, 'source', 'example-2024')).toBe('content/sources/example-2024.yaml');
      expect(newEntry(dir, 'review', 'example-2024')).toBe('content/reviews/example-2024.mdx');
      expect(() => newEntry(dir, 'review', 'example-2024')).toThrow(/already exists; it was not changed/);
      writeFileSync(join(dir, 'content/texts/example-2024.txt'), text, { flag: 'wx' });
      writeFileSync(join(dir, 'content/sources/example-2024.yaml'), [
        'kind: journal-article', 'title: "An example trial"', 'authors: ["Example, A.", "Sample, B."]', 'date: "2024"',
        'fullText: content/texts/example-2024.txt', 'licence: "CC BY 4.0"', '',
      ].join('\n'));
      const review = [
        '---', 'title: Example et al. 2024', 'publication: example-2024', 'interventions: ["cos-p"]',
        'summary: A made-up trial for a test, which reported an effect on parental sensitivity.', 'lastReviewed: "2026-11-24"',
        'design:', '  type: rct', '  arms:', '    - label: Programme', '    - label: Usual care', '  randomised:',
        '    - value: 120', '      source: example-2024', '      quote: "In 120 families"',
        'effects:', '  - id: sensitivity', '    interventions: ["cos-p"]', '    outcome: parenting-sensitivity',
        '    finding: Parental sensitivity improved.', '    metric: d', '    estimate: 0.41', '    ciLow: 0.05', '    ciHigh: 0.77',
        '    betterWhen: higher', '    betterWhenBasis: { quote: "the programme improved parental sensitivity" }',
        '    source: example-2024', '    quote: "improved parental sensitivity, d = 0.41, 95% CI 0.05 to 0.77"', '---', '', 'A test page.', '',
      ].join('\n');
      const file = join(dir, 'content/reviews/example-2024.mdx');
      writeFileSync(file, review.replace('d = 0.41, 95% CI', 'd = 0.44, 95% CI'));
      const wrong = run(dir, ['scripts/check-content.ts']);
      expect(wrong.status).toBe(1);
      expect(wrong.output).toMatch(/content\/reviews\/example-2024\.mdx: effects\[0\]\.quote: does not appear verbatim in the text of source "example-2024"/);

      writeFileSync(file, review);
      const ok = run(dir, ['scripts/check-content.ts']);
      expect(ok.output).toContain('content ok');
      expect(ok.output).toContain('NOT checked: ../shared is absent');
      expect(ok.status).toBe(0);

      const built = run(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
      expect(built.status, built.output).toBe(0);
      const html = join(dir, 'dist/reviews/example-2024/index.html');
      expect(existsSync(html)).toBe(true);
      const row = parse(readFileSync(html, 'utf8')).querySelector('#effect-sensitivity')!;
      expect(row.textContent).toContain('d = 0.41 [0.05, 0.77]');
      expect(row.querySelector('blockquote')!.textContent).toBe('“improved parental sensitivity, d = 0.41, 95% CI 0.05 to 0.77”');
      expect(row.textContent).toContain('Higher is better, as reported');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
