// The fact table, checked against the real build: what a reader must see.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { facts, type Fact } from './facts.ts';
import { page, readerText } from '../helpers/dist.ts';

/** The text of the entry a label names: the <dd> after the <dt> that reads exactly `label`. */
function entryUnder(main: HTMLElement, label: string): string | undefined {
  const dt = main.querySelectorAll('dt').find((d) => readerText(d) === label);
  const dd = dt?.nextElementSibling;
  return dd?.tagName === 'DD' ? readerText(dd) : undefined;
}

const describeFact = (f: Fact) => (typeof f === 'string' ? f : `${f.label}: ${f.shows}`);

describe('fact table', () => {
  for (const [url, list] of Object.entries(facts)) {
    it(`${url} shows ${list.map(describeFact).join(' · ')}`, () => {
      const main = page(url).querySelector('main')!;
      const text = readerText(main);
      for (const fact of list) {
        if (typeof fact === 'string') expect(text, `${url} should show "${fact}"`).toContain(fact);
        else expect(entryUnder(main, fact.label), `${url} should show "${fact.shows}" under "${fact.label}"`).toContain(fact.shows);
      }
    });
  }
});

describe('a labelled fact is read in its own entry, not anywhere on the page', () => {
  it('finds a number under its label and not under another', () => {
    const main = page('/interventions/cos-p/').querySelector('main')!;
    expect(entryUnder(main, 'How long')).toContain('8 weeks');
    // "8" is elsewhere on this page (an 8-week group in the cost entry, quotes), but not as the sessions.
    expect(readerText(main)).toContain('8-week');
    expect(entryUnder(main, 'Sessions')).not.toContain('8 weeks');
    expect(entryUnder(main, 'No such label')).toBeUndefined();
  });
});
