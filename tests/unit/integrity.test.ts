import { describe, expect, it } from 'vitest';
import { checkReferences, formatProblems } from '../../src/lib/integrity.ts';
import { buildSite, ContentError } from '../../src/lib/model.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';

const ref = (collection: string, id: string) => ({ collection, id });

describe('links between entries', () => {
  const entries = [
    { collection: 'outcomes' as const, id: 'disorganised-attachment', file: 'content/outcomes/disorganised-attachment.mdx', data: {} },
    { collection: 'reviews' as const, id: 'r', file: 'content/reviews/r.mdx', data: { effects: [{ outcome: ref('outcomes', 'disorganized-attachment'), interventions: [ref('interventions', 'nothing-like-it')] }] } },
    { collection: 'glossary' as const, id: 'g', file: 'content/glossary/g.yaml', data: { seeAlso: ['missing-term'] } },
  ];
  it('names the file, the field, and the id that does not exist, with a suggestion', () => {
    expect(checkReferences(entries)).toEqual([
      { file: 'content/reviews/r.mdx', field: 'effects[0].outcome', message: 'there is no outcomes entry "disorganized-attachment" (expected a file content/outcomes/disorganized-attachment.*); did you mean "disorganised-attachment"?' },
      { file: 'content/reviews/r.mdx', field: 'effects[0].interventions[0]', message: 'there is no interventions entry "nothing-like-it" (expected a file content/interventions/nothing-like-it.*)' },
      { file: 'content/glossary/g.yaml', field: 'seeAlso[0]', message: expect.stringContaining('no glossary entry "missing-term"') },
    ]);
  });
  it('stops the site build with every problem listed', () => {
    const raw = { sources: [], interventions: [], reviews: [], outcomes: [], glossary: [], events: [] } as unknown as Parameters<typeof buildSite>[0];
    (raw.reviews as unknown[]).push({ id: 'r', file: 'content/reviews/r.mdx', data: entries[1]!.data });
    expect(() => buildSite(raw)).toThrow(ContentError);
    expect(() => buildSite(raw)).toThrow(/2 problems in content\/ \(nothing was published\):\ncontent\/reviews\/r\.mdx: effects\[0\]\.outcome: there is no outcomes entry/);
  });
  it('formats one problem in the singular', () => {
    expect(formatProblems([{ file: 'f', field: 'x', message: 'm' }])).toBe('1 problem in content/ (nothing was published):\nf: x: m');
  });
});

describe('the site model over the real content', () => {
  const site = buildSite(toRawSite(loadContent().entries));
  it('finds the COSI trial and Yaholkoski among the reviews of COS-P, newest first', () => {
    const ids = site.reviewsForIntervention('cos-p').map((r) => r.id);
    expect(ids).toContain('cosi-trial');
    expect(ids).toContain('yaholkoski-2016');
    expect(ids.indexOf('cosi-trial')).toBeLessThan(ids.indexOf('yaholkoski-2016'));
  });
  it('gathers effects on an outcome across reviews, and only effects on that outcome', () => {
    const records = site.effectsForOutcome('attachment-security');
    for (const r of records) expect(r.effect.outcome.id, `${r.review.id} ${r.effect.id}`).toBe('attachment-security');
    const reviews = new Set(records.map((e) => e.review.id));
    expect([...reviews]).toEqual(expect.arrayContaining(['cosi-trial', 'yaholkoski-2016', 'wright-2023']));
    // Fukkink 2008 reports on parenting and child behaviour, not attachment security.
    expect(reviews.has('fukkink-2008')).toBe(false);
    expect(records.length).toBeLessThan(site.effects.length);
  });
});
