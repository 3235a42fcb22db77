/**
 * A reported effect as a forest-plot row. The numbers are as reported; the
 * only one we add is an approximate 95% CI backed out of an exact p-value by
 * the meta-analysis engine, marked as such. A p-value bound ("< .001") gives
 * no CI: the engine refuses it, and the row says "CI not reported".
 */
import type { Effect, Metric } from '../../schemas/effect.ts';
import { classifyEffect } from '../direction.ts';
import { formatCount, formatEstimateWithCi, formatP } from '../format.ts';
import { directionLabels } from '../labels.ts';
import { backTransform, ciFromP, isBackTransformed, MetaInputError, toAnalysisScale, type Derived } from '../meta/index.ts';
import { engineMeasure } from '../pooling.ts';
import type { DerivationNote, ForestRow } from './types.ts';

export type CiFromP = { ci: Derived<{ ciLow: number; ciHigh: number }> } | { refused: string };

/**
 * An approximate 95% CI from an estimate and its reported p, or the engine's
 * reason for refusing (a bound such as "< .001", or an estimate of no effect).
 */
/** The assumption behind a CI derived from p, in plain words, shown wherever such a CI is. */
export const Z_TEST_ASSUMPTION =
  'This assumes the p-value came from a two-sided z-test; if the review used a t-based or Knapp–Hartung test, as is common with few studies, the true interval would be narrower.';

export function ciFromReportedP(metric: Metric, estimate: number, p: NonNullable<Effect['p']>): CiFromP {
  const measure = engineMeasure(metric);
  try {
    // An exact p goes in as a number; anything else as reported, for the engine to refuse in its own words.
    const d = ciFromP(toAnalysisScale(measure, estimate), p.relation === '=' ? p.value : p.reported);
    const low = backTransform(measure, d.value.ciLow);
    const high = backTransform(measure, d.value.ciHigh);
    const transformed = isBackTransformed(measure);
    const scale = measure === 'ZCOR' ? " on Fisher's z scale (z = atanh(r))" : transformed ? ' on the log scale' : '';
    const back = transformed ? `; bounds back-transformed: ${low.derivation}` : '';
    return { ci: { value: { ciLow: low.value, ciHigh: high.value }, derivation: `${d.derivation}${scale}${back}`, approximate: d.approximate || low.approximate || high.approximate } };
  } catch (error) {
    if (error instanceof MetaInputError) return { refused: error.message };
    throw error;
  }
}

export interface RowLabels {
  readonly key: string;
  readonly label: string;
  readonly sublabel?: string;
  readonly href?: string;
}

/** The finding as reported, in one line: "g = 0.65, p = .003, k = 4". */
function reportedText(effect: Effect): string {
  if (effect.estimate === undefined || effect.metric === undefined) {
    const c = classifyEffect(effect);
    return `No number reported; ${c.basis === 'stated by the source' ? 'stated' : c.basis}: ${directionLabels[c.direction].toLowerCase()}`;
  }
  return [
    `${effect.metric} = ${formatEstimateWithCi(effect.estimate, effect.ciLow, effect.ciHigh)}`,
    ...(effect.p ? [formatP(effect.p)] : []),
    ...(effect.k !== undefined ? [`k = ${formatCount(effect.k)}`] : []),
    ...(effect.n !== undefined ? [`n = ${formatCount(effect.n)}`] : []),
  ].join(', ');
}

export function rowFromEffect(effect: Effect, labels: RowLabels): ForestRow {
  const classified = classifyEffect(effect);
  const base = {
    key: labels.key,
    label: labels.label,
    ...(labels.sublabel ? { sublabel: labels.sublabel } : {}),
    ...(labels.href ? { href: labels.href } : {}),
    direction: classified.direction,
    ...(classified.basis === 'our reading' ? { directionIsOurs: true } : {}),
    reported: reportedText(effect),
  };
  if (effect.estimate === undefined || effect.metric === undefined) return base;
  const numeric = { ...base, metric: effect.metric, estimate: effect.estimate, ...(effect.betterWhen ? { betterWhen: effect.betterWhen } : {}) };
  if (effect.ciLow !== undefined && effect.ciHigh !== undefined) return { ...numeric, ciLow: effect.ciLow, ciHigh: effect.ciHigh };
  if (!effect.p) return numeric;
  const result = ciFromReportedP(effect.metric, effect.estimate, effect.p);
  if ('refused' in result) return { ...numeric, noCiReason: `No confidence interval can be calculated from ${formatP(effect.p)}: the exact p-value is not reported.` };
  const note: DerivationNote = {
    short: `${result.ci.approximate ? 'approximate ' : ''}CI from ${formatP(effect.p)}`,
    full: `${result.ci.approximate ? 'Approximate 95% CI' : '95% CI'} computed by us from the reported ${formatP(effect.p)} (the source gives no CI): ${result.ci.derivation}. ${Z_TEST_ASSUMPTION}`,
    approximate: result.ci.approximate,
  };
  return { ...numeric, ciLow: result.ci.value.ciLow, ciHigh: result.ci.value.ciHigh, ciDerivation: note };
}
