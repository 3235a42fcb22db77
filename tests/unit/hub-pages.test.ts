// Hub pages (outcome, intervention) show their first rows and put the rest on numbered
// continuation pages, so no page grows without bound; together the pages hold every row once,
// in order, and the checker's list of pages names the same continuation pages the build makes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hubPageCount, hubPages, rowsPerHubPage } from '../../src/lib/hub-pages.ts';
import { buildSite, paths, type Site } from '../../src/lib/model.ts';
import { sitePages } from '../../src/lib/page-anchors.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { loadContent, projectRoot, toRawSite } from '../../scripts/lib/load-content.ts';
import type { RawSite } from '../../src/lib/model.ts';

const key = (e: Site['effects'][number]) => `${e.review.id}#${e.effect.id}`;

describe('hub pages', () => {
  let dir: string;
  let raw: RawSite;
  let site: Site;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ae-hub-'));
    generateCorpus(join(projectRoot, 'content'), join(dir, 'content'), { reviews: 300, reviewsPerIntervention: 100_000 });
    raw = toRawSite(loadContent(dir).entries);
    site = buildSite(raw);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('split a long list into pages of at most the set size, which together hold every row once, in order', () => {
    const records = site.effectsForOutcome('attachment-security');
    expect(records.length).toBeGreaterThan(2 * rowsPerHubPage);
    const pages = hubPages(records, paths.outcome('attachment-security'));
    expect(pages.length).toBe(Math.ceil(records.length / rowsPerHubPage));
    expect(pages.every((p) => p.records.length <= rowsPerHubPage && p.records.length > 0)).toBe(true);
    expect(pages.flatMap((p) => p.records).map(key)).toEqual(records.map(key));
    expect(pages.map((p) => p.path).slice(0, 3)).toEqual(['/outcomes/attachment-security/', '/outcomes/attachment-security/results/2/', '/outcomes/attachment-security/results/3/']);
    expect(pages.at(-1)!.last).toBe(records.length);
    expect(pages[1]!.first).toBe(rowsPerHubPage + 1);
  });

  it('a short list, or none, is the hub alone', () => {
    expect(hubPages([], '/outcomes/x/')).toEqual([{ number: 1, path: '/outcomes/x/', records: [], first: 0, last: 0 }]);
    expect(hubPages(site.effectsForOutcome('attachment-security').slice(0, 3), '/outcomes/x/')).toHaveLength(1);
    expect(hubPageCount(0)).toBe(1);
  });

  it('the checker lists exactly the continuation pages the build makes', () => {
    const listed = [...sitePages(raw, new Map()).keys()].filter((p) => p.includes('/results/')).sort();
    const made = [
      ...site.outcomes.flatMap((o) => hubPages(site.effectsForOutcome(o.id), paths.outcome(o.id)).slice(1).map((p) => p.path)),
      ...site.interventions.flatMap((i) => hubPages(site.effectsForIntervention(i.id), paths.intervention(i.id)).slice(1).map((p) => p.path)),
    ].sort();
    expect(made.length).toBeGreaterThan(5);
    expect(listed).toEqual(made);
  });
});
