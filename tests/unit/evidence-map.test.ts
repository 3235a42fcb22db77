// The gap map's cell rule, case by case.
import { describe, expect, it } from 'vitest';
import { buildCell, cellCountsText, cellDirection, buildEvidenceMap, cellResults, cellResultsNamed, evidenceMapPages, filledCells, mapGaps, mapRowsPerPage, namedInMap, namedPerMapPage } from '../../src/lib/evidence-map.ts';
import type { EffectRecord } from '../../src/lib/model.ts';
import { buildSite } from '../../src/lib/model.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';

const p = (relation: '<' | '=', value: number) => ({ relation, value, reported: `${relation} ${value}` });
const record = (effect: Partial<EffectRecord['effect']>, design = 'meta-analysis', reviewId = 'r'): EffectRecord =>
  ({ review: { id: reviewId, file: '', data: { design: { type: design } } }, effect: { id: 'e', ...effect }, anchor: 'effect-e' }) as unknown as EffectRecord;

describe('cell direction', () => {
  it('CI excluding no effect: benefit or harm by betterWhen', () => {
    expect(cellDirection([record({ metric: 'OR', estimate: 0.54, ciLow: 0.39, ciHigh: 0.77, betterWhen: 'lower' })])).toBe('benefit');
    expect(cellDirection([record({ metric: 'g', estimate: -0.4, ciLow: -0.7, ciHigh: -0.1, betterWhen: 'higher' })])).toBe('harm');
  });
  it('CI including no effect: no clear difference', () => {
    expect(cellDirection([record({ metric: 'SMD', estimate: 0.04, ciLow: -0.33, ciHigh: 0.42, betterWhen: 'higher' })])).toBe('no-difference');
  });
  it('no CI: the exact p', () => {
    expect(cellDirection([record({ metric: 'g', estimate: 0.65, p: p('=', 0.003), betterWhen: 'higher' })])).toBe('benefit');
    expect(cellDirection([record({ metric: 'r', estimate: 0.07, p: p('=', 0.3), betterWhen: 'higher' })])).toBe('no-difference');
  });
  it('no number: the direction the source states', () => {
    expect(cellDirection([record({ direction: 'no-difference' })])).toBe('no-difference');
  });
  it('nothing to go on: unclear', () => {
    expect(cellDirection([record({ metric: 'd', estimate: 0.23, betterWhen: 'higher' })])).toBe('unclear');
    expect(cellDirection([])).toBe('unclear');
  });
  it('effects that disagree: mixed', () => {
    expect(cellDirection([record({ direction: 'benefit' }), record({ direction: 'no-difference' })])).toBe('mixed');
  });
  it('an unclear effect beside a clear one does not make it mixed', () => {
    expect(cellDirection([record({ direction: 'benefit' }), record({ metric: 'd', estimate: 0.2, betterWhen: 'higher' })])).toBe('benefit');
  });
});

describe('cell counts', () => {
  it('counts reviews and trials separately, and reports k and n as ranges, never sums', () => {
    const cell = buildCell('i', 'o', [
      record({ direction: 'benefit', k: 4 }, 'meta-analysis', 'a'),
      record({ direction: 'benefit', k: 10, n: 300 }, 'meta-analysis', 'b'),
      record({ direction: 'no-difference' }, 'rct', 'c'),
      record({ direction: 'no-difference' }, 'rct', 'c'),
    ]);
    expect(cell).toMatchObject({ reviews: 2, trials: 1, studies: { min: 4, max: 10 }, participants: { min: 300, max: 300 }, direction: 'mixed' });
  });
});

describe('cells whose reading is ours', () => {
  it('say so when a direction or the side favoured rests on our reading, and not otherwise', () => {
    const stated = record({ direction: 'benefit', directionBasis: { quote: 'improved' } });
    const ours = record({ direction: 'benefit', directionBasis: { reading: 'ours', why: 'w' } });
    const oursSign = record({ metric: 'd', estimate: 0.35, ciLow: 0.1, ciHigh: 0.61, betterWhen: 'higher', betterWhenBasis: { reading: 'ours', why: 'w' } });
    const statedSign = record({ metric: 'd', estimate: 0.35, ciLow: 0.1, ciHigh: 0.61, betterWhen: 'higher', betterWhenBasis: { quote: 'reduced' } });
    expect(buildCell('i', 'o', [stated]).ourReading).toBe(false);
    expect(buildCell('i', 'o', [statedSign]).ourReading).toBe(false);
    expect(buildCell('i', 'o', [stated, ours]).ourReading).toBe(true);
    expect(buildCell('i', 'o', [oursSign]).ourReading).toBe(true);
  });
});

describe('the real map', () => {
  const map = buildEvidenceMap(buildSite(toRawSite(loadContent().entries)));
  it('COS-P × parental mental health holds the COSI trial, with no difference', () => {
    const cell = map.rows.find((r) => r.intervention.id === 'cos-p')!.cells.find((c) => c.outcomeId === 'parental-mental-health')!;
    expect(cell.trials).toBe(1);
    expect(cell.effects.map((e) => e.review.id)).toContain('cosi-trial');
  });
  it('has gaps', () => {
    expect(map.rows.flatMap((r) => r.cells).some((c) => c.effects.length === 0)).toBe(true);
  });
});

describe('what a cell names', () => {
  const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i }) as unknown as EffectRecord);
  it('names up to eight results and counts the rest', () => {
    expect(cellResultsNamed).toBe(8);
    const eight = records(8);
    expect(cellResults({ effects: eight })).toEqual({ named: eight, more: 0 });
    const twelve = records(12);
    const { named, more } = cellResults({ effects: twelve });
    expect(named).toEqual(twelve.slice(0, 8));
    expect(more).toBe(4);
    expect(cellResults({ effects: [] })).toEqual({ named: [], more: 0 });
  });
});

describe('the map in pages', () => {
  const row = (...counts: number[]) => ({ cells: counts.map((n) => ({ effects: Array.from({ length: n }) as EffectRecord[] })) });
  it('counts what a map names: each cell up to eight', () => {
    expect(namedInMap([0, 3, 8, 20])).toBe(0 + 3 + 8 + 8);
  });
  it('stays one page while it names up to 600 results, and shares rows evenly across pages beyond', () => {
    expect(namedPerMapPage).toBe(600);
    expect(mapRowsPerPage(22, 54)).toBe(22);
    expect(mapRowsPerPage(22, 600)).toBe(22);
    expect(mapRowsPerPage(42, 601)).toBe(21);
    expect(mapRowsPerPage(42, 1885)).toBe(11);
    expect(mapRowsPerPage(3, 100_000)).toBe(1);
  });
  it('pages: /evidence-map/ then /evidence-map/results/<n>/, every row once, in order', () => {
    const rows = Array.from({ length: 10 }, () => row(8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8)); // 128 named a row
    const pages = evidenceMapPages(rows);
    expect(pages.map((p) => [p.path, p.records.length])).toEqual([['/evidence-map/', 4], ['/evidence-map/results/2/', 4], ['/evidence-map/results/3/', 2]]);
    expect(pages.flatMap((p) => p.records)).toEqual(rows);
    expect(evidenceMapPages([row(1, 0), row(0, 2)])).toHaveLength(1);
  });
  it('counts the gaps of the whole map', () => {
    expect(mapGaps({ outcomes: [1, 2, 3], rows: [row(1, 0, 0), row(0, 0, 2)] })).toBe(4);
  });
});

describe('a cell in words', () => {
  it('counts reviews and trials, then studies and participants as ranges (never summed)', () => {
    expect(cellCountsText({ reviews: 2, trials: 1, studies: { min: 4, max: 12 }, participants: { min: 300, max: 1200 } })).toBe('2 reviews, 1 trial; 4–12 studies; 300–1200 participants');
    expect(cellCountsText({ reviews: 1, trials: 0 })).toBe('1 review');
    expect(cellCountsText({ reviews: 0, trials: 2, participants: { min: 371, max: 371 } })).toBe('2 trials; 371 participants');
  });
  it('lists the cells with evidence, row by row, each with its outcome', () => {
    const cell = (outcomeId: string, n: number) => ({ outcomeId, effects: Array.from({ length: n }) }) as unknown as Parameters<typeof filledCells>[0][number]['cells'][number];
    const rows = [{ cells: [cell('a', 1), cell('b', 0)] }, { cells: [cell('a', 0), cell('b', 2)] }];
    const outcomes = [{ id: 'a' }, { id: 'b' }];
    expect(filledCells(rows, outcomes).map((f) => [rows.indexOf(f.row), f.outcome.id])).toEqual([[0, 'a'], [1, 'b']]);
  });
});
