import { describe, expect, it } from 'vitest';
import { handoutGroups, handoutPath } from '../../src/lib/handout.ts';

const names = {
  intervention: (id: string) => ({ data: { name: `Intervention ${id}` } }),
  review: (id: string) => ({ data: { title: `Review ${id}` } }),
  outcome: (id: string) => ({ data: { name: `Outcome ${id}` } }),
};
const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

describe('an event\'s handout', () => {
  it('lists the talk\'s pages in its own order, each with its short link where it has one, and leaves out empty groups', () => {
    const groups = handoutGroups(
      { interventions: [ref('interventions', 'cos-p'), ref('interventions', 'abc')], outcomes: [ref('outcomes', 'bonding')] },
      names,
      new Map([['/interventions/cos-p/', '/go/cos-p/']]),
      'https://example.org',
      '/',
    );
    expect(groups).toEqual([
      { heading: 'Interventions', items: [
        { title: 'Intervention cos-p', path: '/interventions/cos-p/', url: 'https://example.org/go/cos-p/', short: true },
        { title: 'Intervention abc', path: '/interventions/abc/', url: 'https://example.org/interventions/abc/', short: false },
      ] },
      { heading: 'Outcomes', items: [{ title: 'Outcome bonding', path: '/outcomes/bonding/', url: 'https://example.org/outcomes/bonding/', short: false }] },
    ]);
    expect(handoutPath('eypr-2016')).toBe('/events/eypr-2016/handout/');
  });
});
