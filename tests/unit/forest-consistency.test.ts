// Study rows must re-pool to what the review reports; metrics must fit their scale. Fixtures only: content/ has no study rows.
import { describe, expect, it } from 'vitest';
import { checkConsistency, checkEffectScales, checkStudyRows, POOLING_TOLERANCE } from '../../src/lib/consistency.ts';
import { buildSite, ContentError } from '../../src/lib/model.ts';
import { reviewSchema, type Review } from '../../src/schemas/review.ts';
import { effectSchema } from '../../src/schemas/effect.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bcgFile, fixtureDir, loadBcgReview } from '../helpers/forest-fixtures.ts';

type Rows = NonNullable<Review['studyRows']>[number];
const entry = (data: Review) => ({ file: bcgFile, data });
/** The fixture with its first study rows and first effect changed. */
function variant(change: { rows?: Partial<Rows>; studies?: (studies: Rows['studies']) => Rows['studies']; effect?: Partial<Review['effects'][number]> }): Review {
  const review = loadBcgReview();
  const rows = review.studyRows![0]!;
  const changedRows = { ...rows, ...change.rows, studies: change.studies ? change.studies(rows.studies) : rows.studies };
  return { ...review, effects: [{ ...review.effects[0]!, ...change.effect }], studyRows: [changedRows] };
}

describe('study rows against the review’s own pooled result', () => {
  it('passes when the re-pooled estimate and CI agree within 0.01 on the reported scale', () => {
    expect(POOLING_TOLERANCE).toBe(0.01);
    expect(checkStudyRows([entry(loadBcgReview())])).toEqual([]);
  });
  it('fails on a data-entry slip in a study row, naming file, field and both numbers', () => {
    // 4 cases typed as 40
    const problems = checkStudyRows([entry(variant({ studies: (s) => s.map((row, j) => (j === 0 ? { ...row, events1: 40 } : row)) }))]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('tests/fixtures/forest/bcg-review.yaml');
    expect(problems[0]!.field).toBe('studyRows[0]');
    expect(problems[0]!.message).toMatch(/^pooling its 13 study rows \(REML\) gives OR = 0\.\d\d \[0\.\d\d, 0\.\d\d\], but effects\[0\] \("tuberculosis"\) reports OR = 0\.47 \[0\.33, 0\.68\]: estimate /);
    expect(problems[0]!.message).toContain('poolingNote');
  });
  it('fails on a slip in the reported pooled effect, giving both numbers', () => {
    const [problem] = checkStudyRows([entry(variant({ effect: { estimate: 0.74, ciLow: 0.33, ciHigh: 0.86 } }))]);
    expect(problem!.field).toBe('studyRows[0]');
    expect(problem!.message).toContain('gives OR = 0.47 [0.33, 0.68], but effects[0] ("tuberculosis") reports OR = 0.74 [0.33, 0.86]');
    expect(problem!.message).toContain('estimate 0.47 vs 0.74 (off by 0.265)');
    expect(problem!.message).toContain('ciHigh 0.68 vs 0.86');
    expect(problem!.message).not.toContain('ciLow 0.33');
  });
  it('fails when the number of study rows is not the reported k', () => {
    const [problem] = checkStudyRows([entry(variant({ effect: { k: 14 } }))]);
    expect(problem).toMatchObject({ field: 'studyRows[0].studies', message: expect.stringContaining('lists 13 studies, but effects[0] ("tuberculosis") reports k = 14') });
  });
  it('allows a difference that poolingNote explains', () => {
    const review = variant({ effect: { estimate: 0.49, ciLow: 0.34, ciHigh: 0.70 }, rows: { poolingNote: 'The review pooled with DerSimonian–Laird.' } });
    expect(checkStudyRows([entry(review)])).toEqual([]);
    expect(checkStudyRows([entry(variant({ effect: { estimate: 0.49, ciLow: 0.34, ciHigh: 0.70 } }))])).toHaveLength(1);
  });
  it('names the study and field the engine refuses', () => {
    const [problem] = checkStudyRows([entry(variant({ studies: (s) => s.map((row, j) => (j === 2 ? { ...row, events1: 300 } : row)) }))]);
    expect(problem).toEqual({ file: bcgFile, field: 'studyRows[0].studies[2].events1', message: 'study "Rosenthal et al 1960": events1 must not exceed n1 (got 300 events of 231)' });
    const [mixed] = checkStudyRows([entry(variant({ studies: (s) => s.map((row, j) => (j === 1 ? { ...row, m1: 3 } : row)) }))]);
    expect(mixed!.field).toMatch(/^studyRows\[0\]\.studies\[1\]\./);
  });
  it('checks the link to the reported effect: it exists, is on the same outcome and the same family of metric', () => {
    expect(checkStudyRows([entry(variant({ rows: { effect: 'no-such-effect' } }))])[0]).toMatchObject({ field: 'studyRows[0].effect', message: expect.stringContaining('no effect "no-such-effect"') });
    expect(checkStudyRows([entry(variant({ rows: { outcome: { collection: 'outcomes', id: 'other' } } }))])[0]).toMatchObject({ field: 'studyRows[0].outcome' });
    expect(checkStudyRows([entry(variant({ rows: { measure: 'RR' } }))])[0]).toMatchObject({ field: 'studyRows[0].measure', message: expect.stringContaining('reported as OR; pool as OR') });
    expect(checkStudyRows([entry(variant({ rows: { effect: undefined } }))])).toEqual([
      { file: bcgFile, field: 'studyRows[0].betterWhen', message: expect.stringContaining('is required') },
    ]);
  });
  it('requires unique study labels', () => {
    const problems = checkStudyRows([entry(variant({ studies: (s) => s.map((row, j) => (j === 1 ? { ...row, label: 'Aronson 1948' } : row)) }))]);
    expect(problems[0]).toMatchObject({ field: 'studyRows[0].studies[1].label' });
  });
  it('the schema takes study rows as an optional, additive field', () => {
    const raw = parse(readFileSync(join(fixtureDir, 'bcg-review.yaml'), 'utf8')) as Record<string, unknown> & { studyRows: { studies: object[] }[] };
    expect(reviewSchema.parse(raw).studyRows![0]!.studies).toHaveLength(13);
    const { studyRows: rows, ...without } = raw;
    expect(reviewSchema.safeParse(without).success).toBe(true);
    const typo = { ...rows[0]!, studies: [{ ...rows[0]!.studies[0]!, evnts1: 4 }, ...rows[0]!.studies.slice(1)] };
    const bad = reviewSchema.safeParse({ ...without, studyRows: [typo] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['studyRows', 0, 'studies', 0]);
  });
  it('stops the site build with a ContentError naming the file and field', () => {
    const review = variant({ effect: { estimate: 0.74, ciLow: 0.33, ciHigh: 0.86 } });
    const raw = { sources: [], interventions: [], reviews: [{ id: 'bcg', file: bcgFile, data: review }], outcomes: [], glossary: [], events: [] } as unknown as Parameters<typeof buildSite>[0];
    expect(() => buildSite(raw)).toThrow(ContentError);
    expect(() => buildSite(raw)).toThrow(/tests\/fixtures\/forest\/bcg-review\.yaml: studyRows\[0\]: pooling its 13 study rows \(REML\) gives OR = 0\.47 \[0\.33, 0\.68\], but effects\[0\] \("tuberculosis"\) reports OR = 0\.74/);
  });
});

describe('a metric must fit its scale', () => {
  const md = (measure?: string) =>
    effectSchema.parse({ id: 'e', interventions: ['i'], outcome: 'o', finding: 'f', metric: 'MD', estimate: -3.2, ciLow: -5, ciHigh: -1.4, betterWhen: 'lower', betterWhenBasis: { reading: 'ours', why: 'w' }, source: 's', quote: 'MD -3.2 (-5 to -1.4)', ...(measure ? { measure } : {}) });
  it('needs the instrument for a raw mean difference', () => {
    const review = { ...loadBcgReview(), effects: [md()], studyRows: undefined };
    expect(checkEffectScales([entry(review)])).toEqual([{ file: bcgFile, field: 'effects[0].measure', message: expect.stringContaining('name the instrument') }]);
    expect(checkEffectScales([entry({ ...review, effects: [md('CORE-OM')] })])).toEqual([]);
  });
  it('keeps the schema rules: r inside (−1, 1), ratios above 0, a CI containing its estimate', () => {
    const base = { id: 'e', interventions: ['i'], outcome: 'o', finding: 'f', betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'w' }, source: 's', quote: 'q q q' };
    expect(effectSchema.safeParse({ ...base, metric: 'r', estimate: 1.2 }).success).toBe(false);
    expect(effectSchema.safeParse({ ...base, metric: 'OR', estimate: 0 }).success).toBe(false);
    expect(effectSchema.safeParse({ ...base, metric: 'g', estimate: 0.9, ciLow: 0.1, ciHigh: 0.5 }).success).toBe(false);
  });
  it('accepts different metrics on one outcome (they go on separate axes)', () => {
    const review = loadBcgReview();
    const g = effectSchema.parse({ id: 'g', interventions: ['i'], outcome: 'fixture-outcome', finding: 'f', metric: 'g', estimate: 0.3, betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'w' }, source: 's', quote: 'g = 0.3' });
    expect(checkConsistency([entry({ ...review, effects: [...review.effects, g] })])).toEqual([]);
  });
});
