// The benchmark's synthetic corpus: the committed content cloned under new ids, so that every
// check the checker runs still runs on it and passes (quotes stay verbatim), with interventions
// growing one per N reviews. Tried here at a tiny size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type Corpus } from '../../scripts/bench/corpus.ts';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { loadContent, projectRoot, toRawSite } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/model.ts';

const sharedDir = join(projectRoot, '..', 'shared');
let dir: string;
let corpus: Corpus;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ae-bench-corpus-'));
  corpus = generateCorpus(join(projectRoot, 'content'), join(dir, 'content'), { reviews: 40, reviewsPerIntervention: 10 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quotesIn = (text: string) => [...text.matchAll(/^\s*(?:quote|record): (.*)$/gm)].map((m) => m[1]);

describe('the benchmark corpus', () => {
  it('has the reviews asked for, and one more intervention per 10 reviews', () => {
    const committed = readdirSync(join(projectRoot, 'content', 'interventions')).length;
    expect(corpus).toEqual({ reviews: 40, interventions: committed + 4, outcomes: readdirSync(join(projectRoot, 'content', 'outcomes')).length });
  });

  it('passes every check the checker runs, quotes included', () => {
    const result = checkContent({ root: dir, sharedDir });
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatch(/content ok: .*40 reviews/);
  });

  it('keeps every quote and record of a clone exactly as in the committed review', () => {
    const original = readFileSync(join(projectRoot, 'content', 'reviews', 'axford-2015.mdx'), 'utf8');
    const clone = readFileSync(join(dir, 'content', 'reviews', 'axford-2015-b1.mdx'), 'utf8');
    expect(quotesIn(clone)).toEqual(quotesIn(original));
    expect(quotesIn(clone).length).toBeGreaterThan(5);
  });

  it('gives the cloned interventions reviews and effects, and points reviews of reviews at clones', () => {
    const site = buildSite(toRawSite(loadContent(dir).entries));
    const clones = site.interventions.filter((i) => /-x\d+$/.test(i.id));
    expect(clones).toHaveLength(4);
    for (const c of clones) expect(site.reviewsForIntervention(c.id).length, c.id).toBeGreaterThan(0);
    expect(site.review('axford-2015-b1').data.design).toMatchObject({ type: 'review-of-reviews' });
    expect(site.reportedIn('mortensen-2014-b1').map((r) => r.id)).toContain('axford-2015-b1');
  });

  it('refuses a size smaller than the committed content', () => {
    expect(() => generateCorpus(join(projectRoot, 'content'), join(dir, 'small'), { reviews: 5 })).toThrow(/at least the \d+ committed reviews/);
  });
});
