/**
 * Conversions between the forms in which papers report results: d to g,
 * CI to SE and back, an exact p-value to an SE, and the analysis scale back to
 * the scale readers know (ratios, correlations).
 */
import { derived, type Derived } from './derived.ts';
import { logGamma, normalQuantile, Z_95 } from './distributions.ts';
import { MetaInputError } from './errors.ts';
import { requireFinite, requirePositive, show } from './checks.ts';
import type { Measure } from './types.ts';

/** Hedges' exact correction J(m) = Γ(m/2) / (√(m/2) Γ((m − 1)/2)), m = n1 + n2 − 2; NaN for m ≤ 1, as in metafor. */
export function smallSampleCorrection(m: number): number {
  if (!(m > 1)) return Number.NaN;
  return Math.exp(logGamma(m / 2) - Math.log(Math.sqrt(m / 2)) - logGamma((m - 1) / 2));
}

/** Hedges' g from Cohen's d and the total sample size n1 + n2: g = J(n − 2) × d. */
export function dToG(d: number, totalN: number): Derived<number> {
  requireFinite(null, 'd', d);
  requireFinite(null, 'totalN', totalN);
  if (totalN < 4) {
    throw new MetaInputError(null, 'totalN', `totalN must be at least 4 for the small-sample correction (got ${show(totalN)})`);
  }
  const j = smallSampleCorrection(totalN - 2);
  return derived(j * d, `Hedges' g from Cohen's d: g = J × d, J = ${j.toFixed(4)} (exact correction, m = n − 2 = ${totalN - 2})`);
}

/** How a CI's bounds relate to the analysis scale: as they are, or as ratios to be log-transformed. */
export type CiScale = 'identity' | 'ratio';

/** SE from a 95% CI: (upper − lower) / (2 × 1.959964), on the log scale for ratios. */
export function seFromCi(ciLow: number, ciHigh: number, scale: CiScale = 'identity'): Derived<number> {
  requireFinite(null, 'ciLow', ciLow);
  requireFinite(null, 'ciHigh', ciHigh);
  if (scale === 'ratio') {
    requirePositive(null, 'ciLow', ciLow);
    requirePositive(null, 'ciHigh', ciHigh);
  }
  if (!(ciHigh > ciLow)) {
    throw new MetaInputError(null, 'ciHigh', `ciHigh must be greater than ciLow (got ${show(ciLow)} to ${show(ciHigh)})`);
  }
  if (scale === 'ratio') {
    return derived(
      (Math.log(ciHigh) - Math.log(ciLow)) / (2 * Z_95),
      'SE of the log ratio from the 95% CI: (ln upper − ln lower) / (2 × 1.959964)',
    );
  }
  return derived((ciHigh - ciLow) / (2 * Z_95), 'SE from the 95% CI: (upper − lower) / (2 × 1.959964)');
}

export interface Interval {
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** 95% CI from an estimate and its SE (both on the analysis scale): estimate ± 1.959964 × SE. */
export function ciFromSe(estimate: number, se: number): Derived<Interval> {
  requireFinite(null, 'estimate', estimate);
  requirePositive(null, 'se', se);
  return derived({ ciLow: estimate - Z_95 * se, ciHigh: estimate + Z_95 * se }, '95% CI from the SE: estimate ± 1.959964 × SE');
}

/** Reads a reported p-value; a bound such as "< .001" cannot give an SE, so it is refused. */
export function parsePValue(p: number | string): number {
  let value: number;
  if (typeof p === 'string') {
    const text = p.trim();
    if (/[<>≤≥]/.test(text)) {
      throw new MetaInputError(null, 'p', `p must be an exact value, not a bound (got ${show(text)}); a bound cannot give an SE`);
    }
    value = /^[0-9]*\.?[0-9]+(e-?[0-9]+)?$/i.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(value)) throw new MetaInputError(null, 'p', `p must be a number (got ${show(p)})`);
  } else {
    value = requireFinite(null, 'p', p);
  }
  if (!(value > 0 && value < 1)) {
    throw new MetaInputError(null, 'p', `p must lie strictly between 0 and 1 to give an SE (got ${show(p)})`);
  }
  return value;
}

export interface EstimateWithSe extends Interval {
  readonly se: number;
}

/**
 * SE and 95% CI from an estimate on the analysis scale (e.g. log OR) and its exact two-sided p:
 * SE = |estimate| / Φ⁻¹(1 − p/2). Approximate: it assumes a z-test on this scale and an unrounded p.
 */
export function ciFromP(estimate: number, p: number | string): Derived<EstimateWithSe> {
  requireFinite(null, 'estimate', estimate);
  const pValue = parsePValue(p);
  if (estimate === 0) {
    throw new MetaInputError(null, 'estimate', 'estimate must not be 0 to back an SE out of a p-value');
  }
  const z = normalQuantile(1 - pValue / 2);
  const se = Math.abs(estimate) / z;
  return derived(
    { se, ciLow: estimate - Z_95 * se, ciHigh: estimate + Z_95 * se },
    `SE from the two-sided p-value: |estimate| / z, z = Φ⁻¹(1 − p/2) = ${z.toFixed(4)}; 95% CI = estimate ± 1.959964 × SE`,
    true,
  );
}

/** Sampling variance from an SE. */
export function varianceFromSe(se: number): Derived<number> {
  requirePositive(null, 'sei', se);
  return derived(se * se, 'variance = SE²');
}

/** Fisher's z back to a correlation: r = tanh(z). */
function zToR(z: number): number {
  return Math.tanh(z);
}

/** A correlation to Fisher's z: z = atanh(r). */
function rToZ(r: number): number {
  return Math.atanh(r);
}

/** Whether a measure's reported estimates are ratios, analysed on the log scale. */
export function isRatioMeasure(measure: Measure): boolean {
  return measure === 'OR' || measure === 'RR';
}

/** Whether a measure is analysed on a transformed scale (log for ratios, Fisher's z for r) and back-transformed for readers. */
export function isBackTransformed(measure: Measure): boolean {
  return isRatioMeasure(measure) || measure === 'ZCOR';
}

/** A reported value on the analysis scale: the inverse of backTransform (ln for OR/RR, atanh for ZCOR, unchanged otherwise). */
export function toAnalysisScale(measure: Measure, value: number): number {
  if (isRatioMeasure(measure)) return Math.log(value);
  if (measure === 'ZCOR') return rToZ(value);
  return value;
}

/** A value on the analysis scale back on the scale readers know: exp for OR/RR, tanh for ZCOR, unchanged otherwise. */
export function backTransform(measure: Measure, value: number): Derived<number> {
  switch (measure) {
    case 'OR':
      return derived(Math.exp(value), 'odds ratio = exp(log odds ratio)');
    case 'RR':
      return derived(Math.exp(value), 'risk ratio = exp(log risk ratio)');
    case 'ZCOR':
      return derived(zToR(value), "correlation r = tanh(Fisher's z)");
    default:
      return derived(value, 'on the analysis scale; no transformation');
  }
}
