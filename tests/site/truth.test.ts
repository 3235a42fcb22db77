// Truth on the published page: our records are never shown as an author's
// words, and nothing is "stated" or "as reported" unless a source says it.
import { describe, expect, it } from 'vitest';
import { allPages, page, readerText } from '../helpers/dist.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import type { Review } from '../../src/schemas/review.ts';
import { normaliseWhitespace } from '../../src/lib/quotes.ts';
import { site } from '../../src/site.config.ts';

const { entries } = loadContent();
const reviews = entries.filter((e) => e.collection === 'reviews').map((e) => ({ id: e.id, data: e.data as Review }));

/** Every record text cited anywhere in a value. */
function recordsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(recordsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'record' && typeof v === 'string' ? [v] : recordsIn(v)));
}

describe('evidence kinds on review pages', () => {
  for (const { id, data } of reviews) {
    it(`/reviews/${id}/: no record is shown as a quotation, and each is labelled ours`, () => {
      const doc = page(`/reviews/${id}/`);
      const quoted = doc.querySelectorAll('main blockquote').map((b) => normaliseWhitespace(b.textContent));
      const records = recordsIn(data);
      for (const r of records) {
        expect(quoted.some((q) => q.includes(normaliseWhitespace(r))), `"${r}" shown as a quote`).toBe(false);
      }
      if (records.length > 0) {
        const details = doc.querySelectorAll('main details.record');
        expect(details.length).toBeGreaterThan(0);
        for (const d of details) {
          expect(readerText(d.querySelector('summary')!)).toBe('Our record');
          expect(readerText(d.querySelector('.evidence-note')!)).toMatch(/^Our record of what .* reports, in our own condensed words: not the authors' words\.$/);
        }
      }
    });
  }
});

describe('directions and signs on effect rows', () => {
  for (const { id, data } of reviews) {
    for (const effect of data.effects) {
      it(`/reviews/${id}/#effect-${effect.id}: says "stated" and "as reported" only where a source does`, () => {
        const row = page(`/reviews/${id}/`).querySelector(`#effect-${effect.id}`);
        expect(row, 'the effect row').not.toBeNull();
        const text = readerText(row!);
        const directionStated = effect.directionBasis !== undefined && effect.directionBasis.reading !== 'ours';
        if (!directionStated) expect(text).not.toContain('Basis: stated by the source');
        if (effect.betterWhenBasis?.reading === 'ours') {
          expect(text).not.toContain('is better, as reported');
          expect(text).toMatch(/is better: our reading, not stated by the source/);
        }
        if (effect.betterWhen !== undefined && effect.betterWhenBasis?.reading !== 'ours') expect(text).toContain('is better, as reported');
      });
    }
  }
});

describe('what readers are told about how a page was made', () => {
  it('a CI calculated from p says so and says its assumption, where it is shown', () => {
    const row = readerText(page('/reviews/yaholkoski-2016/').querySelector('#effect-attachment-security')!);
    expect(row).toContain('approximate 95% CI [0.22, 1.08], calculated by us from p = .003');
    expect(row).toContain('assumes the p-value came from a two-sided z-test');
  });
  it('a p-value bound gives a reader a plain reason instead of an interval', () => {
    const row = readerText(page('/reviews/yaholkoski-2016/').querySelector('#effect-caregiver-depression')!);
    expect(row).toContain('No confidence interval can be calculated from p < .001');
    expect(row).not.toMatch(/must be an exact value|bound cannot give an SE/);
  });
  it('every review and intervention page says when its evidence was last checked', () => {
    for (const e of entries.filter((x) => x.collection === 'reviews' || x.collection === 'interventions')) {
      const url = `/${e.collection}/${e.id}/`;
      const note = page(url).querySelector('main .editorial');
      expect(note?.querySelector('time')?.getAttribute('datetime'), url).toBe((e.data as { lastReviewed: string }).lastReviewed);
      // "Edit this page" opens the very file in the repository, beside the date.
      expect(note?.querySelector('a')?.getAttribute('href'), url).toBe(`${site.repository}/edit/main/${e.file}`);
    }
  });
  it('every outcome and event page offers "Edit this page", opening its own file (they have no check date)', () => {
    for (const e of entries.filter((x) => x.collection === 'outcomes' || x.collection === 'events')) {
      const url = `/${e.collection}/${e.id}/`;
      const note = page(url).querySelector('main .editorial');
      expect(note?.querySelector('time'), url).toBeNull();
      expect(note?.querySelector('a')?.getAttribute('href'), url).toBe(`${site.repository}/edit/main/${e.file}`);
      expect(readerText(note!), url).toBe('Edit this page');
    }
  });
  it('every review page says who wrote it, or that our sources do not record it', () => {
    for (const { id } of reviews) {
      const doc = page(`/reviews/${id}/`);
      const heading = doc.querySelector('#who-wrote-it');
      expect(heading && readerText(heading)).toBe('Who wrote it');
      // Each question is answered from a source, or says plainly that our sources do not record it.
      for (const h3 of doc.querySelectorAll('main h3').filter((h) => /Developers of the intervention|conflicts of interest/.test(h.textContent))) {
        const answer = h3.nextElementSibling!;
        expect(answer.querySelector('.cite') !== null || readerText(answer) === 'Not reported in our sources', readerText(answer)).toBe(true);
      }
    }
  });
  it('points in our words are labelled as our reading', () => {
    const withOurs = reviews.find((r) => r.data.limitations?.some((p) => p.reading === 'ours'))!;
    const items = page(`/reviews/${withOurs.id}/`).querySelectorAll('main li').map((li) => readerText(li));
    const ours = withOurs.data.limitations!.find((p) => p.reading === 'ours')!;
    expect(items.find((t) => t.startsWith(normaliseWhitespace(ours.text)))).toMatch(/\(our reading\)$/);
  });
  it('no page cites anyone as "and et al." or "and and others"', () => {
    for (const url of allPages()) expect(readerText(page(url)), url).not.toMatch(/\band et al\.|\band and others\b/);
  });
  it('the corrections page exists and the footer links to it', () => {
    expect(readerText(page('/corrections/').querySelector('h1')!)).toBe('Corrections');
    expect(page('/').querySelector('footer a[href$="/corrections/"]')).not.toBeNull();
  });
});
