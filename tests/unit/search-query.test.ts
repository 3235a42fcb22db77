// What the search box sends: a question's topic words, and what it left out.
import { describe, expect, it } from 'vitest';
import { searchWords } from '../../src/lib/search-query.ts';

describe('search words', () => {
  it('a natural question sends what the keywords would', () => {
    expect(searchWords('does infant massage help bonding?')).toEqual({ query: 'infant massage bonding', leftOut: ['does', 'help'] });
    expect(searchWords('How does Circle of Security work?')).toEqual({ query: 'Circle Security', leftOut: ['how', 'does', 'of', 'work'] });
  });
  it('keywords, ids and numbers pass through unchanged', () => {
    expect(searchWords('infant massage bonding')).toEqual({ query: 'infant massage bonding', leftOut: [] });
    expect(searchWords('ISRCTN18308962')).toEqual({ query: 'ISRCTN18308962', leftOut: [] });
    expect(searchWords('VIPP-SD 0.54')).toEqual({ query: 'VIPP-SD 0.54', leftOut: [] });
  });
  it('a query of nothing but such words is sent as typed, so it can still find something', () => {
    expect(searchWords('what works')).toEqual({ query: 'what works', leftOut: [] });
    expect(searchWords('  ')).toEqual({ query: '', leftOut: [] });
  });
});
