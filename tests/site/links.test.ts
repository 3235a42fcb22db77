// Addresses that last, on the real build: every short link, alias and former
// address is a redirect page that leads to its page (and is in _redirects);
// every address in published-urls.txt still resolves; every address the build
// publishes is on that list.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { allPages, dist, fileFor, isRedirectPage, page, readerText } from '../helpers/dist.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { redirectsFile, redirectsFor } from '../../src/lib/short-links.ts';
import { parsePublishedUrls, unlistedUrls, unresolvedUrls } from '../../src/lib/published-urls.ts';
import { site } from '../../src/site.config.ts';

const root = join(import.meta.dirname, '..', '..');
const base = site.base.replace(/\/$/, '');
const redirects = redirectsFor(loadContent(root).entries);
const builtFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((name) => statSync(join(dist, name)).isFile())
  .map((name) => name.split(sep).join('/'));

describe('short links, aliases and former addresses', () => {
  it('there are short links for every intervention and review, and the aliases people type', () => {
    const shorts = redirects.filter((r) => r.kind === 'short');
    expect(shorts).toHaveLength(readdirSync(join(root, 'content/interventions')).length + readdirSync(join(root, 'content/reviews')).length);
    expect(redirects.map((r) => `${r.from} → ${r.to}`)).toEqual(expect.arrayContaining(['/go/cos-p/ → /interventions/cos-p/', '/circle-of-security/ → /interventions/cos-p/', '/go/cosi/ → /reviews/cosi-trial/']));
  });
  for (const r of redirects) {
    it(`${r.from} leads to ${r.to} without script: refresh, canonical and a visible link`, () => {
      const doc = page(r.from);
      expect(isRedirectPage(fileFor(r.from))).toBe(true);
      expect(doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${base}${r.to}`);
      expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(new URL(`${base}${r.to}`, site.origin).href);
      const link = doc.querySelector(`main a[href="${base}${r.to}"]`)!;
      expect(readerText(link)).toBe(readerText(page(r.to).querySelector('h1')!));
      expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      // The page it leads to is a reading page, not another redirect.
      expect(allPages()).toContain(r.to);
    });
  }
  it('_redirects lists the same redirects, for hosts that read it', () => {
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toBe(redirectsFile(redirects, site.base));
  });
  it('redirect pages are exactly the short links, aliases and former addresses', () => {
    expect(allPages(dist, { redirects: true }).sort()).toEqual(redirects.map((r) => r.from).sort());
  });
});

describe('published-urls.txt', () => {
  const listed = parsePublishedUrls(readFileSync(join(root, 'published-urls.txt'), 'utf8'));
  it('every published address still resolves to a page, a download or a redirect', () => {
    expect(listed.length).toBeGreaterThan(400);
    expect(unresolvedUrls(listed, new Set(builtFiles))).toEqual([]);
  });
  it('holds the permanent addresses printed on slides, compare pairs among them', () => {
    expect(listed).toEqual(expect.arrayContaining(['/', '/interventions/cos-p/', '/reviews/cosi-trial/', '/outcomes/parental-mental-health/', '/events/eypr-2016/', '/glossary/', '/about/', '/go/cos-p/', '/circle-of-security/', '/feed.xml', '/data/effects.csv']));
    const pairs = listed.filter((u) => /^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/$/.test(u));
    expect(pairs.length).toBeGreaterThan(100);
    for (const p of pairs) expect(existsSync(fileFor(p)), p).toBe(true);
  });
  it('lists every address this build publishes (run `npm run record-urls` after adding pages)', () => {
    expect(unlistedUrls(listed, builtFiles)).toEqual([]);
  });
});

describe('"Link to this" on effect rows and outcomes', () => {
  const { entries } = loadContent(root);
  const reviewsWithEffects = entries.filter((e) => e.collection === 'reviews') as { id: string; data: { effects: { id: string; outcome: string | { id: string } }[] } }[];
  const outcomeId = (o: string | { id: string }) => (typeof o === 'string' ? o : o.id);
  it('every effect row on a review page has a visible link to its own address', () => {
    let rows = 0;
    for (const r of reviewsWithEffects) {
      const doc = page(`/reviews/${r.id}/`);
      for (const effect of r.data.effects) {
        const row = doc.querySelector(`tr[id="effect-${effect.id}"]`)!;
        expect(row, `${r.id}#effect-${effect.id}`).not.toBeNull();
        const link = row.querySelector(`a.permalink[href="#effect-${effect.id}"]`)!;
        expect(readerText(link)).toMatch(/^Link to this finding: /);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(50);
  });
  it('every outcome in an intervention\'s or review\'s effects table has one anchor, with a link to it', () => {
    for (const r of reviewsWithEffects) {
      const doc = page(`/reviews/${r.id}/`);
      for (const o of new Set(r.data.effects.map((e) => outcomeId(e.outcome)))) {
        expect(doc.querySelectorAll(`[id="outcome-${o}"]`), `${r.id}#outcome-${o}`).toHaveLength(1);
        expect(readerText(doc.querySelector(`[id="outcome-${o}"] a.permalink[href="#outcome-${o}"]`)!)).toMatch(/^Link to this outcome: /);
      }
    }
    const cos = page('/interventions/cos-p/');
    expect(cos.querySelector('[id="outcome-parental-mental-health"] a.permalink')!.getAttribute('href')).toBe('#outcome-parental-mental-health');
  });
});

describe('the share panel on every page', () => {
  const shortFor = new Map(redirects.filter((r) => r.kind === 'short').map((r) => [r.to, r.from]));
  for (const url of allPages().filter((p) => p !== '/404.html')) {
    it(`${url}: offers its short link (or its address) as a link and as a QR code`, () => {
      const panel = page(url).querySelector('aside.share-panel')!;
      const expected = new URL(`${base}${shortFor.get(url) ?? url}`, site.origin).href;
      expect(panel.querySelector('[data-share-url]')!.getAttribute('href')).toBe(expected);
      expect(readerText(panel)).toContain(`${shortFor.has(url) ? 'Short link' : 'Address'}: ${expected.replace(/^https:\/\//, '')}`);
      const svg = panel.querySelector('svg.qr-code')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe(`QR code for ${expected.replace(/^https:\/\//, '')}`);
    });
  }
  it('the 404 page, served at any missing address, offers nothing to share', () => {
    expect(page('/404.html').querySelector('aside.share-panel')).toBeNull();
  });
});

describe('the commissioning brief', () => {
  const { entries } = loadContent(root);
  const reviewEffects = entries.filter((e) => e.collection === 'reviews').flatMap((e) => (e.data as { effects: { interventions: (string | { id: string })[] }[] }).effects);
  const interventions = entries.filter((e) => e.collection === 'interventions') as { id: string; data: { name: string; lastReviewed: string; ratings?: { level: string; date: string }[] } }[];
  for (const { id, data } of interventions) {
    it(`/interventions/${id}/brief/: summary, ratings with dates, cost, delivery, checked date, up to eight effects with directions, sources, short link`, () => {
      const doc = page(`/interventions/${id}/brief/`);
      const text = readerText(doc.querySelector('main')!);
      expect(readerText(doc.querySelector('h1')!)).toBe(data.name);
      expect(text).toMatch(/Evidence checked against our sources on \d{1,2} \w+ \d{4}/);
      for (const heading of ['Evidence ratings, by scheme', 'Cost', 'Delivery', 'Key sources']) expect(text).toContain(heading);
      expect(doc.querySelectorAll('#brief-ratings + ul > li')).toHaveLength(data.ratings?.length ?? 0);
      const effects = doc.querySelectorAll('.brief-effects > li');
      expect(effects.length).toBeLessThanOrEqual(8);
      for (const li of effects) expect(readerText(li)).toMatch(/^(▲|●|▼|◆|\?) (Favours the intervention|No clear difference|Favours the comparison|Mixed|Unclear): .*basis: .*; (quote|our record)\)$/);
      const total = reviewEffects.filter((e) => e.interventions.some((i) => (typeof i === 'string' ? i : i.id) === id)).length;
      expect(readerText(doc.querySelector('#brief-effects')!)).toBe(total === 0 ? 'Effects reported' : `Effects reported (${Math.min(8, total)} of ${total})`);
      if (total > 8) expect(text).toContain(`${total - 8} more effect${total - 8 === 1 ? '' : 's'} on the full page`);
      else expect(text).not.toMatch(/more effects? on the full page/);
      expect(doc.querySelector('.brief-qr [data-share-url]')!.getAttribute('href')).toMatch(/\/go\/[a-z0-9-]+\/$/);
      // The full page offers it.
      expect(page(`/interventions/${id}/`).querySelector(`a[href="${base}/interventions/${id}/brief/"]`)).not.toBeNull();
    });
  }
});
