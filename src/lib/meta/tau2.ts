/**
 * Estimators of the between-study variance τ² for the random-effects model,
 * following metafor's rma.uni() (intercept-only model).
 */
import { MetaComputationError } from './errors.ts';
import { cochranQ } from './heterogeneity.ts';
import type { EffectEstimate } from './types.ts';

/** DerSimonian–Laird: τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)), w = 1/vᵢ; 0 when k = 1. */
export function tau2DerSimonianLaird(effects: readonly EffectEstimate[]): number {
  if (effects.length < 2) return 0;
  const { q, df } = cochranQ(effects);
  let sumW = 0;
  let sumW2 = 0;
  for (const { vi } of effects) {
    sumW += 1 / vi;
    sumW2 += 1 / (vi * vi);
  }
  return Math.max(0, (q - df) / (sumW - sumW2 / sumW));
}

/** Hedges (variance-component) estimator, untruncated: Σ(yᵢ − ȳ)²/(k − 1) − mean(vᵢ), ȳ unweighted. */
function tau2Hedges(effects: readonly EffectEstimate[]): number {
  const k = effects.length;
  if (k < 2) return 0;
  let sumY = 0;
  let sumV = 0;
  for (const { yi, vi } of effects) {
    sumY += yi;
    sumV += vi;
  }
  const mean = sumY / k;
  let rss = 0;
  for (const { yi } of effects) rss += (yi - mean) * (yi - mean);
  return rss / (k - 1) - sumV / k;
}

/** Sums over studies at a trial τ² that both the scoring step and the likelihood need. */
function weightedSums(effects: readonly EffectEstimate[], tau2: number) {
  let sumW = 0;
  let sumW2 = 0;
  let sumW3 = 0;
  let sumWY = 0;
  let sumLogV = 0;
  for (const { yi, vi } of effects) {
    const w = 1 / (vi + tau2);
    sumW += w;
    sumW2 += w * w;
    sumW3 += w * w * w;
    sumWY += w * yi;
    sumLogV += Math.log(vi + tau2);
  }
  const mean = sumWY / sumW;
  let rss = 0;
  let rssW2 = 0;
  for (const { yi, vi } of effects) {
    const w = 1 / (vi + tau2);
    const residual = yi - mean;
    rss += w * residual * residual;
    rssW2 += w * w * residual * residual;
  }
  return { sumW, sumW2, sumW3, sumLogV, rss, rssW2 };
}

/** Restricted log-likelihood of τ², up to a constant. */
export function remlLogLikelihood(effects: readonly EffectEstimate[], tau2: number): number {
  const { sumW, sumLogV, rss } = weightedSums(effects, tau2);
  return -0.5 * sumLogV - 0.5 * Math.log(sumW) - 0.5 * rss;
}

export interface RemlEstimate {
  readonly tau2: number;
  readonly iterations: number;
}

const REML_THRESHOLD = 1e-5;
const REML_MAX_ITERATIONS = 100;
const LIKELIHOOD_TOLERANCE = 2 ** -13; // metafor's .Machine$double.eps^0.25

/**
 * REML τ² by metafor's Fisher scoring: from the Hedges estimate (at least 0), step (y′PPy − tr P)/tr(PP), halving
 * steps that would go below 0, until τ² changes by < 1e-5; then 0 if the likelihood is clearly higher there.
 */
export function tau2Reml(effects: readonly EffectEstimate[]): RemlEstimate {
  if (effects.length < 2) return { tau2: 0, iterations: 0 };
  let tau2 = Math.max(0, tau2Hedges(effects));
  let change = Number.POSITIVE_INFINITY;
  let iterations = 0;
  while (change > REML_THRESHOLD) {
    iterations += 1;
    const { sumW, sumW2, sumW3, rssW2 } = weightedSums(effects, tau2);
    const traceP = sumW - sumW2 / sumW;
    const tracePP = sumW2 - (2 * sumW3) / sumW + (sumW2 / sumW) ** 2;
    let step = (rssW2 - traceP) / tracePP;
    // Halving ends at −0 once the step underflows, so this loop always stops.
    while (tau2 + step < 0) step /= 2;
    const previous = tau2;
    tau2 += step;
    change = Math.abs(previous - tau2);
    if (iterations > REML_MAX_ITERATIONS) {
      throw new MetaComputationError(`REML estimation of tau² did not converge in ${REML_MAX_ITERATIONS} Fisher scoring iterations`);
    }
  }
  if (tau2 > REML_THRESHOLD && remlLogLikelihood(effects, 0) - remlLogLikelihood(effects, tau2) > LIKELIHOOD_TOLERANCE) {
    tau2 = 0;
  }
  return { tau2: Math.max(0, tau2), iterations };
}
