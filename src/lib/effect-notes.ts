/**
 * What a reader is told beside an effect's numbers, decided once here so the
 * effects table, plots and downloads say the same: which way is better and on
 * whose word, how the direction was read, and how a CI we derived was made.
 */
import type { Effect } from '../schemas/effect.ts';
import { basisText, classifyEffect, type Classified } from './direction.ts';
import { formatEffect, formatP } from './format.ts';
import { ciFromReportedP, Z_TEST_ASSUMPTION } from './forest/index.ts';

export interface EffectNotes {
  classified: Classified;
  /** "Cassidy: Confidence interval; which way is better is our reading". */
  basis: string;
  /** "Higher is better, as reported" only where a source says so; otherwise our reading, with why. */
  sign?: { text: string; ours: boolean; why?: string | undefined } | undefined;
  /** Why the direction is read so, when it is our reading. */
  directionWhy?: string | undefined;
  /** A CI we derived from p (with its assumption in plain words), or why none can be. */
  derivedCi?: { text: string; assumption: string; derivation: string; ciLow: number; ciHigh: number; approximate: boolean } | undefined;
  noCi?: string | undefined;
}


export function effectNotes(e: Effect): EffectNotes {
  const classified = classifyEffect(e);
  const notes: EffectNotes = { classified, basis: basisText(classified) };
  if (e.directionBasis?.reading === 'ours' && classified.basis === 'our reading') notes.directionWhy = e.directionBasis.why;
  if (e.estimate === undefined || e.metric === undefined) return notes;
  if (e.betterWhen !== undefined) {
    const word = e.betterWhen === 'higher' ? 'Higher' : 'Lower';
    const ours = e.betterWhenBasis?.reading !== 'ours' ? false : true;
    notes.sign = ours
      ? { text: `${word} is better: our reading, not stated by the source`, ours, why: e.betterWhenBasis?.why }
      : { text: `${word} is better, as reported`, ours };
  }
  if (e.ciLow === undefined && e.p !== undefined) {
    const result = ciFromReportedP(e.metric, e.estimate, e.p);
    if ('ci' in result) {
      notes.derivedCi = {
        text: `${result.ci.approximate ? 'approximate ' : ''}95% CI [${formatEffect(result.ci.value.ciLow)}, ${formatEffect(result.ci.value.ciHigh)}], calculated by us from ${formatP(e.p)}`,
        assumption: Z_TEST_ASSUMPTION,
        derivation: result.ci.derivation,
        ciLow: result.ci.value.ciLow,
        ciHigh: result.ci.value.ciHigh,
        approximate: result.ci.approximate,
      };
    } else {
      notes.noCi = `No confidence interval can be calculated from ${formatP(e.p)}: the exact p-value is not reported.`;
    }
  } else if (e.ciLow === undefined) {
    notes.noCi = 'Confidence interval not reported.';
  }
  return notes;
}
