import { describe, expect, it } from 'vitest';
import { outcomeAnchor, outcomeAnchorsByRow } from '../../src/lib/effect-anchors.ts';

describe('outcome anchors in an effects table', () => {
  it('go on the first row of each outcome only, so every id is unique on the page', () => {
    expect(outcomeAnchorsByRow(['bonding', 'depression', 'bonding', 'anxiety', 'depression'])).toEqual(['outcome-bonding', 'outcome-depression', undefined, 'outcome-anxiety', undefined]);
    expect(outcomeAnchor('parental-mental-health')).toBe('outcome-parental-mental-health');
  });
});
