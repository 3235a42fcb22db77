import { describe, expect, it } from 'vitest';
import { allPairs, pairIds, sharedOutcomes } from '../../src/lib/compare.ts';
import { buildSite } from '../../src/lib/model.ts';
import { loadContent, toRawSite } from '../../scripts/lib/load-content.ts';

describe('compare pairs', () => {
  it('orders a pair canonically', () => {
    expect(pairIds('vipp-sd', 'cos-p')).toEqual(['cos-p', 'vipp-sd']);
    expect(pairIds('cos-p', 'vipp-sd')).toEqual(['cos-p', 'vipp-sd']);
  });
  it('lists every unordered pair once', () => {
    expect(allPairs(['c', 'a', 'b'])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c']]);
    expect(allPairs(Array.from({ length: 22 }, (_, i) => `i${i}`))).toHaveLength(231);
  });
  it('finds the outcomes two interventions share in our sources', () => {
    const site = buildSite(toRawSite(loadContent().entries));
    const { shared, onlyA } = sharedOutcomes(site, 'cos-p', 'parenting-interventions');
    expect(shared).toContain('attachment-security');
    expect(onlyA).toContain('parental-mental-health');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { pairSummary, tallyText } from '../../src/lib/compare.ts';
import { classifyEffect, type Direction } from '../../src/lib/direction.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { projectRoot } from '../../scripts/lib/load-content.ts';

describe('a pair page’s summary', () => {
  const site = buildSite(toRawSite(loadContent().entries));

  it('counts, for each side, the results on each shared outcome by direction, as the effects say', () => {
    for (const [a, b] of [['cos-p', 'vipp-sd'], ['cos-p', 'parenting-interventions'], ['video-feedback', 'home-visiting']] as const) {
      const { shared } = pairSummary(site, a, b);
      for (const line of shared) {
        for (const [id, tally] of [[a, line.a], [b, line.b]] as const) {
          // The reference: the old page's filter, effects on the outcome naming this intervention.
          const effects = site.effectsForOutcome(line.outcome).filter((e) => e.effect.interventions.some((i) => i.id === id));
          expect(tally.results, `${id} on ${line.outcome}`).toBe(effects.length);
          expect(tally.directions.reduce((n, d) => n + d.count, 0)).toBe(effects.length);
          for (const d of tally.directions) {
            const these = effects.map((e) => classifyEffect(e.effect)).filter((c) => c.direction === d.direction);
            expect(d.count).toBe(these.length);
            expect(d.ours).toBe(these.filter((c) => c.basis === 'our reading' || c.signIsOurs).length);
          }
        }
      }
    }
  });

  it('says in words how many results point which way, and which rest on our reading', () => {
    expect(tallyText({ results: 3, directions: [{ direction: 'benefit', count: 2, ours: 1 }, { direction: 'no-difference', count: 1, ours: 0 }] }))
      .toBe('3 results: 2 favour the intervention (1 our reading), 1 shows no clear difference');
    expect(tallyText({ results: 1, directions: [{ direction: 'unclear', count: 1, ours: 0 }] })).toBe('1 result: 1 is unclear');
  });

  it('lists shared outcomes, then each side’s own, each by outcome name, from the effects themselves', () => {
    // A site of its own: tallies are made once per site, and this test must see them made.
    const site = buildSite(toRawSite(loadContent().entries));
    const outcomesOf = (id: string) => new Set(site.effectsForIntervention(id).map((e) => e.effect.outcome.id));
    const byName = (x: string, y: string) => site.outcome(x).data.name.localeCompare(site.outcome(y).data.name);
    for (const [a, b] of [['cos-p', 'parenting-interventions'], ['video-feedback', 'home-visiting'], ['vipp-sd', 'cos-p']] as const) {
      const [oa, ob] = [outcomesOf(a), outcomesOf(b)];
      const { shared, onlyA, onlyB } = pairSummary(site, a, b);
      expect(shared.map((l) => l.outcome), `${a} and ${b}`).toEqual([...oa].filter((o) => ob.has(o)).sort(byName));
      expect(onlyA, `only ${a}`).toEqual([...oa].filter((o) => !ob.has(o)).sort(byName));
      expect(onlyB, `only ${b}`).toEqual([...ob].filter((o) => !oa.has(o)).sort(byName));
      expect(onlyA.length + onlyB.length, 'a pair with outcomes on one side only').toBeGreaterThan(0);
      // Only directions some result takes, in the fixed order benefit, no difference, harm, mixed, unclear.
      const order: Direction[] = ['benefit', 'no-difference', 'harm', 'mixed', 'unclear'];
      for (const line of shared) {
        for (const tally of [line.a, line.b]) {
          expect(tally.directions.every((d) => d.count > 0)).toBe(true);
          const at = tally.directions.map((d) => order.indexOf(d.direction));
          expect(at).toEqual([...at].sort((x, y) => x - y));
          expect(at.every((i) => i >= 0)).toBe(true);
        }
      }
    }
  });

  it('counts every result once, under its direction, in the fixed order with harm and mixed among them', async () => {
    const { outcomeTallies } = await import('../../src/lib/compare.ts');
    // Our content has one result favouring the comparison and none mixed: two stated directions are
    // changed here, in memory, so the tallies meet every direction, and one tally both of these.
    const entries = loadContent().entries.map((e) => structuredClone(e));
    const barlow = entries.find((e) => e.collection === 'reviews' && e.id === 'barlow-2015')!;
    const effects = (barlow.data as { effects: { id: string; outcome: { collection: string; id: string }; direction?: string }[] }).effects;
    effects.find((e) => e.id === 'infant-mental-health-vs-other')!.direction = 'mixed';
    Object.assign(effects.find((e) => e.id === 'maternal-mental-health-vs-other')!, { direction: 'harm', outcome: { collection: 'outcomes', id: 'infant-mental-health' } });
    const tallies = outcomeTallies(buildSite(toRawSite(entries)));
    const order: Direction[] = ['benefit', 'no-difference', 'harm', 'mixed', 'unclear'];
    const seen = new Set<Direction>();
    for (const byOutcome of tallies.values()) {
      for (const tally of byOutcome.values()) {
        expect(tally.directions.reduce((n, d) => n + d.count, 0)).toBe(tally.results);
        const directions = tally.directions.map((d) => d.direction);
        expect(directions).toEqual(order.filter((d) => directions.includes(d)));
        for (const d of directions) seen.add(d);
      }
    }
    expect([...seen].sort()).toEqual([...order].sort());
    expect(tallies.get('parent-infant-psychotherapy')!.get('infant-mental-health')!.directions).toEqual([
      { direction: 'harm', count: 1, ours: 0 },
      { direction: 'mixed', count: 1, ours: 0 },
    ]);
  });

  it('works out the tallies once per site', async () => {
    const { outcomeTallies } = await import('../../src/lib/compare.ts');
    const fresh = buildSite(toRawSite(loadContent().entries));
    expect(outcomeTallies(fresh)).toBe(outcomeTallies(fresh));
  });

  it('has words for every direction, for one result and for several', () => {
    const words = (direction: 'benefit' | 'no-difference' | 'harm' | 'mixed' | 'unclear', count: number) =>
      tallyText({ results: count, directions: [{ direction, count, ours: 0 }] });
    expect([1, 2].map((n) => words('benefit', n))).toEqual(['1 result: 1 favours the intervention', '2 results: 2 favour the intervention']);
    expect([1, 2].map((n) => words('no-difference', n))).toEqual(['1 result: 1 shows no clear difference', '2 results: 2 show no clear difference']);
    expect([1, 2].map((n) => words('harm', n))).toEqual(['1 result: 1 favours the comparison', '2 results: 2 favour the comparison']);
    expect([1, 2].map((n) => words('mixed', n))).toEqual(['1 result: 1 is mixed', '2 results: 2 are mixed']);
    expect([1, 2].map((n) => words('unclear', n))).toEqual(['1 result: 1 is unclear', '2 results: 2 are unclear']);
  });

  describe('as content grows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ae-compare-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const sized = (reviews: number) => {
      const root = join(dir, String(reviews));
      // Interventions held fixed (one clone per 10,000 reviews: none), so only the results grow.
      generateCorpus(join(projectRoot, 'content'), join(root, 'content'), { reviews, reviewsPerIntervention: 10_000 });
      return buildSite(toRawSite(loadContent(root).entries));
    };

    it('stays one line per shared outcome, the same length, while the results it counts grow tenfold', () => {
      const [small, large] = [sized(18), sized(180)];
      const text = (s: typeof small) => pairSummary(s, 'cos-p', 'vipp-sd').shared.map((l) => `${tallyText(l.a)} ${tallyText(l.b)}`);
      const results = (s: typeof small) => pairSummary(s, 'cos-p', 'vipp-sd').shared.reduce((n, l) => n + l.a.results + l.b.results, 0);
      expect(results(large)).toBe(10 * results(small));
      expect(text(large)).toHaveLength(text(small).length);
      expect(text(large).join('').length).toBeLessThan(text(small).join('').length + 20 * text(small).length);
      expect(text(large).length).toBeLessThanOrEqual(large.outcomes.length);
    });
  });
});

describe('pair addresses once there are too many interventions for a page per pair', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `i${String(i).padStart(3, '0')}`);

  it('publishes a page per pair up to pairPagesUpTo interventions, and lines in compare lists past it', async () => {
    const { pairPagesUpTo, publishesPairPages } = await import('../../src/lib/compare.ts');
    expect(pairPagesUpTo).toBe(60);
    expect(publishesPairPages(22)).toBe(true);
    expect(publishesPairPages(60)).toBe(true);
    expect(publishesPairPages(61)).toBe(false);
  });

  it('splits an intervention’s compare list into pages of 50 others, itself left out', async () => {
    const { compareListPages } = await import('../../src/lib/compare.ts');
    const pages = compareListPages(ids(122), 'i000');
    expect(pages.map((p) => [p.path, p.first, p.last, p.records.length])).toEqual([
      ['/compare/with/i000/', 1, 50, 50],
      ['/compare/with/i000/results/2/', 51, 100, 50],
      ['/compare/with/i000/results/3/', 101, 121, 21],
    ]);
    expect(pages.flatMap((p) => p.records)).not.toContain('i000');
    expect(compareListPages(ids(3), 'i001').map((p) => p.records)).toEqual([['i000', 'i002']]);
  });

  it('leads a pair to the line in the first intervention’s list (by id), on the page that holds it', async () => {
    const { pairLinePath, compareListPages } = await import('../../src/lib/compare.ts');
    const all = ids(222);
    expect(pairLinePath(all, 'i000', 'i001')).toBe('/compare/with/i000/#i001');
    expect(pairLinePath(all, 'i001', 'i000')).toBe('/compare/with/i000/#i001');
    expect(pairLinePath(all, 'i000', 'i050')).toBe('/compare/with/i000/#i050');
    expect(pairLinePath(all, 'i000', 'i051')).toBe('/compare/with/i000/results/2/#i051');
    expect(pairLinePath(all, 'i100', 'i221')).toBe('/compare/with/i100/results/5/#i221');
    // Every pair's line is on the page its address leads to.
    for (const [a, b] of allPairs(all).filter((_, n) => n % 97 === 0)) {
      const [path, line] = pairLinePath(all, a, b).split('#');
      expect(compareListPages(all, a).find((p) => p.path === path)!.records, `${a}-vs-${b}`).toContain(line);
    }
    expect(() => pairLinePath(all, 'i000', 'nope')).toThrow(/nope is not among the interventions/);
  });

  it('gives every pair its address, which leads on to its line only past the page limit', async () => {
    const { pairAddresses, pairLinePath, pairPagesUpTo } = await import('../../src/lib/compare.ts');
    const atLimit = pairAddresses(ids(pairPagesUpTo));
    expect(atLimit).toHaveLength((pairPagesUpTo * (pairPagesUpTo - 1)) / 2);
    expect(atLimit[0]).toEqual({ a: 'i000', b: 'i001', path: '/compare/i000-vs-i001/', leadsTo: undefined });
    expect(atLimit.filter((p) => p.leadsTo !== undefined)).toEqual([]);
    const past = ids(pairPagesUpTo + 1);
    const addresses = pairAddresses(past);
    expect(addresses).toHaveLength(((pairPagesUpTo + 1) * pairPagesUpTo) / 2);
    expect(addresses.at(-1)).toEqual({ a: 'i059', b: 'i060', path: '/compare/i059-vs-i060/', leadsTo: '/compare/with/i059/results/2/#i060' });
    for (const { a, b, leadsTo } of addresses) expect(leadsTo, `${a}-vs-${b}`).toBe(pairLinePath(past, a, b));
  });

  it('says a side’s count of results in words', async () => {
    const { resultsText } = await import('../../src/lib/compare.ts');
    expect(resultsText({ results: 1, directions: [] })).toBe('1 result');
    expect(resultsText({ results: 3, directions: [] })).toBe('3 results');
  });
});
