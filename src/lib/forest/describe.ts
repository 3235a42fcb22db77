/**
 * The plot in words, before any layout: a one-sentence description for the
 * SVG's <desc> (what a screen reader announces) and the caption under it.
 * Directions come from the site's one direction rule, so words and table
 * never disagree. (The legend, which describes the marks drawn, is legend.ts.)
 */
import { formatEffect, formatEstimateWithCi, listInProse } from '../format.ts';
import { directionOfInterval, type Direction } from '../direction.ts';
import { axisTitle, nullValueOf } from './family.ts';
import type { ForestPanel, ForestRow } from './types.ts';

const PHRASES: Record<Direction, [singular: string, plural: string]> = {
  benefit: ['favours the intervention', 'favour the intervention'],
  harm: ['favours the comparison', 'favour the comparison'],
  'no-difference': ['shows no clear difference', 'show no clear difference'],
  mixed: ['is mixed', 'are mixed'],
  unclear: ['is unclear', 'are unclear'],
};
const ORDER: readonly Direction[] = ['benefit', 'no-difference', 'harm', 'mixed', 'unclear'];

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "all 4 favour the intervention", or "2 favour the intervention and 1 shows no clear difference" (as a list, for listInProse). */
function tallyDirections(rows: readonly ForestRow[]): string[] {
  const tally = new Map<Direction, number>();
  for (const r of rows) tally.set(r.direction, (tally.get(r.direction) ?? 0) + 1);
  return ORDER.flatMap((d) => {
    const n = tally.get(d);
    if (!n) return [];
    return [n === rows.length && n > 1 ? `all ${n} ${PHRASES[d][1]}` : `${n} ${PHRASES[d][n === 1 ? 0 : 1]}`];
  });
}

/** The findings without a number, by the direction each is marked with, and whose reading that direction is. */
function wordsOnlyPhrase(rows: readonly ForestRow[]): string {
  const ours = rows.filter((r) => r.directionIsOurs).length;
  const whose = ours === 0 ? '' : ours === rows.length ? (ours === 1 ? ' (that direction is our reading)' : ' (each direction is our reading)') : ` (${ours} of these directions ${ours === 1 ? 'is' : 'are'} our reading)`;
  return `${count(rows.length, 'further finding')} ${rows.length === 1 ? 'is' : 'are'} reported without a number and marked below the axis by direction only: ${listInProse(tallyDirections(rows))}${whose}`;
}

export function panelAxisTitle(panel: ForestPanel): string {
  const metrics = [...panel.rows.flatMap((r) => (r.metric && r.estimate !== undefined ? [r.metric] : [])), ...(panel.summary?.metric ? [panel.summary.metric] : [])];
  return axisTitle(panel.family, metrics);
}

/** What the panel's sizes are measured in, in words: its axis title without the scale ("Odds ratio"). */
export function panelMeasure(panel: ForestPanel): string {
  return panelAxisTitle(panel).replace(/ \(log scale\)$/, '');
}

/** A measure's name inside a sentence: "odds ratio", but "Hedges' g" keeps the capital of a name. */
function inSentence(measure: string): string {
  return /^\S*'/.test(measure) ? measure : `${measure[0]!.toLowerCase()}${measure.slice(1)}`;
}

/**
 * The caption's warning on a page whose plots use different measures, when
 * this one's differs from the others': a heading and the sentence after it.
 */
export function comparabilityStatement(panel: ForestPanel): { heading: string; text: string } | undefined {
  const others = panel.otherMeasures ?? [];
  if (others.length === 0) return undefined;
  return {
    heading: 'Different measures:',
    text: `the sizes in this plot are in ${inSentence(panelMeasure(panel))} and cannot be compared with the sizes in the other ${others.length === 1 ? 'plot' : 'plots'} on this page, which ${others.length === 1 ? 'is' : 'are'} in ${listInProse(others.map(inSentence))}.`,
  };
}

/** One sentence: what the rows show, e.g. "4 results in Hedges' g: all 4 favour the intervention (estimates 0.53 to 0.98)." */
export function describePanel(panel: ForestPanel): string {
  const numeric = panel.rows.filter((r) => r.estimate !== undefined);
  const wordsOnly = panel.rows.filter((r) => r.estimate === undefined);
  const noun = panel.summary ? 'study' : 'result';
  const parts = tallyDirections(numeric);
  const estimates = numeric.map((r) => r.estimate!);
  const range = estimates.length > 1 ? ` (estimates ${formatEffect(Math.min(...estimates))} to ${formatEffect(Math.max(...estimates))}, as reported)` : '';
  const title = panelMeasure(panel);
  let sentence = numeric.length > 0 ? `${count(numeric.length, noun)} in ${title}: ${listInProse(parts)}${range}` : `No result on this axis has a number`;
  if (wordsOnly.length > 0) sentence += `; ${wordsOnlyPhrase(wordsOnly)}`;
  if (panel.summary) {
    const s = panel.summary;
    sentence += `; pooled, ${formatEstimateWithCi(s.estimate, s.ciLow, s.ciHigh)}, which ${PHRASES[directionOfInterval(s, nullValueOf(panel.family.kind), s.betterWhen)][0]}`;
  }
  return `${sentence}.`;
}

/** The caption's second part: why rows are (not) pooled. */
export function poolingStatement(panel: ForestPanel): string {
  const s = panel.summary;
  if (s) {
    return [
      `Pooled by us from the study rows with the site's meta-analysis engine: ${s.label}.`,
      ...(s.reportedByReview ? [`The review itself reports ${s.reportedByReview}.`] : []),
      ...(s.poolingNote ? [`Why the two may differ: ${s.poolingNote}`] : []),
    ].join(' ');
  }
  if (panel.reviewCount > 1) return 'Not pooled: reviews share studies, so each review or trial is shown with its own result.';
  return 'Not pooled: each row is a separate result as the source reports it.';
}
