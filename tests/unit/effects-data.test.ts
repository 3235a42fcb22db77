// The effects downloads: every column documented, CSV and JSON read back by a
// different library (papaparse) into the same values, and each row saying what
// the effects table says (direction and basis, whose sign, derived CI, evidence kind).
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { effectSchema, type Effect } from '../../src/schemas/effect.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Review } from '../../src/schemas/review.ts';
import type { EffectRecord, Entry } from '../../src/lib/model.ts';
import { effectColumns, effectDataRow, effectsCsv, effectsJson, dataLicence, type EffectDataRow } from '../../src/lib/effects-data.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { effectNotes } from '../../src/lib/effect-notes.ts';
import { fixtureEffects } from '../helpers/forest-fixtures.ts';

const source: Source = { kind: 'journal-article', title: 'Efficacy of the circle of security intervention: a meta-analysis', authors: ['Yaholkoski, A.', 'Hurl, K.', 'Theule, J.'], date: '2016', doi: '10.1080/15289168.2016.1163161' };
const review = { id: 'yaholkoski-2016', file: 'content/reviews/yaholkoski-2016.mdx', data: { title: 'Yaholkoski et al. 2016' } as Review } satisfies Entry<Review>;
const record = (effect: Effect): EffectRecord => ({ review, effect, anchor: `effect-${effect.id}` });
const url = (path: string) => absoluteUrl(path, 'https://example.org', '/');

const signedOff = effectSchema.parse({
  id: 'two-interventions', interventions: ['cos-p', 'video-feedback'], outcome: 'attachment-security',
  finding: 'Fewer children, "insecure"; see below.', metric: 'OR', estimate: 0.54, ciLow: 0.39, ciHigh: 0.77,
  betterWhen: 'lower', betterWhenBasis: { quote: 'lower odds of insecure attachment' },
  source: 'yaholkoski-2016', quote: 'OR = 0.54, 95% CI 0.39 to 0.77, "insecure"', signedOff: { by: 'maintainer', date: '2026-11-20' }, locator: 'Table 2',
});
const stated = effectSchema.parse({
  id: 'stated', interventions: ['cos-p'], outcome: 'attachment-security', finding: 'No difference.',
  direction: 'no-difference', directionBasis: { reading: 'ours', why: 'the slide says "no effect"' },
  source: 'yaholkoski-2016', record: 'No difference in attachment was found.',
});
const records = [...fixtureEffects('yaholkoski').map(record), record(signedOff), record(stated)];
const rows = records.map((r) => effectDataRow(r, () => source, url));

describe('an effect as a download row', () => {
  it('documents every field of the row, once, in order', () => {
    const keys = effectColumns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(rows[0]!).sort());
    for (const c of effectColumns) expect(c.description.length, c.key).toBeGreaterThan(20);
  });
  it('keeps reported numbers as reported and the p-value as written', () => {
    const row = rows.find((r) => r.id === 'attachment-security')!;
    expect(row).toMatchObject({ metric: 'g', estimate: 0.65, ciLow: null, ciHigh: null, p: '= .003', k: 4, review: 'yaholkoski-2016', url: 'https://example.org/reviews/yaholkoski-2016/#effect-attachment-security' });
  });
  it('gives a CI we derived apart from the reported one, with how and its assumption, rounded as the page shows it', () => {
    const row = rows.find((r) => r.id === 'attachment-security')!;
    const notes = effectNotes(fixtureEffects('yaholkoski')[0]!);
    expect(row.derivedCiLow).toBe(Number(notes.derivedCi!.ciLow.toFixed(2)));
    expect(row.derivedCiHigh).toBe(Number(notes.derivedCi!.ciHigh.toFixed(2)));
    expect(notes.derivedCi!.text).toContain(`[${row.derivedCiLow!.toFixed(2)}, ${row.derivedCiHigh!.toFixed(2)}]`);
    expect(row.derivation).toBe(notes.derivedCi!.derivation);
    expect(row.derivationAssumption).toMatch(/two-sided z-test/);
    // A bound such as p < .001 gives no interval, and the row says why.
    const bound = rows.find((r) => r.id === 'caregiver-depression')!;
    expect(bound).toMatchObject({ derivedCiLow: null, derivedCiHigh: null, ciNote: 'No confidence interval can be calculated from p < .001: the exact p-value is not reported.' });
  });
  it('says whose sign and whose direction it is, in the page\'s words', () => {
    const ours = rows.find((r) => r.id === 'attachment-security')!;
    expect(ours).toMatchObject({ direction: 'benefit', directionBasis: 'p-value; which way is better is our reading', signIsOurReading: true, signWhy: 'a test fixture' });
    const byCi = rows.find((r) => r.id === 'two-interventions')!;
    expect(byCi).toMatchObject({ direction: 'benefit', directionBasis: 'confidence interval', signIsOurReading: false, betterWhen: 'lower' });
    const reading = rows.find((r) => r.id === 'stated')!;
    expect(reading).toMatchObject({ direction: 'no-difference', directionBasis: 'our reading', directionWhy: 'the slide says "no effect"', signIsOurReading: null, estimate: null });
  });
  it('carries the evidence and its kind: quote, signed-off quote or our record', () => {
    expect(rows.find((r) => r.id === 'attachment-security')).toMatchObject({ evidenceKind: 'quote', evidence: 'child attachment security g = 0.65, p = .003, k = 4' });
    expect(rows.find((r) => r.id === 'two-interventions')).toMatchObject({ evidenceKind: 'signed-off quote', signedOffBy: 'maintainer', signedOffDate: '2026-11-20', locator: 'Table 2' });
    expect(rows.find((r) => r.id === 'stated')).toMatchObject({ evidenceKind: 'record', evidence: 'No difference in attachment was found.' });
    expect(rows[0]).toMatchObject({ source: 'yaholkoski-2016', sourceCitation: 'Yaholkoski et al. 2016', sourceDoi: '10.1080/15289168.2016.1163161' });
  });
});

describe('CSV and JSON read back', () => {
  const csv = effectsCsv(rows);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  it('parses with papaparse into one record per effect with the documented header', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(effectColumns.map((c) => c.key));
    expect(parsed.data).toHaveLength(rows.length);
  });
  it('gives back every value: numbers, booleans, empty for absent, lists split on semicolons, quotes and commas intact', () => {
    const asCsv = (v: EffectDataRow[keyof EffectDataRow]) => (v === null ? '' : Array.isArray(v) ? v.join(';') : String(v));
    parsed.data.forEach((got, i) => {
      for (const { key } of effectColumns) expect(got[key], `${rows[i]!.id}.${key}`).toBe(asCsv(rows[i]![key]));
    });
    const two = parsed.data.find((r) => r.id === 'two-interventions')!;
    expect(two.interventions!.split(';')).toEqual(['cos-p', 'video-feedback']);
    expect(two.finding).toBe('Fewer children, "insecure"; see below.');
    expect(two.signIsOurReading).toBe('false');
  });
  it('JSON keeps types and says its licence', () => {
    const json = JSON.parse(effectsJson(rows, { title: 't', page: 'p', documentation: 'd', licence: dataLicence })) as { licence: string; effects: EffectDataRow[] };
    expect(json.effects).toEqual(rows);
    expect(json.licence).toMatch(/CC BY 4\.0/);
    expect(json.licence).toMatch(/Quoted passages remain their authors'/);
  });
});
