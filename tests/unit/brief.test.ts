import { describe, expect, it } from 'vitest';
import { briefEffects, briefPath } from '../../src/lib/brief.ts';
import type { EffectRecord } from '../../src/lib/model.ts';

const record = (id: string, estimate?: number): EffectRecord =>
  ({ review: { id: 'r', file: 'f', data: {} }, effect: { id, estimate, metric: estimate === undefined ? undefined : 'SMD' }, anchor: `effect-${id}` }) as unknown as EffectRecord;

describe('the effects on a brief', () => {
  it('shows at most eight, numbers first then findings in words, each in page order, and counts the rest', () => {
    const records = [record('w1'), record('n1', 0.2), record('w2'), record('n2', 0.1), ...Array.from({ length: 7 }, (_, i) => record(`n${i + 3}`, 0.3))];
    const { shown, more } = briefEffects(records);
    expect(shown.map((r) => r.effect.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8']);
    expect(more).toBe(3);
    expect(briefEffects(records.slice(0, 3))).toEqual({ shown: [records[1], records[0], records[2]], more: 0 });
    expect(briefPath('cos-p')).toBe('/interventions/cos-p/brief/');
  });
});
