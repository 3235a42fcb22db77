// The glossary's A–Z links each letter to its first term.
import { describe, expect, it } from 'vitest';
import { glossaryLetters } from '../../src/lib/glossary-index.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';

describe('glossary A–Z', () => {
  it('links a letter to its first term in order, and leaves letters with no terms unlinked', () => {
    const letters = glossaryLetters([{ id: 'odds', term: 'Odds ratio' }, { id: 'arm', term: 'Arm' }, { id: 'adverse', term: 'Adverse event' }, { id: 'eif', term: 'Évaluation' }]);
    expect(letters).toHaveLength(26);
    expect(letters.find((l) => l.letter === 'A')!.firstId).toBe('adverse');
    expect(letters.find((l) => l.letter === 'E')!.firstId).toBe('eif');
    expect(letters.find((l) => l.letter === 'O')!.firstId).toBe('odds');
    expect(letters.find((l) => l.letter === 'B')!.firstId).toBeUndefined();
  });
  it('terms starting with a digit or symbol go under # before A', () => {
    expect(glossaryLetters([{ id: 'x', term: '95% CI' }])[0]).toEqual({ letter: '#', firstId: 'x' });
  });
  it('on the real glossary every term is reachable from its letter', () => {
    const terms = toRawSite(loadContent().entries).glossary.map((t) => ({ id: t.id, term: t.data.term }));
    const linked = glossaryLetters(terms).filter((l) => l.firstId);
    const initials = new Set(terms.map((t) => t.term.normalize('NFD').charAt(0).toUpperCase()));
    expect(linked.length).toBe(initials.size);
  });
});
