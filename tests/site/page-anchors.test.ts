// The list of linkable anchors (src/lib/page-anchors.ts) held against the real
// build: each section id is on exactly the pages its condition says, every
// section heading a template prints on an entry page is listed, and body
// heading ids are computed as Astro prints them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';
import { chromeAnchors, fixedPageAnchors, sectionAnchors, sitePages } from '../../src/lib/page-anchors.ts';
import { bodyOf, headingIds } from '../../src/lib/body-checks.ts';
import type { Entry, RawSite } from '../../src/lib/model.ts';
import { allPages, page } from '../helpers/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const { entries } = loadContent();
const raw = toRawSite(entries);
const routes = { interventions: 'interventions', reviews: 'reviews', outcomes: 'outcomes', events: 'events' } as const;
const bodyIds = (file: string) => headingIds(bodyOf(readFileSync(join(root, file), 'utf8')));

describe('section anchors match the built pages', () => {
  for (const collection of Object.keys(sectionAnchors) as (keyof typeof sectionAnchors)[]) {
    it(`${collection}: each listed id is printed exactly when its condition holds`, () => {
      const wrong: string[] = [];
      for (const entry of raw[collection] as Entry<unknown>[]) {
        const doc = page(`/${routes[collection]}/${entry.id}/`);
        for (const [id, when] of Object.entries(sectionAnchors[collection] as Record<string, (e: Entry<unknown>, s: RawSite) => boolean>)) {
          const expected = when(entry, raw);
          const printed = doc.querySelector(`[id="${id}"]`) !== null;
          if (expected !== printed) wrong.push(`${entry.id}: #${id} ${printed ? 'printed but not listed' : 'listed but not printed'}`);
        }
      }
      expect(wrong).toEqual([]);
    });
    it(`${collection}: every section heading the template prints is listed`, () => {
      const listed = new Set([...Object.keys(sectionAnchors[collection]), ...chromeAnchors]);
      const unlisted = new Set<string>();
      for (const entry of raw[collection]) {
        const doc = page(`/${routes[collection]}/${entry.id}/`);
        const inBody = new Set(doc.querySelectorAll('div.prose [id]').map((el) => el.id));
        for (const h of doc.querySelectorAll('h2[id]')) if (!inBody.has(h.id) && !listed.has(h.id)) unlisted.add(h.id);
      }
      expect([...unlisted]).toEqual([]);
    });
  }
  it('the fixed pages print their listed anchors', () => {
    for (const [path, ids] of Object.entries(fixedPageAnchors)) for (const id of ids) expect(page(path).querySelector(`[id="${id}"]`), `${path}#${id}`).not.toBeNull();
  });
  it('body heading ids are the ids Astro printed', () => {
    for (const collection of Object.keys(routes) as (keyof typeof routes)[]) {
      for (const entry of raw[collection]) {
        const printed = page(`/${routes[collection]}/${entry.id}/`).querySelectorAll('div.prose :is(h1,h2,h3,h4,h5,h6)').map((h) => h.id);
        expect(bodyIds(entry.file), entry.file).toEqual(printed);
      }
    }
  });
  it('every page the model lists is in the build, and every built page is in the model', () => {
    const model = new Set(sitePages(raw, new Map()).keys());
    const built = new Set(allPages().filter((p) => p !== '/404.html'));
    expect([...model].filter((p) => !built.has(p))).toEqual([]);
    expect([...built].filter((p) => !model.has(p))).toEqual([]);
  });
  it('every anchor the model offers for a page is on that built page', () => {
    const missing: string[] = [];
    const headings = new Map(entries.filter((e) => e.collection in routes).map((e) => [`${e.collection}/${e.id}`, bodyIds(e.file)]));
    for (const [path, anchors] of sitePages(raw, headings)) for (const id of anchors) if (!page(path).querySelector(`[id="${id}"]`)) missing.push(`${path}#${id}`);
    expect(missing).toEqual([]);
  });
});
