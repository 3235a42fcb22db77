/** Pairs of interventions for /compare/: one canonical page per unordered pair. */
import type { Site } from './model.ts';

/** The canonical order of a pair (by id), so a-vs-b and b-vs-a are one page. */
export function pairIds(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function allPairs(ids: readonly string[]): [string, string][] {
  const sorted = [...ids].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => [a, b] as [string, string]));
}

/** Outcomes with evidence for both (side by side), and for only one of them. */
export function sharedOutcomes(site: Site, a: string, b: string) {
  const outcomesOf = (id: string) => new Set(site.effectsForIntervention(id).map((e) => e.effect.outcome.id));
  const [oa, ob] = [outcomesOf(a), outcomesOf(b)];
  const byName = (x: string, y: string) => site.outcome(x).data.name.localeCompare(site.outcome(y).data.name);
  return {
    shared: [...oa].filter((o) => ob.has(o)).sort(byName),
    onlyA: [...oa].filter((o) => !ob.has(o)).sort(byName),
    onlyB: [...ob].filter((o) => !oa.has(o)).sort(byName),
  };
}
