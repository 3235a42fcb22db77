// Truth first: every figure on the site must be traceable to its source.
import { describe, expect, it } from 'vitest';
import { loadContent, readSourceTexts } from '../../scripts/lib/load-content.ts';
import { checkReferences } from '../../src/lib/integrity.ts';
import { checkOwnWords, checkQuotes, copiedRuns, wordRunIndex } from '../../src/lib/truth.ts';
import { numberAppearsIn, quoteAppearsIn } from '../../src/lib/quotes.ts';
import { hasShared, needsShared } from '../helpers/shared.ts';
import type { Effect } from '../../src/schemas/effect.ts';

describe('the checks themselves', () => {
  it('finds a quote across line breaks but not a changed word', () => {
    const source = 'How much influence does and should research evidence \nhave on practice?';
    expect(quoteAppearsIn('research evidence have on practice', source)).toBe(true);
    expect(quoteAppearsIn('research evidence has on practice', source)).toBe(false);
  });
  it('finds numbers in the ways sources write them', () => {
    expect(numberAppearsIn(3171, 'Out of 3,171 birthing parents screened')).toBe(true);
    expect(numberAppearsIn(0.65, 'g = 0.65, p = .003')).toBe(true);
    expect(numberAppearsIn(0.23, 'a small mean effect size (d=.23)')).toBe(true);
    expect(numberAppearsIn(0.6, 'quality of caregiving g = 0.60')).toBe(true);
    expect(numberAppearsIn(9, 'one of the nine sites')).toBe(true);
    expect(numberAppearsIn(-0.33, 'SMD 0.04, 95% CI −0.33 to 0.42')).toBe(true);
    expect(numberAppearsIn(0, 'individual therapy for the mother g = −0.00')).toBe(true);
    expect(numberAppearsIn(10, 'a total of 10.00 hours')).toBe(true);
  });
  it('does not find a number inside another', () => {
    expect(numberAppearsIn(10, '100 in the treatment-as-usual arm')).toBe(false);
    expect(numberAppearsIn(0.5, 'g = 0.53')).toBe(false);
    expect(numberAppearsIn(33, 'ES=.33')).toBe(false);
    expect(numberAppearsIn(371, '3,171 screened')).toBe(false);
  });
  it('reports a quote that is not in its source, and a number missing from its quote', () => {
    const entry = {
      collection: 'reviews' as const, id: 'x', file: 'content/reviews/x.mdx',
      data: { effects: [{ estimate: 0.66, source: { collection: 'sources', id: 's' }, quote: 'g = 0.65' }] },
    };
    const problems = checkQuotes([entry], new Map([['s', 'child attachment security g = 0.65']]));
    expect(problems).toEqual([{ file: 'content/reviews/x.mdx', field: 'effects[0].estimate', message: '0.66 does not appear in its quote "g = 0.65"' }]);
    const missing = checkQuotes([entry], new Map([['s', 'something else']]));
    expect(missing[0]).toMatchObject({ field: 'effects[0].quote', message: expect.stringContaining('does not appear verbatim in source "s"') });
  });
  it('finds ten copied words but not nine', () => {
    const seed = 'the programme aims to enhance secure attachment between parent and child over time';
    expect(copiedRuns('It says: programme aims to enhance secure attachment between parent and child.', wordRunIndex([seed]))).toEqual([
      'programme aims to enhance secure attachment between parent and child',
    ]);
    expect(copiedRuns('Yes: programme aims to enhance secure attachment between parent and kids.', wordRunIndex([seed]))).toEqual([]);
  });
});

const { entries, problems } = loadContent();
const texts = readSourceTexts();

describe('the real content', () => {
  it('every file matches its schema', () => {
    expect(problems).toEqual([]);
  });
  it('has the foundation entries', () => {
    const ids = entries.map((e) => `${e.collection}/${e.id}`);
    for (const id of ['interventions/cos-p', 'reviews/cosi-trial', 'reviews/yaholkoski-2016', 'reviews/wright-2023', 'outcomes/parental-mental-health', 'outcomes/parent-infant-bonding']) {
      expect(ids).toContain(id);
    }
  });
  it('every reference resolves', () => {
    expect(checkReferences(entries)).toEqual([]);
  });
  it('every estimate lies within its CI, and every ratio is above 0', () => {
    const effects = entries.flatMap((e) => (e.collection === 'reviews' ? (e.data as { effects: Effect[] }).effects : []));
    expect(effects.length).toBeGreaterThan(0);
    for (const e of effects) {
      if (e.ciLow !== undefined && e.ciHigh !== undefined && e.estimate !== undefined) {
        expect(e.estimate, e.id).toBeGreaterThanOrEqual(e.ciLow);
        expect(e.estimate, e.id).toBeLessThanOrEqual(e.ciHigh);
      }
      if (e.metric === 'OR' || e.metric === 'RR') expect(e.estimate!, e.id).toBeGreaterThan(0);
    }
  });
  it.skipIf(!hasShared)(`every quote appears verbatim in its source, and every number in its quote${needsShared}`, () => {
    const bySource = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, texts!.get((e.data as { text: string }).text)!]));
    expect(checkQuotes(entries, bySource)).toEqual([]);
  });
  it.skipIf(!hasShared)(`summaries are in our own words: no run of 10 words copied from a seed${needsShared}`, () => {
    const seeds = [...texts!].filter(([p]) => p.startsWith('seeds/')).map(([, t]) => t);
    expect(checkOwnWords(entries, seeds)).toEqual([]);
  });
  it('publishes no personal contact details from the registry page', () => {
    for (const e of entries) {
      const all = JSON.stringify(e.data) + e.body;
      expect(all, e.file).not.toMatch(/@annafreud\.org|7794\s?2313|Camilla/i);
    }
  });
});
