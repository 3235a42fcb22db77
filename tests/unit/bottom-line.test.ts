// The bottom line at the top of entry pages: what it says, and that it never
// shows our reading as a finding or leaves a silence unsaid.
import { describe, expect, it } from 'vitest';
import { findingLine, interventionBottomLine, interventionFacts, outcomeBottomLine, reviewBottomLine, topFindings } from '../../src/lib/bottom-line.ts';
import { classifyEffect, combineDirections } from '../../src/lib/direction.ts';
import type { EffectRecord } from '../../src/lib/model.ts';
import { buildSite } from '../../src/lib/model.ts';
import type { Intervention } from '../../src/schemas/intervention.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';

const record = (effect: Partial<EffectRecord['effect']>, design = 'meta-analysis', reviewId = 'r'): EffectRecord =>
  ({ review: { id: reviewId, file: '', data: { design: { type: design } } }, effect: { id: 'e', ...effect }, anchor: 'effect-e' }) as unknown as EffectRecord;

describe('one line of findings', () => {
  it('gives the direction in words with its symbol, the count of results and who reported them', () => {
    const line = findingLine('Attachment security', '/outcomes/attachment-security/', [
      record({ metric: 'd', estimate: 0.35, ciLow: 0.1, ciHigh: 0.61, betterWhen: 'higher', betterWhenBasis: { quote: 'higher is better' } }, 'meta-analysis', 'a'),
      record({ metric: 'd', estimate: 0.3, ciLow: 0.05, ciHigh: 0.5, betterWhen: 'higher', betterWhenBasis: { quote: 'higher is better' } }, 'rct', 'b'),
    ]);
    expect(line).toMatchObject({ direction: 'benefit', symbol: '▲', label: 'Favours the intervention', count: '2 results from 1 review and 1 trial', bases: ['confidence interval'], ourReading: false });
    expect(line.split).toBeUndefined();
  });
  it('says how results that disagree split, most first', () => {
    const line = findingLine('x', '/x/', [record({ direction: 'benefit', directionBasis: { quote: 'q' } }), record({ direction: 'no-difference', directionBasis: { quote: 'q' } }, 'meta-analysis', 'b'), record({ direction: 'no-difference', directionBasis: { quote: 'q' } }, 'meta-analysis', 'c')]);
    expect(line.label).toBe('Mixed');
    expect(line.split).toBe('2 no clear difference, 1 favour the intervention');
  });
  it('marks a direction that is our reading as ours, never as the source\'s', () => {
    const ours = findingLine('x', '/x/', [record({ direction: 'benefit', directionBasis: { reading: 'ours', why: 'w' } })]);
    expect(ours.ourReading).toBe(true);
    expect(ours.bases).toEqual(['our reading']);
    const oursSign = findingLine('x', '/x/', [record({ metric: 'd', estimate: 0.35, ciLow: 0.1, ciHigh: 0.61, betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'w' } })]);
    expect(oursSign.ourReading).toBe(true);
    expect(oursSign.bases).toEqual(['confidence interval; which way is better is our reading']);
  });
});

describe('facts about an intervention', () => {
  it('say where the sources are silent instead of leaving a blank', () => {
    const facts = interventionFacts({ name: 'X', kind: 'programme', summary: 's', lastReviewed: '2026-01-01' } as Intervention);
    expect(facts.map((f) => [f.label, f.values.length, f.silent])).toEqual([
      ['Evidence ratings', 0, 'Not rated by any scheme in our sources'],
      ['Cost', 0, 'Not reported in our sources'],
      ['Child age', 0, 'Not reported in our sources'],
      ['Format', 0, 'Not reported in our sources'],
    ]);
  });
});

describe('the real site', () => {
  const site = buildSite(toRawSite(loadContent().entries));
  const cos = interventionBottomLine(site, site.intervention('cos-p'));
  it('Circle of Security: ratings by scheme with their dates, cost, age, format and the date last checked', () => {
    const ratings = cos.facts.find((f) => f.label === 'Evidence ratings')!.values;
    expect(ratings.length).toBe(site.intervention('cos-p').data.ratings!.length);
    for (const r of ratings) expect(r).toMatch(/evidence base|evidence|effect/i);
    for (const r of ratings) expect(r).toMatch(/\d{4}$/);
    expect(cos.facts.find((f) => f.label === 'Cost')!.values.some((v) => v.startsWith('£'))).toBe(true);
    expect(cos.lastChecked.iso).toBe(site.intervention('cos-p').data.lastReviewed);
  });
  it('one line per outcome, each direction the rule\'s own, our reading flagged wherever an effect rests on it', () => {
    const effects = site.effectsForIntervention('cos-p');
    const outcomes = new Set(effects.map((e) => e.effect.outcome.id));
    expect(cos.findings.length).toBe(outcomes.size);
    for (const line of cos.findings) {
      const group = effects.filter((e) => site.outcome(e.effect.outcome.id).data.name === line.name);
      expect(line.direction).toBe(combineDirections(group.map((e) => classifyEffect(e.effect).direction)));
      const oursInGroup = group.some((e) => { const c = classifyEffect(e.effect); return c.basis === 'our reading' || c.signIsOurs; });
      expect(line.ourReading, line.name).toBe(oursInGroup);
      expect(line.bases.some((b) => b.includes('our reading')), line.name).toBe(oursInGroup);
    }
    expect(cos.findings.some((l) => l.ourReading), 'COS-P has at least one effect read by us, so the test exercises the flag').toBe(true);
  });
  it('every review has a bottom line naming what it is and when it was checked', () => {
    for (const r of site.reviews) {
      const line = reviewBottomLine(site, r);
      expect(line.facts[0]!.values[0]).toBeTruthy();
      expect(line.lastChecked.iso).toBe(r.data.lastReviewed);
      expect(line.findings.length).toBe(new Set(r.data.effects.map((e) => e.outcome.id)).size);
    }
  });
  it('an outcome page gives the span of its reviews\' check dates, and one line per intervention', () => {
    const line = outcomeBottomLine(site, 'attachment-security');
    const records = site.effectsForOutcome('attachment-security');
    const dates = [...new Set(records.map((r) => r.review.data.lastReviewed))].sort();
    expect(line.lastChecked?.iso).toBe(dates[0]);
    if (dates.length > 1) expect(line.lastChecked?.label).toMatch(/^between /);
    expect(line.findings.length).toBe(new Set(records.flatMap((r) => r.effect.interventions.map((i) => i.id))).size);
  });
});

describe('a bottom line stays a summary', () => {
  const line = (name: string) => findingLine(name, `/outcomes/${name}/`, [record({ direction: 'benefit' })]);
  it('shows the first dozen lines (most results first) and counts the rest', () => {
    const lines = Array.from({ length: 13 }, (_, i) => line(`o${i}`));
    expect(topFindings(lines)).toEqual({ findings: lines.slice(0, 12), moreFindings: 1 });
    expect(topFindings(lines.slice(0, 12))).toEqual({ findings: lines.slice(0, 12), moreFindings: 0 });
  });
  it("leaves nothing out on today's pages", () => {
    const today = buildSite(toRawSite(loadContent().entries));
    const lines = [
      ...today.interventions.map((i) => interventionBottomLine(today, i)),
      ...today.reviews.map((r) => reviewBottomLine(today, r)),
      ...today.outcomes.map((o) => outcomeBottomLine(today, o.id)),
    ];
    expect(lines.filter((l) => l.moreFindings > 0)).toEqual([]);
  });
});
