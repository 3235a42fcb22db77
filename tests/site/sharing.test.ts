// Sharing, on the real build: the data beside every effects table reads back
// (papaparse, not the CSV writer) into the rows the table shows; the feed and
// the sitemap parse as XML and list the right pages; every page's canonical and
// Open Graph address is its own; publication citations are offered only for
// complete records and read back (other libraries than citation-js) right.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { read as readRis } from '@customcommander/ris';
import type { HTMLElement } from 'node-html-parser';
import { allPages, fileFor, page, readerText } from '../helpers/dist.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import type { Review } from '../../src/schemas/review.ts';
import type { Source } from '../../src/schemas/source.ts';
import { site } from '../../src/site.config.ts';
import { directionLabels } from '../../src/lib/labels.ts';
import { formatEffect, formatEstimateWithCi, formatP } from '../../src/lib/format.ts';
import { pValue } from '../../src/schemas/effect.ts';

const pages = allPages();
const base = site.base.replace(/\/$/, '');
const absolute = (path: string) => new URL(`${base}${path}`, site.origin).href;
/** A link on a page, as a path in dist (the base path taken off). */
const local = (href: string) => (href.startsWith(base) ? href.slice(base.length) : href);

const { entries } = loadContent();
const reviews = entries.filter((e) => e.collection === 'reviews').map((e) => ({ id: e.id, data: e.data as Review }));
const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data as Source]));

type Row = Record<string, string>;
function readCsv(path: string): { header: string[]; rows: Row[] } {
  const text = readFileSync(fileFor(path), 'utf8');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors, `${path} parses`).toEqual([]);
  return { header: parsed.meta.fields!, rows: parsed.data };
}
function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(fileFor(path), 'utf8')) as T;
}

/** The effects table of a page, row by row, as a reader sees it. */
function tableRows(doc: HTMLElement): { review: string; effect: string; number: string; direction: string; basis: string; evidence: string }[] {
  // The effects table (forest plots carry tables of their own): the one with "Effect as reported".
  const table = doc.querySelectorAll('main .table-wrap > table').find((t) => t.querySelectorAll('thead th').some((th) => readerText(th) === 'Effect as reported'));
  if (!table) return [];
  const headings = table.querySelectorAll('thead th').map((th) => readerText(th));
  const col = (name: string) => headings.indexOf(name);
  return table.querySelectorAll('tbody tr').map((tr) => {
    const cells = tr.querySelectorAll(':scope > td');
    // On a review page the row carries the effect's anchor; elsewhere its first cell links to it.
    const anchor = tr.getAttribute('id') ?? cells[0]!.querySelector('a')!.getAttribute('href')!.split('#')[1]!;
    const reviewHref = tr.getAttribute('id') ? undefined : cells[0]!.querySelector('a')!.getAttribute('href')!;
    const directionCell = cells[col('Direction')]!;
    return {
      review: reviewHref ? local(reviewHref).split('/')[2]! : '',
      effect: anchor.replace(/^effect-/, ''),
      number: readerText(cells[col('Effect as reported')]!),
      direction: readerText(directionCell.querySelector('.direction')!),
      basis: readerText(directionCell).match(/Basis: (.*?)(?:\s?Why we read it so:|$)/)![1]!,
      evidence: readerText(cells[col('Finding')]!.querySelector('details')!.querySelector('blockquote, .record-text')!),
    };
  });
}

const effectsPages = pages.filter((p) => /^\/(reviews|interventions|outcomes)\/[^/]+\/$/.test(p));

describe('the data behind every effects table', () => {
  it('some pages have effects tables (the checks below are not empty)', () => {
    expect(effectsPages.filter((p) => tableRows(page(p)).length > 0).length).toBeGreaterThan(10);
  });
  for (const url of effectsPages) {
    it(`${url}: "Download these effects" beside a table, and the CSV and JSON hold its rows`, () => {
      const doc = page(url);
      const shown = tableRows(doc);
      const links = doc.querySelector('main [data-effects-downloads]');
      if (shown.length === 0) {
        expect(links, `${url} offers downloads without a table`).toBeNull();
        expect(existsSync(fileFor(`${url}effects.csv`))).toBe(false);
        return;
      }
      expect(links, `${url} has an effects table but no downloads`).not.toBeNull();
      expect(readerText(links!)).toMatch(/^Download these effects: CSV, JSON/);
      const [csvHref, jsonHref] = links!.querySelectorAll('a').map((a) => local(a.getAttribute('href')!));
      expect([csvHref, jsonHref]).toEqual([`${url}effects.csv`, `${url}effects.json`]);
      // The links sit right after the table they belong to.
      expect(links!.previousElementSibling?.querySelector('table caption')?.text).toBe(doc.querySelectorAll('main .table-wrap > table').find((t) => t.querySelectorAll('thead th').some((th) => readerText(th) === 'Effect as reported'))!.querySelector('caption')!.text);

      const { rows } = readCsv(csvHref!);
      const json = readJson<{ page: string; licence: string; effects: Record<string, unknown>[] }>(jsonHref!);
      expect(json.page).toBe(absolute(url));
      expect(json.licence).toMatch(/CC BY 4\.0/);
      expect(rows).toHaveLength(shown.length);
      expect(json.effects).toHaveLength(shown.length);
      shown.forEach((s, i) => {
        const row = rows[i]!;
        const j = json.effects[i]!;
        const where = `${url} row ${i + 1} (${row.review}/${row.id})`;
        expect(row.id, where).toBe(s.effect);
        if (s.review) expect(row.review, where).toBe(s.review);
        else expect(row.review, where).toBe(url.split('/')[2]);
        expect(row.url, where).toBe(absolute(`/reviews/${row.review}/#effect-${row.id}`));
        if (row.estimate === '') expect(s.number, where).toBe('No number reported');
        else {
          const reported = formatEstimateWithCi(Number(row.estimate), row.ciLow === '' ? undefined : Number(row.ciLow), row.ciHigh === '' ? undefined : Number(row.ciHigh));
          expect(s.number.startsWith(`${row.metric} = ${reported}`), `${where}: "${s.number}" vs ${reported}`).toBe(true);
          if (row.p !== '') expect(s.number, where).toContain(formatP(pValue.parse(row.p)));
          if (row.derivedCiLow !== '') expect(s.number, where).toContain(`[${formatEffect(Number(row.derivedCiLow))}, ${formatEffect(Number(row.derivedCiHigh))}], calculated by us`);
          if (row.signIsOurReading === 'true') expect(s.number, where).toContain('our reading, not stated by the source');
          if (row.signIsOurReading === 'false') expect(s.number, where).toContain('as reported');
        }
        expect(directionLabels[row.direction as keyof typeof directionLabels], where).toBe(s.direction);
        expect(row.directionBasis, where).toBe(s.basis);
        expect(row.evidence!.replace(/\s+/g, ' '), where).toBe(s.evidence.replace(/^“|”$/g, ''));
        // The JSON says the same, with types.
        expect(j.id).toBe(row.id);
        expect(j.directionBasis).toBe(row.directionBasis);
        expect(j.evidenceKind).toBe(row.evidenceKind);
        expect(j.interventions).toEqual(row.interventions!.split(';'));
      });
    });
  }
  it('/data/effects.csv and .json: every effect once, the same rows as the review pages\' files, every column documented on /data/', () => {
    const all = readCsv('/data/effects.csv');
    const json = readJson<{ effects: Record<string, unknown>[]; licence: string }>('/data/effects.json');
    const perReview = reviews.filter((r) => r.data.effects.length > 0).flatMap((r) => readCsv(`/reviews/${r.id}/effects.csv`).rows);
    expect(all.rows).toHaveLength(reviews.reduce((n, r) => n + r.data.effects.length, 0));
    const key = (r: Row) => `${r.review}/${r.id}`;
    expect(new Set(all.rows.map(key)).size).toBe(all.rows.length);
    expect([...all.rows].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...perReview].sort((a, b) => key(a).localeCompare(key(b))));
    expect(json.effects.map((e) => `${e.review}/${e.id}`)).toEqual(all.rows.map(key));
    const documented = page('/data/').querySelectorAll('main tr[id^="column-"] th code').map((c) => c.text);
    expect(documented).toEqual(all.header);
  });
  it('the JSON carries each effect\'s evidence kind, its evidence, the direction\'s basis and whether the sign is ours', () => {
    const { effects } = readJson<{ effects: Record<string, unknown>[] }>('/data/effects.json');
    const data = new Map(reviews.flatMap((r) => r.data.effects.map((e) => [`${r.id}/${e.id}`, e])));
    for (const e of effects) {
      const where = `${e.review}/${e.id}`;
      const stored = data.get(where)!;
      expect(['quote', 'signed-off quote', 'record']).toContain(e.evidenceKind);
      expect(e.evidenceKind, where).toBe(stored.record !== undefined ? 'record' : stored.signedOff ? 'signed-off quote' : 'quote');
      expect(e.evidence, where).toBe(stored.quote ?? stored.record);
      expect(e.directionBasis, where).toMatch(/^(confidence interval|p-value|stated by the source|our reading|not enough information)(; which way is better is our reading)?$/);
      if (stored.betterWhenBasis) expect(e.signIsOurReading, where).toBe(stored.betterWhenBasis.reading === 'ours');
      // Reported numbers are the stored ones, untouched.
      expect(e.estimate, where).toBe(stored.estimate ?? null);
      expect(e.ciLow, where).toBe(stored.ciLow ?? null);
    }
  });
  it('/data/interventions.json lists every intervention page, with its reviews and its effects download', () => {
    const { interventions, licence } = readJson<{ licence: string; interventions: { id: string; url: string; reviews: string[]; effects: number; effectsCsv: string | null }[] }>('/data/interventions.json');
    expect(licence).toMatch(/Quoted passages remain their authors'/);
    const interventionPages = pages.filter((p) => /^\/interventions\/[^/]+\/$/.test(p));
    expect(interventions.map((i) => `/interventions/${i.id}/`).sort()).toEqual(interventionPages.sort());
    for (const i of interventions) {
      expect(i.url).toBe(absolute(`/interventions/${i.id}/`));
      expect(i.effects).toBe(tableRows(page(`/interventions/${i.id}/`)).length);
      if (i.effects > 0) expect(i.effectsCsv).toBe(absolute(`/interventions/${i.id}/effects.csv`));
      for (const r of i.reviews) expect(pages).toContain(`/reviews/${r}/`);
    }
  });
  it('/data/ and /about/ state the licence, and that quoted passages remain their authors\'', () => {
    for (const url of ['/data/', '/about/']) {
      const text = readerText(page(url).querySelector('main')!);
      expect(text, url).toMatch(/CC BY 4\.0/);
      expect(text, url).toMatch(/Quoted passages remain their authors'/);
    }
  });
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('the feed', () => {
  const feed = xml.parse(readFileSync(fileFor('/feed.xml'), 'utf8'));
  const items = [feed.rss.channel.item].flat() as Record<string, unknown>[];
  it('is RSS 2.0 with the channel\'s required elements', () => {
    expect(feed.rss['@version']).toBe('2.0');
    expect(feed.rss.channel.title).toContain(site.name);
    expect(feed.rss.channel.link).toBe(absolute('/'));
    expect(feed.rss.channel.description.length).toBeGreaterThan(20);
    expect(items.length).toBeGreaterThan(0);
  });
  it('has an item for every review, linking to its page and dated by its evidence check', () => {
    for (const r of reviews) {
      const item = items.find((i) => i.link === absolute(`/reviews/${r.id}/`));
      expect(item, r.id).toBeDefined();
      expect(item!.title).toBe(readerText(page(`/reviews/${r.id}/`).querySelector('h1')!));
      expect(new Date(item!.pubDate as string).toISOString().slice(0, 10)).toBe(r.data.lastReviewed);
      expect(page(`/reviews/${r.id}/`).querySelector('.editorial time')!.getAttribute('datetime')).toBe(r.data.lastReviewed);
      expect(String((item!.guid as Record<string, string>)['#text'])).toContain(r.data.lastReviewed);
    }
  });
  it('every item has a title, description, date and unique guid, links to a review page in the build, newest first', () => {
    const guids = items.map((i) => (i.guid as Record<string, string>)['#text']);
    expect(new Set(guids).size).toBe(items.length);
    const dates = items.map((i) => new Date(i.pubDate as string).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      const link = new URL(item.link as string);
      expect(link.origin).toBe(new URL(site.origin).origin);
      expect(local(link.pathname)).toMatch(/^\/reviews\/[^/]+\/$/);
      expect(existsSync(fileFor(local(link.pathname)))).toBe(true);
      if (link.hash) expect(page(local(link.pathname)).querySelector(`[id="${link.hash.slice(1)}"]`)).not.toBeNull();
    }
    expect(items.length).toBe(reviews.length + reviews.reduce((n, r) => n + (r.data.corrections?.length ?? 0), 0));
  });
  it('every page names the feed in its head', () => {
    for (const url of pages) {
      const link = page(url).querySelector('head link[rel="alternate"][type="application/rss+xml"]');
      expect(link?.getAttribute('href'), url).toBe(`${base}/feed.xml`);
    }
  });
});

describe('canonical addresses, Open Graph and the sitemap', () => {
  const canonicalOf = (url: string) => absolute(url === '/404.html' ? '/404/' : url);
  for (const url of pages) {
    it(`${url}: canonical and og:url are the page's own address; og:title and og:description are set`, () => {
      const head = page(url).querySelector('head')!;
      const canonical = head.querySelectorAll('link[rel="canonical"]');
      expect(canonical).toHaveLength(1);
      expect(canonical[0]!.getAttribute('href')).toBe(canonicalOf(url));
      expect(head.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(canonical[0]!.getAttribute('href'));
      expect(head.querySelector('meta[property="og:title"]')!.getAttribute('content')!.length).toBeGreaterThan(2);
      expect(head.querySelector('meta[property="og:description"]')!.getAttribute('content')).toBe(head.querySelector('meta[name="description"]')!.getAttribute('content'));
      expect(head.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('website');
    });
  }
  it('the sitemap lists every page but 404, by its canonical address, and nothing else', () => {
    const index = xml.parse(readFileSync(fileFor('/sitemap-index.xml'), 'utf8'));
    const maps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
    expect(maps.length).toBeGreaterThan(0);
    const listed = maps.flatMap((loc: string) => {
      const map = xml.parse(readFileSync(fileFor(local(new URL(loc).pathname)), 'utf8'));
      return [map.urlset.url].flat().map((u: { loc: string }) => u.loc);
    });
    const expected = pages.filter((p) => p !== '/404.html').map((p) => page(p).querySelector('link[rel="canonical"]')!.getAttribute('href'));
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});

describe('citing a review\'s publication', () => {
  for (const { id, data } of reviews) {
    it(`/reviews/${id}/: APA 7 with BibTeX and RIS only for a complete record, otherwise says why`, () => {
      const doc = page(`/reviews/${id}/`);
      const source = sources.get(data.publication.id)!;
      const bib = `/reviews/${id}/citation.bib`;
      const ris = `/reviews/${id}/citation.ris`;
      const incomplete = doc.querySelector('main [data-citation-incomplete]');
      if (!existsSync(fileFor(bib))) {
        expect(existsSync(fileFor(ris))).toBe(false);
        expect(doc.querySelector('main [data-citation-downloads]')).toBeNull();
        expect(readerText(incomplete!)).toMatch(/^Our record of this publication is incomplete \(.+\), so we do not offer a citation to download\.$/);
        return;
      }
      // Only a complete record is exported: every author, the published title, a DOI.
      expect(source.authors?.some((a) => /^(et al\.?|and others)$/i.test(a)), 'authors listed as et al.').toBe(false);
      expect(source.note ?? '', 'a descriptive title').not.toMatch(/our descriptive title/i);
      expect(source.doi).toBeDefined();
      expect(incomplete).toBeNull();
      const links = doc.querySelector('main [data-citation-downloads]')!.querySelectorAll('a').map((a) => local(a.getAttribute('href')!));
      expect(links).toEqual([bib, ris]);
      const apa = doc.querySelector('main [data-citation-apa]')!;
      expect(apa.querySelector('a.doi')!.getAttribute('href')).toBe(`https://doi.org/${source.doi}`);
      expect(readerText(apa)).toContain(source.title);

      const surnames = source.authors!.map((a) => a.split(',')[0]!.trim());
      const library = parseBibtex(readFileSync(fileFor(bib), 'utf8'));
      expect(library.errors).toEqual([]);
      expect(library.entries).toHaveLength(1);
      const entry = library.entries[0]!;
      expect(entry.fields.doi).toBe(source.doi);
      expect(entry.fields.title).toBe(source.title);
      expect((entry.fields.author as { lastName: string }[]).map((a) => a.lastName)).toEqual(surnames);

      const records = readRis(readFileSync(fileFor(ris), 'utf8'));
      expect(records).toHaveLength(1);
      expect(records[0]!.DO).toEqual([source.doi]);
      expect(records[0]!.TI).toEqual([source.title]);
      expect((records[0]!.AU as { last_name: string }[]).map((a) => a.last_name)).toEqual(surnames);
    });
  }
  it('some reviews offer citations and some say our record is incomplete (both paths are tested)', () => {
    const offered = reviews.filter((r) => existsSync(fileFor(`/reviews/${r.id}/citation.bib`)));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThan(reviews.length);
  });
});

describe('cite this page', () => {
  for (const url of effectsPages.concat('/data/')) {
    it(`${url}: title, site, address and a placeholder for the date accessed (filled in by the enhancement module)`, () => {
      const doc = page(url);
      const cite = doc.querySelector('main [data-cite-page]')!;
      const text = readerText(cite);
      expect(text).toContain(`${site.name}.`);
      // citation-js sets apostrophes as typographic ones (O’Farrelly).
      expect(text.replace(/’/g, "'")).toContain(readerText(doc.querySelector('h1')!));
      expect(text).toContain(absolute(url));
      expect(readerText(cite.querySelector('[data-date-accessed]')!)).toBe('[date accessed]');
    });
  }
});
