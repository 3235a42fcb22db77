// An intervention goes by its short name in tables, lists and titles, and by its full name where it has none.
import { describe, expect, it } from 'vitest';
import { interventionLabel } from '../../src/lib/labels.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';

describe('interventionLabel', () => {
  const interventions = new Map(loadContent().entries.filter((e) => e.collection === 'interventions').map((e) => [e.id, e.data as { name: string; shortName?: string }]));

  it('uses the short name where the intervention has one', () => {
    expect(interventionLabel(interventions.get('cos-p')!)).toBe('COS-P');
  });

  it('uses the full name where it has none', () => {
    expect(interventions.get('child-first')!.shortName).toBeUndefined();
    expect(interventionLabel(interventions.get('child-first')!)).toBe('Child First');
  });
});
