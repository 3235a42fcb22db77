/**
 * Between-study heterogeneity: Cochran's Q and its test, and I² and H² as
 * metafor reports them (from Q for a common-effect model, from τ² for random effects).
 */
import { chiSquareUpperTail } from './distributions.ts';
import type { EffectEstimate } from './types.ts';

export interface CochranQ {
  readonly q: number;
  readonly df: number;
  /** Upper chi-square tail of Q on df degrees of freedom; 1 when k = 1. */
  readonly qp: number;
}

/** Cochran's Q = Σ wᵢ(yᵢ − ȳ)² with common-effect weights wᵢ = 1/vᵢ, df = k − 1. */
export function cochranQ(effects: readonly EffectEstimate[]): CochranQ {
  const k = effects.length;
  if (k < 2) return { q: 0, df: 0, qp: 1 };
  let sumW = 0;
  let sumWY = 0;
  for (const { yi, vi } of effects) {
    sumW += 1 / vi;
    sumWY += yi / vi;
  }
  const mean = sumWY / sumW;
  let q = 0;
  for (const { yi, vi } of effects) q += ((yi - mean) * (yi - mean)) / vi;
  return { q, df: k - 1, qp: chiSquareUpperTail(q, k - 1) };
}

/** The "typical" within-study variance s² = (k − 1) Σw / ((Σw)² − Σw²), w = 1/vᵢ, that I² compares τ² with. */
export function typicalWithinStudyVariance(variances: readonly number[]): number {
  let sumW = 0;
  let sumW2 = 0;
  for (const vi of variances) {
    sumW += 1 / vi;
    sumW2 += 1 / (vi * vi);
  }
  return ((variances.length - 1) * sumW) / (sumW * sumW - sumW2);
}

export interface InconsistencyStatistics {
  /** Percent of the total variability due to heterogeneity. */
  readonly i2: number;
  readonly h2: number;
}

/** I² and H² of a common-effect model: I² = max(0, (Q − df)/Q) × 100, H² = Q/df; 0 and 1 when k = 1. */
export function inconsistencyFromQ({ q, df }: CochranQ): InconsistencyStatistics {
  if (df === 0) return { i2: 0, h2: 1 };
  // Q = 0 gives (−df)/0 = −∞, which max() turns into 0, as in metafor.
  return { i2: Math.max(0, (100 * (q - df)) / q), h2: q / df };
}

/** I² and H² of a random-effects model: I² = 100 τ²/(τ² + s²), H² = (τ² + s²)/s²; 0 and 1 when k = 1. */
export function inconsistencyFromTau2(tau2: number, variances: readonly number[]): InconsistencyStatistics {
  if (variances.length < 2) return { i2: 0, h2: 1 };
  const s2 = typicalWithinStudyVariance(variances);
  return { i2: (100 * tau2) / (tau2 + s2), h2: tau2 / s2 + 1 };
}
