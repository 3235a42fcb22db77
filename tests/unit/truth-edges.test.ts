// The truth rules at their edges, with the exact words an editor reads: evidence whose text
// cannot be read here, bases of a sign, claims checked against the right evidence, and which
// words state a direction.
import { describe, expect, it } from 'vitest';
import type { EntryLike } from '../../src/lib/integrity.ts';
import { bodyOutsideOurReading, checkClaimStrength, checkOwnWords, checkQuotes, checkStatedBases, copiedRuns, wordRunIndex, type HeldText } from '../../src/lib/truth.ts';

const file = 'content/reviews/x.mdx';
const src = { collection: 'sources', id: 's' };
const review = (data: unknown, body?: string): EntryLike & { body?: string } => ({ collection: 'reviews', id: 'x', file, data, ...(body ? { body } : {}) });
const held = (h: HeldText) => new Map([['s', h]]);

const notHeld = 'the words of source "s" are not held, so this quote cannot be checked: add the source\'s fullText (an openly licensed text in content/texts/, with its licence), or have a maintainer check the quote against the publication and add signedOff: { by, date }';
const recordsWords = 'these are our record\'s words, not the authors\': source "s" is known to us only through our record, so write record: instead of quote:';
const noRecord = (id: string) => `source "${id}" has no record of ours (recordedIn): a record is our words about a source we keep notes on; cite the source's own words with quote instead`;

describe('evidence whose text is declared but cannot be read here (../shared absent)', () => {
  it('a quote of a declared full text, or a record of a declared record, is not judged', () => {
    expect(checkQuotes([review({ effects: [{ source: src, quote: 'anything at all' }] })], held({ hasFullText: true, hasRecord: false }))).toEqual([]);
    expect(checkQuotes([review({ effects: [{ source: src, record: 'anything at all' }] })], held({ hasFullText: false, hasRecord: true }))).toEqual([]);
  });
  it('a quote of a source known only through a record is still refused: its words are ours, readable or not', () => {
    expect(checkQuotes([review({ effects: [{ source: src, quote: 'anything at all' }] })], held({ hasFullText: false, hasRecord: true }))).toEqual([{ file, field: 'effects[0].quote', message: recordsWords }]);
  });
});

describe('which message a quote gets', () => {
  it('a quote of a record-only source that is not even in the record is a quote whose words are not held', () => {
    const h = held({ record: 'security g = 0.65', hasFullText: false, hasRecord: true });
    expect(checkQuotes([review({ effects: [{ source: src, quote: 'words from the paper' }] })], h)).toEqual([{ file, field: 'effects[0].quote', message: notHeld }]);
    expect(checkQuotes([review({ effects: [{ source: src, quote: 'g = 0.65' }] })], h)).toEqual([{ file, field: 'effects[0].quote', message: recordsWords }]);
  });
  it('a sign-off does not excuse a quote from a text that is held', () => {
    const signed = { source: src, quote: 'not in the text', signedOff: { by: 'maintainer', date: '2026-11-24' } };
    expect(checkQuotes([review({ effects: [signed] })], held({ fullText: 'the text', hasFullText: true, hasRecord: false }))).toEqual([
      { file, field: 'effects[0].quote', message: 'does not appear verbatim in the text of source "s": "not in the text"' },
    ]);
  });
  it('a record of a source nothing is known of is refused, naming the source', () => {
    expect(checkQuotes([review({ effects: [{ source: { collection: 'sources', id: 'unknown' }, record: 'our note' }] })], held({ hasFullText: false, hasRecord: true }))).toEqual([
      { file, field: 'effects[0].record', message: noRecord('unknown') },
    ]);
  });
  it('a record that is not in our record is quoted back with its white space tidied', () => {
    expect(checkQuotes([review({ effects: [{ source: src, record: 'g =\n  0.66' }] })], held({ record: 'g = 0.65', hasFullText: false, hasRecord: true }))).toEqual([
      { file, field: 'effects[0].record', message: 'does not appear verbatim in our record of "s" (its recordedIn file): "g = 0.66"' },
    ]);
  });
  it('a p-value is checked against a record as against a quote', () => {
    const p = { relation: '=', value: 0.03, reported: 'p = .03' };
    expect(checkQuotes([review({ effects: [{ source: src, record: 'g = 0.65, p = .003', p }] })], held({ record: 'g = 0.65, p = .003', hasFullText: false, hasRecord: true }))).toEqual([
      { file, field: 'effects[0].p', message: 'p 0.03 does not appear in its record "g = 0.65, p = .003"' },
    ]);
  });
});

describe('what counts as cited evidence', () => {
  const text = held({ fullText: 'g = 0.65 and it improved', hasFullText: true, hasRecord: false });
  it('a source left empty, or not a link, makes nothing checkable', () => {
    expect(checkQuotes([review({ effects: [{ source: null, quote: 'nowhere' }, { source: 's', quote: 'nowhere' }, { quote: 'nowhere' }] })], text)).toEqual([]);
  });
  it('an object with a source but neither quote nor record is not evidence', () => {
    expect(checkQuotes([review({ effects: [{ source: src, estimate: 0.99, quote: 12 }] })], text)).toEqual([]);
  });
  it("the basis of a sign is checked against the effect's own source, like the basis of a direction", () => {
    const effect = { source: src, quote: 'g = 0.65', betterWhen: 'higher', betterWhenBasis: { quote: 'higher scores are better' } };
    expect(checkQuotes([review({ effects: [effect] })], text)).toEqual([
      { file, field: 'effects[0].betterWhenBasis.quote', message: 'does not appear verbatim in the text of source "s": "higher scores are better"' },
    ]);
    expect(checkQuotes([review({ effects: [{ ...effect, betterWhenBasis: { quote: 'it improved' } }] })], text)).toEqual([]);
  });
  it('a basis that is our reading, left empty, or on an object without a source, is not checked against a source', () => {
    const ours = { source: src, quote: 'g = 0.65', direction: 'benefit', directionBasis: { reading: 'ours', why: 'we read it so' } };
    const empty = { source: src, quote: 'g = 0.65', direction: 'benefit', directionBasis: null, betterWhenBasis: 'stated' };
    const unsourced = { direction: 'benefit', directionBasis: { quote: 'nowhere in any text' } };
    expect(checkQuotes([review({ effects: [ours, empty, unsourced] })], text)).toEqual([]);
  });
  it('a basis left unset is not evidence either', () => {
    expect(checkQuotes([review({ effects: [{ source: src, quote: 'g = 0.65', directionBasis: undefined, betterWhenBasis: undefined }] })], text)).toEqual([]);
  });
  it('evidence inside evidence is found too', () => {
    const outer = { source: src, quote: 'g = 0.65', points: [{ source: src, quote: 'not in the text' }] };
    expect(checkQuotes([review(outer)], text).map((p) => p.field)).toEqual(['points[0].quote']);
  });
  it('quotes citing one source are each checked, however many there are', () => {
    const many = Array.from({ length: 3 }, (_, i) => ({ source: src, quote: i === 1 ? 'not there' : 'g = 0.65' }));
    expect(checkQuotes([review({ effects: many }), review({ effects: many })], text).map((p) => p.field)).toEqual(['effects[1].quote', 'effects[1].quote']);
  });
});

describe('a direction is "stated" only by words that state it', () => {
  const stated = (direction: string, words: string) => checkStatedBases([review({ effects: [{ direction, directionBasis: { quote: words } }] })]);
  const refused = (direction: string, words: string) => [{ file, field: 'effects[0].directionBasis', message: `"${words}" does not state a direction (${direction}): quote words that do, or mark it reading: ours with why` }];
  it('harm and mixed have words of their own', () => {
    expect(stated('harm', 'the intervention group did worse')).toEqual([]);
    expect(stated('harm', 'more adverse events')).toEqual([]);
    expect(stated('mixed', 'gains on one scale but not another')).toEqual([]);
    expect(stated('harm', 'effects on sleep')).toEqual(refused('harm', 'effects on sleep'));
    expect(stated('mixed', 'effects on sleep')).toEqual(refused('mixed', 'effects on sleep'));
  });
  it('each word of a direction counts in any of its forms, alone in the basis', () => {
    const forms: Record<string, string[]> = {
      benefit: ['improvements', 'increased', 'reduced', 'decreased', 'effectiveness', 'beneficial', 'successful', 'helpful', 'promising', 'fewer', 'less', 'more likely', 'positive', 'better'],
      'no-difference': ['no', 'not', 'null', 'without', 'similar', 'comparable', 'did not', 'ns', 'n.s.'],
      harm: ['harmful', 'worsened', 'negative', 'favoured treatment-as-usual', 'adverse'],
      mixed: ['mixed', 'but', 'though', 'however', 'whereas'],
    };
    for (const [direction, words] of Object.entries(forms)) {
      for (const word of words) expect(stated(direction, `scores ${word} at follow-up`), `${direction}: ${word}`).toEqual([]);
    }
  });
  it('a word of direction counts only as a whole word', () => {
    expect(stated('no-difference', 'a notable piano recital')).toEqual(refused('no-difference', 'a notable piano recital'));
    expect(stated('benefit', 'unhelpfulness')).toEqual(refused('benefit', 'unhelpfulness'));
  });
  it('a direction with no rule of words (unclear) is not judged', () => {
    expect(stated('unclear', 'effects on sleep')).toEqual([]);
  });
  it('a record states as a quote does; a basis of our reading needs no words', () => {
    expect(checkStatedBases([review({ effects: [{ direction: 'benefit', directionBasis: { record: 'effects on sleep' } }] })])).toEqual(refused('benefit', 'effects on sleep'));
    expect(checkStatedBases([review({ effects: [{ direction: 'benefit', directionBasis: { reading: 'ours', why: 'x' } }] })])).toEqual([]);
  });
  it('names the basis wherever it stands', () => {
    const data = { design: { arms: [{}, { direction: 'harm', directionBasis: { quote: 'no change' } }] } };
    expect(checkStatedBases([review(data)]).map((p) => p.field)).toEqual(['design.arms[1].directionBasis']);
  });
  it('a sign is stated by any word that says which way the number runs, in any of its forms', () => {
    for (const word of ['reduction', 'increases', 'decreased', 'improvement', 'fewer', 'less', 'more', 'lowered', 'higher', 'raised', 'declined', 'decline']) {
      expect(checkStatedBases([review({ effects: [{ betterWhen: 'lower', betterWhenBasis: { record: `a ${word} in distress scores` } }] })]), word).toEqual([]);
    }
  });
  it('a direction or a sign without a basis, or a basis without its direction or sign, is not judged here (the schema asks for the pair)', () => {
    expect(checkStatedBases([review({ effects: [{ direction: 'benefit', betterWhen: 'higher' }, { betterWhenBasis: { quote: 'parenting stress scores' } }], note: null })])).toEqual([]);
  });
  it('a sign is refused in words that do not say which way the number runs', () => {
    expect(checkStatedBases([review({ effects: [{ betterWhen: 'lower', betterWhenBasis: { quote: 'parenting stress scores' } }] })])).toEqual([
      { file, field: 'effects[0].betterWhenBasis', message: '"parenting stress scores" does not state which way the number runs: quote words that do, or mark it reading: ours with why' },
    ]);
  });
});

describe('our own words', () => {
  it('a curly apostrophe hides nothing either', () => {
    expect(copiedRuns('the child’s world', wordRunIndex(["the child's world"], 3))).toEqual(['the childs world']);
  });
  it('punctuation alone is never a copied run', () => {
    expect(copiedRuns('— …', wordRunIndex(['– !'], 1))).toEqual([]);
  });
  it('reads inside a prose field that holds a list, and passes over empty fields', () => {
    const entry = review({ covers: [{ summary: 'one two three' }], reason: null, summary: 3 });
    expect(checkOwnWords([entry], ['one two three four'], 3)).toEqual([
      { file, field: 'covers[0].summary', message: 'copies 3+ words from a source; put it in our own words (e.g. "one two three")' },
    ]);
  });
  it('checks every entry, and names each field that copies', () => {
    const seed = 'one two three four';
    const entries = [review({ summary: 'one two three' }), { ...review({ effects: [{ finding: 'x two three four' }] }), file: 'content/reviews/y.mdx' }];
    expect(checkOwnWords(entries, [seed], 3)).toEqual([
      { file, field: 'summary', message: 'copies 3+ words from a source; put it in our own words (e.g. "one two three")' },
      { file: 'content/reviews/y.mdx', field: 'effects[0].finding', message: 'copies 3+ words from a source; put it in our own words (e.g. "two three four")' },
    ]);
  });
});

describe('a claim is checked against the evidence it rests on', () => {
  const says = (words: string, scope: string) => `says ${words}, which ${scope} does not say: quote the source that does, or mark it as our reading (reading: ours, or <OurReading> in the body)`;
  it('names every uncovered word, as written, in one problem', () => {
    const data = { effects: [{ finding: 'It Improved more and worked Best.', source: src, record: 'g = 0.65' }] };
    expect(checkClaimStrength([review(data)])).toEqual([{ file, field: 'effects[0].finding', message: says('"Improved", "Best"', 'its quote or record') }]);
  });
  it('names each word of claim as written, whole, in every form it takes', () => {
    const prose = 'It improved, increased and reduced scores, decreased stress, was beneficial, not harmful, disagreements, outperformed and was superior.';
    expect(checkClaimStrength([review({ summary: prose })])).toEqual([
      { file, field: 'summary', message: says('"improved", "increased", "reduced", "decreased", "beneficial", "harmful", "disagreements", "outperformed"', "this entry's evidence") },
    ]);
    const comparisons = 'The worse and the worst, most and least, fewer, stronger, weakest, larger, biggest, smaller, greater, inferior.';
    expect(checkClaimStrength([review({ summary: comparisons })])[0]!.message).toBe(
      says('"worse", "most", "least", "fewer", "stronger", "weakest", "larger", "smaller", "greater", "inferior"', "this entry's evidence"),
    );
    expect(checkClaimStrength([review({ summary: 'It was effective, the work was ineffective, its effectiveness low; it works well and parents say it work best.' })])[0]!.message).toBe(
      says('"best", "effective", "works well"', "this entry's evidence"),
    );
    expect(checkClaimStrength([review({ summary: 'Parents say it work best.' })])[0]!.message).toBe(says('"best", "work best"', "this entry's evidence"));
  });
  it('a summary, a finding and a text are checked; an outcome\'s own summary defines its measure and is not', () => {
    const data = { summary: 'Better.', effects: [{ finding: 'Better.' }], keyFindings: [{ text: 'Better.' }], label: 'Better.' };
    expect(checkClaimStrength([review(data)]).map((p) => p.field)).toEqual(['summary', 'effects[0].finding', 'keyFindings[0].text']);
    const outcome: EntryLike = { collection: 'outcomes', id: 'o', file: 'content/outcomes/o.mdx', data: { summary: 'Less distress is better.', text: 'Better.', measures: [{ summary: 'Higher is better.' }] } };
    expect(checkClaimStrength([outcome])).toEqual([
      { file: 'content/outcomes/o.mdx', field: 'text', message: says('"Better"', "this entry's evidence") },
      { file: 'content/outcomes/o.mdx', field: 'measures[0].summary', message: says('"better"', "this entry's evidence") },
    ]);
    expect(checkClaimStrength([{ ...outcome, collection: 'reviews' }]).map((p) => p.field)).toEqual(['summary', 'text', 'measures[0].summary']);
  });
  it('without evidence of its own, an item is checked against all the evidence of its entry, each piece read apart', () => {
    const data = { summary: 'It improved and was better.', effects: [{ source: src, quote: 'children improved' }, { source: src, record: 'a better score' }] };
    expect(checkClaimStrength([review(data)])).toEqual([]);
    const split = { summary: 'It was better.', effects: [{ source: src, quote: 'not bet' }, { source: src, record: 'ter' }] };
    expect(checkClaimStrength([review(split)])).toEqual([{ file, field: 'summary', message: says('"better"', "this entry's evidence") }]);
  });
  it("an item's own evidence includes the quotes of its bases, each read apart", () => {
    const effect = { finding: 'It reduced stress and was better.', source: src, record: 'stress reduced', directionBasis: { quote: 'a better outcome' } };
    expect(checkClaimStrength([review({ effects: [effect] })])).toEqual([]);
    const split = { finding: 'It was better.', source: src, record: 'not bet', betterWhenBasis: { quote: 'ter' } };
    expect(checkClaimStrength([review({ effects: [split] })])).toEqual([{ file, field: 'effects[0].finding', message: says('"better"', 'its quote or record') }]);
  });
  it("the basis of an item's sign covers its claim too", () => {
    const effect = { finding: 'Higher is better.', source: src, record: 'g = 0.65', betterWhenBasis: { quote: 'higher scores are better' } };
    expect(checkClaimStrength([review({ effects: [effect] })])).toEqual([]);
  });
  it('reads inside a field that holds a list, and passes over empty fields and evidence that is not text', () => {
    const data = { finding: [{ text: 'The best.' }], effects: [null, { finding: 'Better.', source: src, quote: ['it was better'] }], note: null };
    expect(checkClaimStrength([review(data)]).map((p) => p.field)).toEqual(['finding[0].text', 'effects[1].finding']);
  });
  it('evidence elsewhere in the entry does not cover an item that has its own', () => {
    const data = { effects: [{ finding: 'It improved.', source: src, record: 'g = 0.65' }, { source: src, quote: 'children improved' }] };
    expect(checkClaimStrength([review(data)]).map((p) => p.field)).toEqual(['effects[0].finding']);
  });
  it('does not judge discussion questions, the words of a basis, or sources\' notes', () => {
    const data = { questions: [{ text: 'Which works best?' }], effects: [{ direction: 'benefit', directionBasis: { reading: 'ours', text: 'the best' } }] };
    expect(checkClaimStrength([review(data)])).toEqual([]);
    expect(checkClaimStrength([{ collection: 'sources', id: 's', file: 'content/sources/s.yaml', data: { summary: 'The best trial.' } }])).toEqual([]);
    expect(checkClaimStrength([{ collection: 'glossary', id: 'g', file: 'content/glossary/g.yaml', data: { summary: 'The best term.', examples: [{ text: 'Works better.' }] } }])).toEqual([]);
  });
  it('a passage marked <OurReading> is taken out, each one on its own', () => {
    expect(bodyOutsideOurReading('A <OurReading>is better</OurReading> B <OurReading>\nis best\n</OurReading> C')).toBe('A   B   C');
    const body = '<OurReading>Ours.</OurReading> It is better. <OurReading>Ours too.</OurReading>';
    expect(checkClaimStrength([review({ summary: 'A review.' }, body)])).toEqual([{ file, field: '(body)', message: says('"better"', "this entry's evidence") }]);
  });
});
