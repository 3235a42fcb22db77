/**
 * The effects behind every table and forest plot, as downloadable rows (CSV
 * and JSON). Each row is made from the same effect records and the same
 * notes (effectNotes) the effects table shows, so a download says exactly
 * what the page says: the numbers as reported, the direction and its basis,
 * whose reading the sign is, the evidence and its kind, and what we derived.
 */
import { stringify } from 'csv-stringify/sync';
import type { Source } from '../schemas/source.ts';
import { evidenceKind, evidenceText, type EvidenceKind } from '../schemas/common.ts';
import type { Direction } from './direction.ts';
import { effectNotes } from './effect-notes.ts';
import { citeLabel } from './labels.ts';
import { paths, type EffectRecord } from './model.ts';
import { absoluteUrl } from './site-url.ts';

/** One reported effect, flat, as both downloads carry it. Absent values are null (an empty cell in CSV). */
export interface EffectDataRow {
  id: string;
  review: string;
  reviewTitle: string;
  url: string;
  interventions: string[];
  outcome: string;
  measure: string | null;
  finding: string;
  comparison: string | null;
  timepoint: string | null;
  metric: string | null;
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  p: string | null;
  k: number | null;
  n: number | null;
  betterWhen: 'higher' | 'lower' | null;
  signIsOurReading: boolean | null;
  signWhy: string | null;
  direction: Direction;
  directionBasis: string;
  directionWhy: string | null;
  derivedCiLow: number | null;
  derivedCiHigh: number | null;
  derivedCiApproximate: boolean | null;
  derivation: string | null;
  derivationAssumption: string | null;
  ciNote: string | null;
  source: string;
  sourceCitation: string;
  sourceTitle: string;
  sourceDoi: string | null;
  locator: string | null;
  evidenceKind: EvidenceKind;
  evidence: string;
  signedOffBy: string | null;
  signedOffDate: string | null;
}

/**
 * Every column in order, with what it means in plain words: the CSV header,
 * the JSON keys and the /data/ page's documentation all come from this list.
 */
export const effectColumns: readonly { key: keyof EffectDataRow; description: string }[] = [
  { key: 'id', description: 'The effect\'s id. It is unique within its review or trial and never changes once published; together with review it names the effect.' },
  { key: 'review', description: 'The id of the review or trial that reports the effect. Its page is /reviews/<review>/.' },
  { key: 'reviewTitle', description: 'The review or trial\'s short title, as the site shows it.' },
  { key: 'url', description: 'The address of this effect\'s row on the review\'s page.' },
  { key: 'interventions', description: 'The ids of the interventions this number is about (their pages are /interventions/<id>/). A list in JSON; in CSV separated by semicolons (;).' },
  { key: 'outcome', description: 'The id of the outcome measured (its page is /outcomes/<id>/).' },
  { key: 'measure', description: 'The instrument, where the source names one (for example CORE-OM).' },
  { key: 'finding', description: 'The finding in plain English: our words, not the authors\'.' },
  { key: 'comparison', description: 'What the intervention was compared with, as the source says.' },
  { key: 'timepoint', description: 'When it was measured, as the source says.' },
  { key: 'metric', description: 'The kind of effect size as reported: d (Cohen\'s d), g (Hedges\' g), SMD (standardised mean difference), ES (an effect size whose type the source does not state), MD (mean difference), OR (odds ratio), RR (risk ratio) or r (correlation). Empty for findings reported without a number.' },
  { key: 'estimate', description: 'The effect size exactly as reported. Empty when the source reports no number.' },
  { key: 'ciLow', description: 'The lower end of the 95% confidence interval, as reported. Empty when the source reports none (see derivedCiLow).' },
  { key: 'ciHigh', description: 'The upper end of the 95% confidence interval, as reported. Empty when the source reports none (see derivedCiHigh).' },
  { key: 'p', description: 'The p-value exactly as reported, for example "< .001" or ".003".' },
  { key: 'k', description: 'The number of studies pooled, as reported.' },
  { key: 'n', description: 'The number of participants, as reported.' },
  { key: 'betterWhen', description: 'Which way is better for this number as reported: higher or lower (a fall in depression reported as a positive number is "higher"; an odds ratio of disorganised attachment is "lower").' },
  { key: 'signIsOurReading', description: 'true when which way is better is our reading, not stated by the source; false when the source states it. Empty for findings without a number.' },
  { key: 'signWhy', description: 'Why we read which way is better so, when it is our reading.' },
  { key: 'direction', description: 'Which way the effect points, by the site\'s stated rule: benefit (favours the intervention), no-difference (no clear difference), harm (favours the comparison), mixed, or unclear.' },
  { key: 'directionBasis', description: 'What the direction rests on, in the words the page uses: "confidence interval", "p-value", "stated by the source", "our reading" or "not enough information"; followed by "which way is better is our reading" when the side of a confidence interval or p-value rests on our reading of the sign.' },
  { key: 'directionWhy', description: 'Why we read the direction so, when it is our reading.' },
  { key: 'derivedCiLow', description: 'Derived by us, not reported: the lower end of a 95% confidence interval we calculated from the estimate and its exact p-value, rounded to two decimals as on the page. Empty when none was calculated.' },
  { key: 'derivedCiHigh', description: 'Derived by us, not reported: the upper end of that calculated interval, rounded to two decimals as on the page.' },
  { key: 'derivedCiApproximate', description: 'true when the calculated interval is approximate.' },
  { key: 'derivation', description: 'How the derived interval was calculated, step by step.' },
  { key: 'derivationAssumption', description: 'The assumption the derived interval rests on, in plain words.' },
  { key: 'ciNote', description: 'When there is no interval at all: why (not reported, or none can be calculated from a p-value given only as a bound).' },
  { key: 'source', description: 'The id of the source the number comes from.' },
  { key: 'sourceCitation', description: 'The source as the page cites it, for example "Yaholkoski et al. 2016".' },
  { key: 'sourceTitle', description: 'The source\'s title as we hold it. Where we do not have the published title, this is our descriptive title (the source list on the page says so).' },
  { key: 'sourceDoi', description: 'The source\'s DOI, bare (add https://doi.org/ to follow it).' },
  { key: 'locator', description: 'Where in the source the evidence is: a page, section, table or slide.' },
  { key: 'evidenceKind', description: 'What kind of evidence the row rests on: "quote" (the source\'s own words, checked word for word against the text we hold), "signed-off quote" (the source\'s own words, checked against the publication by a maintainer) or "record" (our own condensed record of what the publication reports: our words, not the authors\').' },
  { key: 'evidence', description: 'The quote or the record itself. A quote is the authors\' words; a record is ours.' },
  { key: 'signedOffBy', description: 'For a signed-off quote: the maintainer who checked it against the publication.' },
  { key: 'signedOffDate', description: 'For a signed-off quote: when it was checked.' },
];

/** Round as the page prints a derived bound (two decimals), so no figure appears here that the page does not show. */
const asShown = (value: number) => Number(value.toFixed(2));

export function effectDataRow(record: EffectRecord, sourceOf: (id: string) => Source, url: (path: string) => string = absoluteUrl): EffectDataRow {
  const { effect: e, review } = record;
  const notes = effectNotes(e);
  const source = sourceOf(e.source.id);
  return {
    id: e.id,
    review: review.id,
    reviewTitle: review.data.title,
    url: url(paths.effect(review.id, e.id)),
    interventions: e.interventions.map((i) => i.id),
    outcome: e.outcome.id,
    measure: e.measure ?? null,
    finding: e.finding,
    comparison: e.comparison ?? null,
    timepoint: e.timepoint ?? null,
    metric: e.metric ?? null,
    estimate: e.estimate ?? null,
    ciLow: e.ciLow ?? null,
    ciHigh: e.ciHigh ?? null,
    p: e.p?.reported ?? null,
    k: e.k ?? null,
    n: e.n ?? null,
    betterWhen: e.betterWhen ?? null,
    signIsOurReading: notes.sign?.ours ?? null,
    signWhy: notes.sign?.why ?? null,
    direction: notes.classified.direction,
    directionBasis: notes.basis,
    directionWhy: notes.directionWhy ?? null,
    derivedCiLow: notes.derivedCi ? asShown(notes.derivedCi.ciLow) : null,
    derivedCiHigh: notes.derivedCi ? asShown(notes.derivedCi.ciHigh) : null,
    derivedCiApproximate: notes.derivedCi?.approximate ?? null,
    derivation: notes.derivedCi?.derivation ?? null,
    derivationAssumption: notes.derivedCi?.assumption ?? null,
    ciNote: notes.noCi ?? null,
    source: e.source.id,
    sourceCitation: citeLabel(source),
    sourceTitle: source.title,
    sourceDoi: source.doi ?? null,
    locator: e.locator ?? null,
    evidenceKind: evidenceKind(e),
    evidence: evidenceText(e),
    signedOffBy: e.signedOff?.by ?? null,
    signedOffDate: e.signedOff?.date ?? null,
  };
}

/** The rows as CSV (RFC 4180, with a header row); lists joined by semicolons, absent values empty. */
export function effectsCsv(rows: readonly EffectDataRow[]): string {
  return stringify(
    rows.map((row) => effectColumns.map(({ key }) => {
      const value = row[key];
      return Array.isArray(value) ? value.join(';') : value;
    })),
    {
      header: true,
      columns: effectColumns.map(({ key }) => key),
      // Spreadsheets read "true"/"false" as booleans; csv-stringify would otherwise write 1 and an empty cell.
      cast: { boolean: (value) => (value ? 'true' : 'false') },
      record_delimiter: 'windows',
    },
  );
}

/** What the JSON download says about itself, so a file passed on still names its source and licence. */
interface DataAbout {
  title: string;
  /** The page the rows come from. */
  page: string;
  documentation: string;
  licence: string;
}

export const dataLicence =
  'The site\'s own text and data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Quoted passages remain their authors\' and are reproduced for citation.';

export function effectsJson(rows: readonly EffectDataRow[], about: DataAbout): string {
  return `${JSON.stringify({ ...about, effects: rows }, null, 2)}\n`;
}

type Downloads = { csv: string; json: string };
const downloads = (page: string): Downloads => ({ csv: `${page}effects.csv`, json: `${page}effects.json` });

/** Where each download lives: beside the page whose table it holds, and site-wide under /data/. */
export const dataPaths = {
  page: paths.data,
  all: downloads(paths.data),
  interventions: '/data/interventions.json',
  review: (id: string) => downloads(paths.review(id)),
  intervention: (id: string) => downloads(paths.intervention(id)),
  outcome: (id: string) => downloads(paths.outcome(id)),
} as const;
