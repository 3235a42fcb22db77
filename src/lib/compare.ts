/** Pairs of interventions for /compare/: one canonical page per unordered pair. */
import { paths, type Site } from './model.ts';
import { classifyEffect, type Direction } from './direction.ts';
import { hubPages, type HubPage } from './hub-pages.ts';

/** The canonical order of a pair (by id), so a-vs-b and b-vs-a are one page. */
export function pairIds(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function allPairs(ids: readonly string[]): [string, string][] {
  const sorted = [...ids].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => [a, b] as [string, string]));
}

/**
 * A page per pair is published while there are at most this many interventions (1,770 pairs of
 * about 20 KB each). Pairs grow as n(n − 1)/2: at 10,000 reviews and 222 interventions they would be
 * 24,500 pages and some 700 MB, more than the rest of the site together. Past the limit, each pair's
 * address (still published, still shareable) leads on to the pair's line in the first intervention's
 * compare list, which names the outcomes both have evidence for with each side's count of results.
 */
export const pairPagesUpTo = 60;

/** Whether each pair gets its own page (see pairPagesUpTo). */
export function publishesPairPages(interventions: number): boolean {
  return interventions <= pairPagesUpTo;
}

/** Lines per page of an intervention's compare list when pairs are lines in it: keeps each page small. */
export const pairLinesPerPage = 50;

/** The pages of one intervention's compare list: every other intervention, in the site's order. */
export function compareListPages(ids: readonly string[], subject: string): HubPage<string>[] {
  return hubPages(
    ids.filter((id) => id !== subject),
    paths.compareWith(subject),
    pairLinesPerPage,
  );
}

/** The address of `second`'s line on the pages of a compare list. */
function lineOn(pages: readonly HubPage<string>[], second: string): string {
  const page = pages.find((p) => p.records.includes(second));
  if (page === undefined) throw new Error(`pairLinePath: ${second} is not among the interventions`);
  return `${page.path}#${second}`;
}

/**
 * Where a pair's address leads when pair pages are not published: the page of the first
 * intervention's compare list (by id) that holds the second, at its line (the line's id is the
 * second intervention's id).
 */
export function pairLinePath(ids: readonly string[], a: string, b: string): string {
  const [first, second] = pairIds(a, b);
  return lineOn(compareListPages(ids, first), second);
}

/** A pair's published address and, when pairs are lines in compare lists, where it leads on to. */
export interface PairAddress {
  a: string;
  b: string;
  path: string;
  leadsTo: string | undefined;
}

/**
 * Every pair's address (/compare/<a>-vs-<b>/, always published) and where it leads: the one answer
 * the pair pages and the sitemap (which leaves out addresses that lead on) both use. Each
 * intervention's list is paged once, not once per pair (n² pairs each paging a list of n was n³).
 */
export function pairAddresses(ids: readonly string[]): PairAddress[] {
  const ownPages = publishesPairPages(ids.length);
  const lists = new Map<string, HubPage<string>[]>();
  const listOf = (first: string) => {
    let pages = lists.get(first);
    if (pages === undefined) lists.set(first, (pages = compareListPages(ids, first)));
    return pages;
  };
  return allPairs(ids).map(([a, b]) => ({ a, b, path: paths.comparePair(a, b), leadsTo: ownPages ? undefined : lineOn(listOf(a), b) }));
}

/** Outcomes with evidence for both (side by side), and for only one of them. */
export function sharedOutcomes(site: Site, a: string, b: string) {
  const { shared, onlyA, onlyB } = pairSummary(site, a, b);
  return { shared: shared.map((l) => l.outcome), onlyA, onlyB };
}

/** One intervention's results on one outcome, as a count per direction. */
export interface OutcomeTally {
  /** Results (effects) in our sources. */
  results: number;
  /** Per direction, in a fixed order: how many, and how many of those are our reading (not the source's). */
  directions: { direction: Direction; count: number; ours: number }[];
}

export interface PairLine {
  outcome: string;
  a: OutcomeTally;
  b: OutcomeTally;
}

const directionOrder: Direction[] = ['benefit', 'no-difference', 'harm', 'mixed', 'unclear'];

/**
 * Every intervention's tally per outcome, computed once per site from the model's index
 * (each effect classified once), so a pair page costs its two rows, not the corpus.
 */
const tallies = new WeakMap<Site, Map<string, Map<string, OutcomeTally>>>();
export function outcomeTallies(site: Site): Map<string, Map<string, OutcomeTally>> {
  let found = tallies.get(site);
  if (found) return found;
  found = new Map();
  for (const intervention of site.interventions) {
    const byOutcome = new Map<string, { direction: Direction; ours: boolean }[]>();
    for (const { effect } of site.effectsForIntervention(intervention.id)) {
      const c = classifyEffect(effect);
      const list = byOutcome.get(effect.outcome.id) ?? [];
      list.push({ direction: c.direction, ours: c.basis === 'our reading' || c.signIsOurs });
      byOutcome.set(effect.outcome.id, list);
    }
    found.set(
      intervention.id,
      new Map(
        [...byOutcome].map(([outcome, list]) => [
          outcome,
          {
            results: list.length,
            directions: directionOrder
              .map((direction) => ({ direction, count: list.filter((x) => x.direction === direction).length, ours: list.filter((x) => x.direction === direction && x.ours).length }))
              .filter((d) => d.count > 0),
          },
        ]),
      ),
    );
  }
  tallies.set(site, found);
  return found;
}

/**
 * What a pair page shows: one line per outcome both have results on (each side's
 * count by direction), then the outcomes only one of them has. Outcomes by name.
 */
export function pairSummary(site: Site, a: string, b: string): { shared: PairLine[]; onlyA: string[]; onlyB: string[] } {
  const all = outcomeTallies(site);
  const [ta, tb] = [all.get(a) ?? new Map<string, OutcomeTally>(), all.get(b) ?? new Map<string, OutcomeTally>()];
  const byName = (x: string, y: string) => site.outcome(x).data.name.localeCompare(site.outcome(y).data.name);
  return {
    shared: [...ta.keys()].filter((o) => tb.has(o)).sort(byName).map((outcome) => ({ outcome, a: ta.get(outcome)!, b: tb.get(outcome)! })),
    onlyA: [...ta.keys()].filter((o) => !tb.has(o)).sort(byName),
    onlyB: [...tb.keys()].filter((o) => !ta.has(o)).sort(byName),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const directionWords: Record<Direction, [string, string]> = {
  benefit: ['favours the intervention', 'favour the intervention'],
  'no-difference': ['shows no clear difference', 'show no clear difference'],
  harm: ['favours the comparison', 'favour the comparison'],
  mixed: ['is mixed', 'are mixed'],
  unclear: ['is unclear', 'are unclear'],
};

/** "3 results": a side's count on a pair's line in a compare list. */
export function resultsText(t: OutcomeTally): string {
  return plural(t.results, 'result', 'results');
}

/** "3 results: 2 favour the intervention (1 our reading), 1 shows no clear difference". */
export function tallyText(t: OutcomeTally): string {
  const parts = t.directions.map((d) => `${d.count} ${directionWords[d.direction][d.count === 1 ? 0 : 1]}${d.ours > 0 ? ` (${d.ours} our reading)` : ''}`);
  return `${resultsText(t)}: ${parts.join(', ')}`;
}
