/**
 * The bottom line at the top of every intervention, review and outcome page:
 * what a reader needs before scrolling, decided here so templates only print it.
 * Nothing is invented: ratings appear only under their named scheme with its
 * date, directions come from the one rule in direction.ts with its basis, and
 * anything resting on our reading says so. Where the sources are silent, the
 * panel says that rather than leaving a blank.
 */
import type { EffectRecord, Entry, Site } from './model.ts';
import { paths } from './model.ts';
import type { Intervention } from '../schemas/intervention.ts';
import type { Review } from '../schemas/review.ts';
import { classifyEffect, directionSymbols, type Direction } from './direction.ts';
import { effectNotes } from './effect-notes.ts';
import { buildCell } from './evidence-map.ts';
import { formatCount, formatPartialDate } from './format.ts';
import { ageBandLabels, designLabels, directionLabels, formatLabels, levelLabel, schemeName, interventionLabel } from './labels.ts';

/** What the sources found on one outcome (on an outcome page: for one intervention). */
export interface FindingLine {
  /** The outcome (or, on an outcome page, the intervention) this line is about. */
  name: string;
  path: string;
  direction: Direction;
  symbol: string;
  /** "Favours the intervention", or "Mixed" when the results disagree. */
  label: string;
  /** "3 results from 2 reviews and 1 trial". */
  count: string;
  /** Where results disagree: "2 favour the intervention, 1 no clear difference". */
  split?: string | undefined;
  /** How the directions were read, each rule once: "confidence interval", "our reading". */
  bases: string[];
  /** True when any result's direction (or which way is better) is our reading, not the source's. */
  ourReading: boolean;
}

export interface Fact {
  label: string;
  /** Each value is one line; an empty list means the sources are silent (see `silent`). */
  values: string[];
  /** Said instead of values where our sources give nothing. */
  silent?: string | undefined;
}

export interface BottomLine {
  facts: Fact[];
  /** ISO date the page's evidence was last checked against its sources, and as readers read it. */
  lastChecked: { iso: string; label: string };
  /** What the sources found, by outcome (by intervention on an outcome page); most results first, at most a dozen. */
  findings: FindingLine[];
  /** Lines beyond the dozen, counted: the page's full results say them (a summary of 200 lines is not a summary). */
  moreFindings: number;
  /** Said when there are no findings. */
  noFindings: string;
}

/** Lines a bottom line shows: on today's pages 12 covers every outcome or intervention, so nothing is left out. */
const findingsShown = 12;

/** The first dozen lines (most results first) and how many more there are. */
export function topFindings(lines: readonly FindingLine[]): { findings: FindingLine[]; moreFindings: number } {
  return { findings: lines.slice(0, findingsShown), moreFindings: Math.max(0, lines.length - findingsShown) };
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "from 2 reviews and 1 trial": reviews and trials counted once each, never their studies summed. */
function fromWhom(reviews: number, trials: number): string {
  const parts = [reviews > 0 && plural(reviews, 'review', 'reviews'), trials > 0 && plural(trials, 'trial', 'trials')].filter(Boolean);
  return parts.join(' and ');
}

const splitWords: Record<Direction, string> = {
  benefit: 'favour the intervention',
  'no-difference': 'no clear difference',
  harm: 'favour the comparison',
  mixed: 'mixed',
  unclear: 'unclear',
};

/** One line of findings from a group of effects (one outcome, or one intervention). */
export function findingLine(name: string, path: string, records: EffectRecord[], interventionId = '', outcomeId = ''): FindingLine {
  const cell = buildCell(interventionId, outcomeId, records);
  const counts = new Map<Direction, number>();
  for (const r of records) {
    const d = classifyEffect(r.effect).direction;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const bases = [...new Set(records.map((r) => effectNotes(r.effect).basis))];
  const results = plural(records.length, 'result', 'results');
  return {
    name,
    path,
    direction: cell.direction,
    symbol: directionSymbols[cell.direction],
    label: directionLabels[cell.direction],
    count: `${results} from ${fromWhom(cell.reviews, cell.trials)}`,
    split: counts.size > 1 ? [...counts].sort((a, b) => b[1] - a[1]).map(([d, n]) => `${formatCount(n)} ${splitWords[d]}`).join(', ') : undefined,
    bases,
    ourReading: cell.ourReading,
  };
}

function groupBy<K>(records: readonly EffectRecord[], keys: (r: EffectRecord) => K[]): Map<K, EffectRecord[]> {
  const groups = new Map<K, EffectRecord[]>();
  for (const r of records) for (const k of keys(r)) groups.set(k, [...(groups.get(k) ?? []), r]);
  return groups;
}

const mostResultsFirst = (a: FindingLine & { n: number }, b: FindingLine & { n: number }) => b.n - a.n || a.name.localeCompare(b.name, 'en-GB');

/** Findings by outcome, for an intervention's or a review's page. */
export function findingsByOutcome(site: Site, records: readonly EffectRecord[], interventionId = ''): FindingLine[] {
  return [...groupBy(records, (r) => [r.effect.outcome.id])]
    .map(([outcomeId, group]) => ({ ...findingLine(site.outcome(outcomeId).data.name, paths.outcome(outcomeId), group, interventionId, outcomeId), n: group.length }))
    .sort(mostResultsFirst)
    .map(({ n: _n, ...line }) => line);
}

/** Findings by intervention, for an outcome's page. */
export function findingsByIntervention(site: Site, records: readonly EffectRecord[], outcomeId: string): FindingLine[] {
  return [...groupBy(records, (r) => r.effect.interventions.map((i) => i.id))]
    .map(([interventionId, group]) => {
      const d = site.intervention(interventionId).data;
      return { ...findingLine(interventionLabel(d), paths.intervention(interventionId), group, interventionId, outcomeId), n: group.length };
    })
    .sort(mostResultsFirst)
    .map(({ n: _n, ...line }) => line);
}

const checked = (iso: string) => ({ iso, label: formatPartialDate(iso) });

/** The at-a-glance facts about an intervention: ratings by scheme with dates, cost, age, format. */
export function interventionFacts(d: Intervention): Fact[] {
  const ratings = (d.ratings ?? []).map((r) => `${levelLabel(r.level)}: ${schemeName(r.scheme)}, ${formatPartialDate(r.date)}`);
  const costs = [
    ...(d.costRatings ?? []).map((c) =>
      c.value !== undefined ? `Cost rating ${c.value} of 5 (1 low, 5 high): ${schemeName(c.scheme)}, ${formatPartialDate(c.date)}` : `No cost rating available: ${schemeName(c.scheme)}, ${formatPartialDate(c.date)}`),
    ...(d.exampleCosts ?? []).map((c) => `£${formatCount(c.amount)}: ${c.covers}`),
  ];
  const ages = d.ageBands?.map((b) => ageBandLabels[b]) ?? d.childAge?.map((a) => a.text) ?? [];
  const formats = d.delivery?.formats?.map((f) => formatLabels[f]) ?? [];
  return [
    { label: 'Evidence ratings', values: ratings, silent: 'Not rated by any scheme in our sources' },
    { label: 'Cost', values: costs, silent: 'Not reported in our sources' },
    { label: 'Child age', values: ages.length > 0 ? [ages.join(', ')] : [], silent: 'Not reported in our sources' },
    { label: 'Format', values: formats.length > 0 ? [formats.join(', ')] : [], silent: 'Not reported in our sources' },
  ];
}

export function interventionBottomLine(site: Site, entry: Entry<Intervention>): BottomLine {
  const records = site.effectsForIntervention(entry.id);
  const reviews = site.reviewsForIntervention(entry.id);
  const facts = interventionFacts(entry.data);
  facts.push({ label: 'Reviews and trials', values: reviews.length > 0 ? [plural(reviews.length, 'in our sources', 'in our sources')] : [], silent: 'None in our sources yet' });
  return {
    facts,
    lastChecked: checked(entry.data.lastReviewed),
    ...topFindings(findingsByOutcome(site, records, entry.id)),
    noFindings: 'Our sources report no effects for it yet.',
  };
}

export function reviewBottomLine(site: Site, entry: Entry<Review>): BottomLine {
  const d = entry.data;
  const records = site.effects.filter((e) => e.review.id === entry.id);
  const year = site.reviewYear(entry);
  const stated = 'studies' in d.design ? d.design.studies : undefined;
  // Only a single stated count is quoted here; ranges and several counts stay in "What was done".
  const studies = stated?.length === 1 && stated[0]!.value !== undefined ? [plural(stated[0]!.value, 'study', 'studies')] : [];
  return {
    facts: [
      { label: 'What it is', values: [`${designLabels[d.design.type]}${year ? `, ${year}` : ''}${studies.length ? ` of ${studies[0]}` : ''}`] },
      // A long list would push the findings out of the first screen; the page lists them all just below.
      { label: 'About', values: [d.interventions.length > 3 ? `${d.interventions.length} interventions, listed below` : d.interventions.map((i) => site.intervention(i.id).data.name).join(', ')] },
    ],
    lastChecked: checked(d.lastReviewed),
    ...topFindings(findingsByOutcome(site, records)),
    noFindings: 'It reports no effects in numbers or words that we record; see its key findings below.',
  };
}

/**
 * An outcome page has no date of its own: its evidence is checked review by
 * review, so it gives the span of those dates ("between 1 March and 4 May 2026").
 */
export function outcomeBottomLine(site: Site, outcomeId: string): Omit<BottomLine, 'lastChecked'> & { lastChecked?: BottomLine['lastChecked'] } {
  const o = site.outcome(outcomeId).data;
  const records = site.effectsForOutcome(outcomeId);
  const reviews = new Set(records.map((r) => r.review.id));
  const dates = [...new Set(records.map((r) => r.review.data.lastReviewed))].sort();
  const lastChecked = dates.length === 0 ? undefined
    : dates.length === 1 ? checked(dates[0]!)
    : { iso: dates[0]!, label: `between ${formatPartialDate(dates[0]!)} and ${formatPartialDate(dates.at(-1)!)}, review by review` };
  return {
    facts: [
      { label: 'Which way is better', values: [o.better === 'higher' ? 'Higher (more of it is better)' : 'Lower (less of it is better)'] },
      { label: 'Reviews and trials', values: reviews.size > 0 ? [plural(reviews.size, 'report it', 'report it')] : [], silent: 'None in our sources yet' },
    ],
    ...(lastChecked ? { lastChecked } : {}),
    ...topFindings(findingsByIntervention(site, records, outcomeId)),
    noFindings: 'No review or trial in our sources reports this outcome yet.',
  };
}
