// Truth first: every figure on the site must be traceable to its source.
import { describe, expect, it } from 'vitest';
import { loadContent, projectRoot, toRawSite } from '../../scripts/lib/load-content.ts';
import { readHeldTexts, readSeeds } from '../../scripts/lib/source-texts.ts';
import { checkReferences } from '../../src/lib/integrity.ts';
import { checkClaimStrength, checkOwnWords, checkQuotes, checkStatedBases, copiedRuns, wordRunIndex, type HeldText } from '../../src/lib/truth.ts';
import { numberAppearsIn, quoteAppearsIn } from '../../src/lib/quotes.ts';
import { hasShared, needsShared, sharedDir } from '../helpers/shared.ts';
import type { Effect } from '../../src/schemas/effect.ts';

const full = (fullText: string): HeldText => ({ fullText, hasFullText: true, hasRecord: false });
const recordOnly = (record: string): HeldText => ({ record, hasFullText: false, hasRecord: true });
const src = { collection: 'sources', id: 's' };
const review = (data: unknown, body?: string) => ({ collection: 'reviews' as const, id: 'x', file: 'content/reviews/x.mdx', data, ...(body ? { body } : {}) });

describe('evidence is what it says it is', () => {
  it('a quote of a source known only through our record is refused, with the fix', () => {
    const problems = checkQuotes([review({ effects: [{ source: src, quote: 'g = 0.65, p = .003' }] })], new Map([['s', recordOnly('child attachment security g = 0.65, p = .003, k = 4')]]));
    expect(problems).toEqual([{ file: 'content/reviews/x.mdx', field: 'effects[0].quote', message: expect.stringContaining('write record: instead of quote:') }]);
  });
  it('a record is checked verbatim against our record file, not the source text', () => {
    const ok = checkQuotes([review({ effects: [{ source: src, record: 'g = 0.65, p = .003' }] })], new Map([['s', recordOnly('security g = 0.65, p = .003, k = 4')]]));
    expect(ok).toEqual([]);
    const wrong = checkQuotes([review({ effects: [{ source: src, record: 'g = 0.66' }] })], new Map([['s', recordOnly('security g = 0.65')]]));
    expect(wrong[0]).toMatchObject({ field: 'effects[0].record', message: expect.stringContaining('does not appear verbatim in our record of "s"') });
  });
  it('a record of a source without a record file is refused', () => {
    const problems = checkQuotes([review({ points: [{ source: src, record: 'some words' }] })], new Map([['s', full('some words')]]));
    expect(problems[0]).toMatchObject({ field: 'points[0].record', message: expect.stringContaining('has no record of ours') });
  });
  it('a quote of a publication whose text is not held needs a maintainer sign-off', () => {
    const none: HeldText = { hasFullText: false, hasRecord: false };
    const unsigned = checkQuotes([review({ points: [{ source: src, quote: 'a new finding' }] })], new Map([['s', none]]));
    expect(unsigned[0]).toMatchObject({ field: 'points[0].quote', message: expect.stringContaining('signedOff') });
    const signed = checkQuotes([review({ points: [{ source: src, quote: 'a new finding', signedOff: { by: 'maintainer', date: '2026-11-24' } }] })], new Map([['s', none]]));
    expect(signed).toEqual([]);
  });
  it('a number must appear in its record as in a quote', () => {
    const problems = checkQuotes([review({ effects: [{ source: src, record: 'g = 0.65', k: 4 }] })], new Map([['s', recordOnly('g = 0.65')]]));
    expect(problems).toEqual([{ file: 'content/reviews/x.mdx', field: 'effects[0].k', message: '4 does not appear in its record "g = 0.65"' }]);
  });
  it('a direction basis is checked against the effect\'s own source', () => {
    const data = { effects: [{ source: src, record: 'g = 0.65', direction: 'benefit', directionBasis: { record: 'improved a lot' } }] };
    expect(checkQuotes([review(data)], new Map([['s', recordOnly('g = 0.65')]]))[0]).toMatchObject({ field: 'effects[0].directionBasis.record' });
    expect(checkQuotes([review(data)], new Map([['s', recordOnly('g = 0.65; improved a lot')]]))).toEqual([]);
  });
});

describe('a direction or sign is "stated" only when the words state it', () => {
  it('"effects on X" states no direction', () => {
    const data = { effects: [{ source: src, record: 'effects on unsupportive responses', direction: 'benefit', directionBasis: { record: 'effects on unsupportive responses' } }] };
    expect(checkStatedBases([review(data)])).toEqual([{ file: 'content/reviews/x.mdx', field: 'effects[0].directionBasis', message: expect.stringContaining('does not state a direction (benefit)') }]);
  });
  it('words of improvement state a benefit, and "no ... differences" states none', () => {
    const benefit = { source: src, quote: 'x', direction: 'benefit', directionBasis: { quote: 'showed significantly greater improvements at 7 months' } };
    const none = { source: src, quote: 'x', direction: 'no-difference', directionBasis: { quote: 'no significant differences were found between groups' } };
    expect(checkStatedBases([review({ effects: [benefit, none] })])).toEqual([]);
    expect(checkStatedBases([review({ effects: [{ ...none, direction: 'benefit' }] })])).toHaveLength(1);
  });
  it('a sign is stated only by words that say which way the number runs', () => {
    const unstated = { source: src, record: 'r = .18', betterWhen: 'higher', betterWhenBasis: { record: 'parenting behaviour r = .18' } };
    const stated = { source: src, record: 'g = 0.53', betterWhen: 'higher', betterWhenBasis: { record: 'caregiver depression reduction g = 0.53' } };
    expect(checkStatedBases([review({ effects: [unstated] })])[0]).toMatchObject({ field: 'effects[0].betterWhenBasis', message: expect.stringContaining('which way the number runs') });
    expect(checkStatedBases([review({ effects: [stated] })])).toEqual([]);
  });
  it('our reading needs no words from the source', () => {
    const ours = { source: src, record: 'r = .18', betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'the review aims to improve parenting' } };
    expect(checkStatedBases([review({ effects: [ours] })])).toEqual([]);
  });
});

describe('a claim is no stronger than its evidence (backstop)', () => {
  it('flags a comparative word its own record does not contain', () => {
    const data = { effects: [{ finding: 'The programme reduced disorganised attachment.', source: src, record: 'd = 0.35, 95% CI [0.10, 0.61]' }] };
    expect(checkClaimStrength([review(data)])).toEqual([{ file: 'content/reviews/x.mdx', field: 'effects[0].finding', message: expect.stringContaining('"reduced"') }]);
  });
  it('accepts the word where the evidence has the same family, or the point is marked ours', () => {
    const covered = { finding: 'Depression was reduced.', source: src, record: 'caregiver depression reduction g = 0.53' };
    const ours = { text: 'The most used had the weakest evidence.', reading: 'ours' };
    expect(checkClaimStrength([review({ effects: [covered], keyFindings: [ours] })])).toEqual([]);
  });
  it('checks summaries and bodies against the entry\'s evidence, except passages marked <OurReading>', () => {
    const data = { summary: 'It was the most effective programme.', effects: [{ finding: 'An effect.', source: src, record: 'g = 0.65' }] };
    const flagged = checkClaimStrength([review(data)]);
    expect(flagged.map((p) => p.field)).toEqual(['summary']);
    expect(flagged[0]!.message).toContain('"most"');
    const body = checkClaimStrength([review({ summary: 'A review.' }, 'It works better than others.\n\n<OurReading>It may be better.</OurReading>')]);
    expect(body).toEqual([{ file: 'content/reviews/x.mdx', field: '(body)', message: expect.stringContaining('"better"') }]);
    expect(checkClaimStrength([review({ summary: 'A review.' }, '<OurReading>It may be better.</OurReading>')])).toEqual([]);
  });
  it('does not judge glossary definitions', () => {
    expect(checkClaimStrength([{ collection: 'glossary', id: 'x', file: 'content/glossary/x.yaml', data: { definition: 'A better word.' } }])).toEqual([]);
  });
});

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
    const problems = checkQuotes([entry], new Map([['s', full('child attachment security g = 0.65')]]));
    expect(problems).toEqual([{ file: 'content/reviews/x.mdx', field: 'effects[0].estimate', message: '0.66 does not appear in its quote "g = 0.65"' }]);
    const missing = checkQuotes([entry], new Map([['s', full('something else')]]));
    expect(missing[0]).toMatchObject({ field: 'effects[0].quote', message: expect.stringContaining('does not appear verbatim in the text of source "s"') });
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
const { held } = readHeldTexts(projectRoot, hasShared ? sharedDir : null, toRawSite(entries).sources);
const seeds = hasShared ? readSeeds(sharedDir) : undefined;

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
    expect(checkQuotes(entries, held)).toEqual([]);
  });
  it.skipIf(!hasShared)(`summaries are in our own words: no run of 10 words copied from a seed${needsShared}`, () => {
    expect(checkOwnWords(entries, seeds!)).toEqual([]);
  });
  it('every direction or sign said to be stated comes with words that state it', () => {
    expect(checkStatedBases(entries)).toEqual([]);
  });
  it('no claim of direction, comparison, ranking or size is stronger than its evidence', () => {
    expect(checkClaimStrength(entries)).toEqual([]);
  });
  it('publishes no personal contact details from the registry page', () => {
    for (const e of entries) {
      const all = JSON.stringify(e.data) + e.body;
      expect(all, e.file).not.toMatch(/@annafreud\.org|7794\s?2313|Camilla/i);
    }
  });
});
