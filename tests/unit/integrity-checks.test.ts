// The whole-site rules a schema cannot make, each on its own, with the message an editor reads:
// dates in the past and in order, registry numbers, participant flow, one file per id, UTF-8 text.
import { describe, expect, it } from 'vitest';
import { checkDates, checkDuplicateIds, checkFlow, checkRegistrations, checkUnreadableCharacters, dateSpan, formatProblems, type EntryLike } from '../../src/lib/integrity.ts';

const file = 'content/reviews/x.mdx';
const review = (data: unknown): EntryLike => ({ collection: 'reviews', id: 'x', file, data });
const today = new Date('2026-11-24T12:00:00Z');

describe('the problem list', () => {
  it('sorts problems by file, keeping each file\'s problems in the order found', () => {
    const text = formatProblems([
      { file: 'content/b.yaml', field: 'x', message: 'first in b' },
      { file: 'content/a.yaml', field: 'y', message: 'only in a' },
      { file: 'content/b.yaml', field: 'z', message: 'second in b' },
    ]);
    expect(text.split('\n').slice(1)).toEqual(['content/a.yaml: y: only in a', 'content/b.yaml: x: first in b', 'content/b.yaml: z: second in b']);
  });
});

describe('what a partial date can mean', () => {
  it('a year runs from 1 January to 31 December; a month to its last day, leap years included; a day is itself', () => {
    expect(dateSpan('2023')).toEqual({ first: '2023-01-01', last: '2023-12-31' });
    expect(dateSpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateSpan('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(dateSpan('2023-04')).toEqual({ first: '2023-04-01', last: '2023-04-30' });
    expect(dateSpan('2023-12')).toEqual({ first: '2023-12-01', last: '2023-12-31' });
    expect(dateSpan('2023-02-01')).toEqual({ first: '2023-02-01', last: '2023-02-01' });
  });
  it('anything else is not a partial date', () => {
    for (const bad of ['12/07/2016', '23', '2023-2', '2023-02-1', ' 2023', '2023 ', '2023-02-01T10:00', 'x2023']) expect(dateSpan(bad), bad).toBeUndefined();
  });
});

describe('dates of things that have happened are not in the future', () => {
  const future = (date: string) => ({ file, field: 'date', message: `"${date}" is in the future (today is 2026-11-24; a date of something that has happened cannot be later)` });
  it('refuses a date after today, and accepts today', () => {
    expect(checkDates([review({ date: '2026-11-25' })], today)).toEqual([future('2026-11-25')]);
    expect(checkDates([review({ date: '2026-11-24' })], today)).toEqual([]);
    expect(checkDates([review({ date: '2025-01-01' })], today)).toEqual([]);
  });
  it('a month or a year counts from its first day: this month and this year are not in the future', () => {
    expect(checkDates([review({ date: '2026-11' }), review({ date: '2026' })], today)).toEqual([]);
    expect(checkDates([review({ date: '2026-12' })], today)).toEqual([future('2026-12')]);
    expect(checkDates([review({ date: '2027' })], today)).toEqual([future('2027')]);
  });
  it('checks the start of recruitment and dates at any depth, naming the field', () => {
    const data = { design: { recruitment: { start: '2027-01' } }, ratings: [{ date: '2020' }, { date: '2030-05-01' }] };
    expect(checkDates([review(data)], today)).toEqual([
      { file, field: 'design.recruitment.start', message: expect.stringMatching(/^"2027-01" is in the future/) },
      { file, field: 'ratings[1].date', message: expect.stringMatching(/^"2030-05-01" is in the future/) },
    ]);
  });
  it("an event's own date may be ahead (a talk is announced), but dates inside an event may not; a planned end may be ahead", () => {
    const event: EntryLike = { collection: 'events', id: 'e', file: 'content/events/e.mdx', data: { date: '2027-03-01', materials: [{ date: '2027-03-02' }] } };
    expect(checkDates([event], today)).toEqual([{ file: 'content/events/e.mdx', field: 'materials[0].date', message: expect.stringMatching(/^"2027-03-02" is in the future/) }]);
    expect(checkDates([review({ date: '2027-03-01' })], today)).toHaveLength(1);
    expect(checkDates([review({ recruitment: { start: '2025-01', end: '2028-12' } })], today)).toEqual([]);
  });
  it('leaves text that is not a date, and fields other than date and start, alone', () => {
    expect(checkDates([review({ date: 'next spring', start: 2030, published: '2030', note: { date: null } })], today)).toEqual([]);
  });
});

describe('an end does not come before its start', () => {
  const before = (end: string, start: string, field = 'recruitment.end') => ({ file, field, message: `"${end}" is before the start, "${start}" (the end must not come before the start)` });
  it('refuses an end before the start', () => {
    expect(checkDates([review({ recruitment: { start: '2022-01-04', end: '2021-12' } })], today)).toEqual([before('2021-12', '2022-01-04')]);
  });
  it('partial dates overlap generously: an end in the month or year of the start is fine, and an end on the start day', () => {
    for (const [start, end] of [['2022-01-04', '2022-01'], ['2022-01-04', '2022'], ['2022', '2022-01-01'], ['2022-01-04', '2022-01-04'], ['2022-03', '2022-03-01']]) {
      expect(checkDates([review({ recruitment: { start, end } })], today), `${start} to ${end}`).toEqual([]);
    }
    expect(checkDates([review({ recruitment: { start: '2022-01-04', end: '2022-01-03' } })], today)).toEqual([before('2022-01-03', '2022-01-04')]);
  });
  it('says nothing when either date is not a date, or missing', () => {
    expect(checkDates([review({ recruitment: { start: 'spring 2022', end: '2021' } }), review({ recruitment: { start: '2022', end: 'ongoing' } }), review({ recruitment: { end: '2021' } })], today)).toEqual([]);
  });
});

describe('registry numbers are well-formed', () => {
  const reg = (registry: string, id: string) => review({ design: { registrations: [{ registry, id }] } });
  const problem = (id: string, registry: string, expected: string) => ({ file, field: 'design.registrations[0].id', message: `"${id}" is not a well-formed ${registry} number (expected ${expected})` });
  it('accepts the numbers as the registries write them', () => {
    expect(checkRegistrations([reg('ISRCTN', 'ISRCTN18308962'), reg('ClinicalTrials.gov', 'NCT01234567'), reg('CPMS', '50730')])).toEqual([]);
  });
  it('an ISRCTN is ISRCTN and exactly 8 digits, nothing before or after', () => {
    const expected = 'ISRCTN followed by 8 digits, e.g. ISRCTN18308962';
    for (const id of ['ISRCTN1830896', 'ISRCTN183089621', '18308962', 'xISRCTN18308962', 'ISRCTN18308962x', 'ISRCTN1830896a']) {
      expect(checkRegistrations([reg('ISRCTN', id)]), id).toEqual([problem(id, 'ISRCTN', expected)]);
    }
  });
  it('a ClinicalTrials.gov number is NCT and exactly 8 digits', () => {
    const expected = 'NCT followed by 8 digits, e.g. NCT01234567';
    for (const id of ['01234567', 'NCT0123456', 'NCT012345678', ' NCT01234567', 'NCT01234567 ', 'NCT0123456x']) {
      expect(checkRegistrations([reg('ClinicalTrials.gov', id)]), id).toEqual([problem(id, 'ClinicalTrials.gov', expected)]);
    }
  });
  it('a CPMS number is digits only', () => {
    for (const id of ['CPMS50730', '50730a', 'a50730', '']) {
      expect(checkRegistrations([reg('CPMS', id)]), id).toEqual([problem(id, 'CPMS', 'digits only, e.g. 50730')]);
    }
  });
  it('a registry it does not know, or an id that is not text, is left alone', () => {
    expect(checkRegistrations([reg('EudraCT', 'anything'), review({ registrations: [{ registry: 'CPMS', id: 50730 }, { registry: 12, id: 'x' }] })])).toEqual([]);
  });
});

describe('participant flow only shrinks', () => {
  const n = (value: number, source = 's') => ({ value, source: { collection: 'sources', id: source } });
  const range = (low: number, high: number, source = 's') => ({ low, high, source: { collection: 'sources', id: source } });
  it('refuses more randomised than screened, and more analysed than randomised, naming both figures', () => {
    expect(checkFlow([review({ design: { screened: [n(300)], randomised: [n(371)] } })])).toEqual([
      { file, field: 'design.randomised[0]', message: '371 randomised is more than the 300 screened (design.screened[0]); no more people can be randomised than were screened, so check both figures' },
    ]);
    expect(checkFlow([review({ arms: [{ randomised: [n(248)], analysed: [n(294)] }] })])).toEqual([
      { file, field: 'arms[0].analysed[0]', message: '294 analysed is more than the 248 randomised (arms[0].randomised[0]); no more people can be analysed than were randomised, so check both figures' },
    ]);
  });
  it('equal figures are fine (nobody lost)', () => {
    expect(checkFlow([review({ screened: [n(100)], randomised: [n(100)], analysed: [n(100)] })])).toEqual([]);
  });
  it('compares screened with analysed only when no randomised figure stands between them', () => {
    expect(checkFlow([review({ screened: [n(100)], analysed: [n(120)] })])).toEqual([
      { file, field: 'analysed[0]', message: expect.stringMatching(/^120 analysed is more than the 100 screened \(screened\[0\]\)/) },
    ]);
    // With randomised between them, each figure is checked against the one before it, and the analysed figure is reported once.
    expect(checkFlow([review({ screened: [n(100)], randomised: [n(110)], analysed: [n(120)] })]).map((p) => p.field)).toEqual(['randomised[0]', 'analysed[0]']);
  });
  it('a range counts from its low end on the smaller side and its high end on the larger', () => {
    expect(checkFlow([review({ screened: [range(90, 120)], randomised: [range(100, 110)] })])).toEqual([]);
    expect(checkFlow([review({ screened: [range(90, 99)], randomised: [range(100, 110)] })])).toEqual([
      { file, field: 'randomised[0]', message: expect.stringMatching(/^100 randomised is more than the 99 screened/) },
    ]);
  });
  it('where one source gives both figures, figures are compared within each source only', () => {
    // Source a: 300 screened, 250 randomised; source b: 240 and 230. Each adds up; a's 250 against b's 240 would not.
    expect(checkFlow([review({ screened: [n(300, 'a'), n(240, 'b')], randomised: [n(250, 'a'), n(230, 'b')] })])).toEqual([]);
    const data = { screened: [n(300, 'a'), n(260, 'b')], randomised: [n(250, 'a'), n(280, 'b')] };
    expect(checkFlow([review(data)])).toEqual([{ file, field: 'randomised[1]', message: expect.stringMatching(/^280 randomised is more than the 260 screened \(screened\[1\]\)/) }]);
    // No source gives both: figures from different sources are compared.
    const noShared = { screened: [n(300, 'a'), n(260, 'a')], randomised: [n(280, 'b')] };
    expect(checkFlow([review(noShared)])).toEqual([{ file, field: 'randomised[0]', message: expect.stringMatching(/^280 randomised is more than the 260 screened \(screened\[1\]\)/) }]);
  });
  it('figures without a source compare with each other', () => {
    expect(checkFlow([review({ screened: [{ value: 10 }], randomised: [{ value: 12 }] })]).map((p) => p.field)).toEqual(['randomised[0]']);
  });
  it('skips items that are not figures, and lists that are not lists', () => {
    expect(checkFlow([review({ screened: [null, 'x', { value: 'ten' }, { low: 1 }], randomised: [n(12)] }), review({ screened: 10, randomised: [n(12)] })])).toEqual([]);
  });
});

describe('one file per id', () => {
  it('names the second file that gives an id, and the first that already has it', () => {
    const entries: EntryLike[] = [
      { collection: 'sources', id: 'a', file: 'content/sources/a.yaml', data: {} },
      { collection: 'reviews', id: 'a', file: 'content/reviews/a.mdx', data: {} },
      { collection: 'sources', id: 'a', file: 'content/sources/a.yml', data: {} },
    ];
    expect(checkDuplicateIds(entries)).toEqual([
      { file: 'content/sources/a.yml', field: '(file name)', message: 'gives the id "a", which content/sources/a.yaml already has (the site would publish only one of them; rename or remove one)' },
    ]);
  });
});

describe('text saved as UTF-8', () => {
  it('finds the replacement character in any field and in the body', () => {
    const entry = { ...review({ title: 'ok', effects: [{ finding: 'caf\uFFFD' }] }), body: 'A body with \uFFFD in it.' };
    expect(checkUnreadableCharacters([entry])).toEqual([
      { file, field: 'effects[0].finding', message: 'contains the character �, which means the file was not saved as UTF-8 (save it as UTF-8 and retype the accented letters, dashes and quotes)' },
      { file, field: '(body)', message: 'contains the character �, which means the file was not saved as UTF-8 (save it as UTF-8)' },
    ]);
    expect(checkUnreadableCharacters([{ ...review({ title: 'café – fine' }), body: 'Fine.' }, review({ n: 3 })])).toEqual([]);
  });
});
