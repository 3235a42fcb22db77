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
  if (effect.estimate === undefined || effect.metric === undefined) return `No number reported; stated: ${directionLabels[effect.direction ?? 'unclear'].toLowerCase()}`;
  return [
    `${effect.metric} = ${formatEstimateWithCi(effect.estimate, effect.ciLow, effect.ciHigh)}`,
    ...(effect.p ? [formatP(effect.p)] : []),
    ...(effect.k !== undefined ? [`k = ${formatCount(effect.k)}`] : []),
    ...(effect.n !== undefined ? [`n = ${formatCount(effect.n)}`] : []),
  ].join(', ');
}

export function rowFromEffect(effect: Effect, labels: RowLabels): ForestRow {
  const base = {
    key: labels.key,
    label: labels.label,
    ...(labels.sublabel ? { sublabel: labels.sublabel } : {}),
    ...(labels.href ? { href: labels.href } : {}),
    direction: classifyEffect(effect).direction,
    reported: reportedText(effect),
  };
  if (effect.estimate === undefined || effect.metric === undefined) return base;
  const numeric = { ...base, metric: effect.metric, estimate: effect.estimate, ...(effect.betterWhen ? { betterWhen: effect.betterWhen } : {}) };
  if (effect.ciLow !== undefined && effect.ciHigh !== undefined) return { ...numeric, ciLow: effect.ciLow, ciHigh: effect.ciHigh };
  if (!effect.p) return numeric;
  const result = ciFromReportedP(effect.metric, effect.estimate, effect.p);
  if ('refused' in result) return { ...numeric, noCiReason: `No CI can be derived from ${formatP(effect.p)}: ${result.refused}.` };
  const note: DerivationNote = {
    short: `${result.ci.approximate ? 'approximate ' : ''}CI from ${formatP(effect.p)}`,
    full: `${result.ci.approximate ? 'Approximate 95% CI' : '95% CI'} computed by us from the reported ${formatP(effect.p)} (the source gives no CI): ${result.ci.derivation}.`,
    approximate: result.ci.approximate,
  };
  return { ...numeric, ciLow: result.ci.value.ciLow, ciHigh: result.ci.value.ciHigh, ciDerivation: note };
}
