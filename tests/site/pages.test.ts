// What every page of the real build must do for every reader.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { allPages, fileFor, page, readerText } from '../helpers/dist.ts';

const pages = allPages();

describe('every page', () => {
  it('the build has every kind of page', () => {
    for (const p of ['/', '/interventions/', '/interventions/cos-p/', '/reviews/', '/reviews/cosi-trial/', '/outcomes/', '/outcomes/parental-mental-health/', '/glossary/', '/about/', '/events/eypr-2016/', '/404.html']) {
      expect(pages).toContain(p);
    }
  });
  for (const url of pages) {
    it(`${url}: landmarks, one h1, skip link, advice note, no tracking`, () => {
      const doc = page(url);
      const html = readFileSync(fileFor(url), 'utf8');
      expect(doc.querySelector('html')!.getAttribute('lang')).toBe('en-GB');
      expect(doc.querySelectorAll('header').length).toBeGreaterThanOrEqual(1);
      expect(doc.querySelectorAll('main')).toHaveLength(1);
      expect(doc.querySelector('footer')).not.toBeNull();
      expect(doc.querySelector('nav[aria-label="Main"]')).not.toBeNull();
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      expect(doc.querySelector('a.skip-link')!.getAttribute('href')).toBe('#main');
      expect(doc.querySelector('title')!.text.length).toBeGreaterThan(5);
      expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')!.length).toBeGreaterThan(20);
      expect(readerText(doc.querySelector('footer')!)).toContain('not medical advice');
      expect(readerText(doc.querySelector('footer')!)).toMatch(/GP, midwife or health visitor/);
      // Privacy: nothing is loaded from another site, and reading needs no script.
      for (const el of doc.querySelectorAll('script[src], link[href], img[src], iframe, source[src]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href')!;
        if (el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical') continue;
        expect(ref, `${url} loads ${ref}`).not.toMatch(/^(https?:)?\/\//);
      }
      expect(html).not.toMatch(/googletagmanager|google-analytics|gtag\(|plausible\.io|fonts\.(googleapis|gstatic)|cdn\./i);
      // Script policy: a reading page carries at most one small enhancement module (10 KB compressed).
      if (url !== '/search/') {
        const scripts = doc.querySelectorAll('script');
        expect(scripts.length, `${url} scripts`).toBeLessThanOrEqual(1);
        for (const s of scripts) {
          expect(s.getAttribute('type')).toBe('module');
          const code = s.getAttribute('src') ? readFileSync(fileFor(s.getAttribute('src')!)) : Buffer.from(s.text);
          expect(gzipSync(code).length, `${url} enhancement module`).toBeLessThan(10 * 1024);
          expect(s.text).not.toContain('pagefind');
        }
      }
      // Personal contact details from the registry page are never published.
      expect(html).not.toMatch(/annafreud\.org|7794\s?2313/);
    });
  }
  it('every link inside the site leads to a page in the build', () => {
    const broken: string[] = [];
    for (const url of pages) {
      for (const a of page(url).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        if (href.startsWith('#')) {
          if (href.length > 1 && !page(url).querySelector(`[id="${href.slice(1)}"]`)) broken.push(`${url} → ${href}`);
          continue;
        }
        const [path, hash] = href.split('#');
        if (!existsSync(fileFor(path!))) broken.push(`${url} → ${href}`);
        else if (hash && !page(path!).querySelector(`[id="${hash}"]`)) broken.push(`${url} → ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });
  it('a reader can reach every page by following links from the home page', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const url = queue.shift()!;
      for (const a of page(url).querySelectorAll('a[href^="/"]')) {
        const path = a.getAttribute('href')!.split('#')[0]!.split('?')[0]!;
        if (!seen.has(path) && existsSync(fileFor(path))) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
    expect(pages.filter((p) => !seen.has(p) && p !== '/404.html')).toEqual([]);
  });
  it('every table has a caption and header cells', () => {
    for (const url of pages) {
      for (const table of page(url).querySelectorAll('table')) {
        expect(table.querySelector('caption'), url).not.toBeNull();
        expect(table.querySelectorAll('th').length, url).toBeGreaterThan(0);
      }
    }
  });
});

describe('what pages say', () => {
  it('an empty field says "not reported in our sources", never a blank', () => {
    expect(readerText(page('/interventions/parenting-interventions/').querySelector('main')!)).toContain('Not reported in our sources');
  });
  it('disagreeing sources are each shown with their source (COS-P sessions)', () => {
    const glance = page('/interventions/cos-p/').querySelector('.glance')!;
    const sessions = glance.querySelectorAll('div').find((d) => d.querySelector('dt')?.text === 'Sessions')!;
    const text = readerText(sessions);
    expect(text).toContain('Our sources give different figures');
    expect(text).toMatch(/10–20 group sessions.*COSI blog appraisal/);
    expect(text).toMatch(/10 weekly sessions.*COSI registry record/);
  });
  it('a derived number is labelled as derived (COSI: 294 analysed from 194 + 100)', () => {
    const text = readerText(page('/reviews/cosi-trial/').querySelector('main')!);
    expect(text).toMatch(/294 in total derived by us: 194 \(COS-P plus treatment as usual\) \+ 100 \(Treatment as usual\)/);
  });
  it('a review page links its DOI', () => {
    const links = page('/reviews/yaholkoski-2016/').querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain('https://doi.org/10.1080/15289168.2016.1163161');
  });
  it('each effect on a review page has a stable anchor', () => {
    const doc = page('/reviews/wright-2023/');
    expect(doc.querySelector('#effect-disorganised-attachment')).not.toBeNull();
    expect(readerText(doc.querySelector('#effect-disorganised-attachment')!)).toContain('OR = 0.54 [0.39, 0.77]');
  });
  it('an exact p gives an approximate CI labelled as derived; a bound such as p < .001 gives none', () => {
    const doc = page('/reviews/yaholkoski-2016/');
    // g = 0.65, p = .003: SE = 0.65 / qnorm(1 - .003/2) = 0.2190, so 0.65 ± 1.96 × 0.2190.
    expect(readerText(doc.querySelector('#effect-attachment-security')!)).toContain('approximate 95% CI [0.22, 1.08], calculated by us from p = .003');
    const depression = readerText(doc.querySelector('#effect-caregiver-depression')!);
    expect(depression).toContain('No confidence interval can be calculated from p < .001: the exact p-value is not reported.');
    expect(depression).not.toContain('approximate');
  });
  it('findings without numbers keep their stated direction', () => {
    const row = page('/reviews/cosi-trial/').querySelector('#effect-bonding-12m')!;
    expect(readerText(row)).toMatch(/No number reported.*No clear difference/);
  });
});
