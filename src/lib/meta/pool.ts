/**
 * Inverse-variance pooling: common (fixed) effect, and DerSimonian–Laird or
 * REML random effects, with the heterogeneity statistics metafor reports.
 */
import { requireFinite, requirePositive, studyName } from './checks.ts';
import { twoSidedP, Z_95 } from './distributions.ts';
import { MetaInputError } from './errors.ts';
import { cochranQ, inconsistencyFromQ, inconsistencyFromTau2 } from './heterogeneity.ts';
import { tau2DerSimonianLaird, tau2Reml } from './tau2.ts';
import type { LabelledEffect, Method, RandomEffectsMethod } from './types.ts';

export interface PooledEstimate {
  readonly method: Method;
  readonly k: number;
  /** Pooled effect on the analysis scale, with its SE, 95% CI, z and two-sided p. */
  readonly estimate: number;
  readonly se: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly z: number;
  readonly p: number;
  /** Between-study variance; 0 for the common-effect model. */
  readonly tau2: number;
  /** I² in percent, and H². */
  readonly i2: number;
  readonly h2: number;
  /** Cochran's Q, its degrees of freedom and p-value. */
  readonly q: number;
  readonly df: number;
  readonly qp: number;
  /** 95% prediction interval: estimate ± 1.959964 √(se² + τ²); the CI for the common-effect model. */
  readonly piLow: number;
  readonly piHigh: number;
  /** Each study's weight in percent, in input order, summing to 100. */
  readonly weights: readonly number[];
  /** Fisher scoring iterations for REML; 0 otherwise. */
  readonly iterations: number;
}

function checkEffects(effects: readonly LabelledEffect[]): void {
  if (effects.length === 0) throw new MetaInputError(null, 'studies', 'studies must list at least one study to pool (got k = 0)');
  for (const effect of effects) {
    const name = studyName(effect);
    requireFinite(name, 'yi', effect.yi);
    requirePositive(name, 'vi', effect.vi);
  }
}

function poolWithTau2(effects: readonly LabelledEffect[], method: Method, tau2: number, iterations: number): PooledEstimate {
  const weights = effects.map(({ vi }) => 1 / (vi + tau2));
  let sumW = 0;
  let sumWY = 0;
  effects.forEach(({ yi }, i) => {
    const w = weights[i] ?? 0;
    sumW += w;
    sumWY += w * yi;
  });
  const estimate = sumWY / sumW;
  const se = Math.sqrt(1 / sumW);
  const z = estimate / se;
  const heterogeneity = cochranQ(effects);
  const variances = effects.map(({ vi }) => vi);
  const { i2, h2 } = method === 'FE' ? inconsistencyFromQ(heterogeneity) : inconsistencyFromTau2(tau2, variances);
  const predictionSe = Math.sqrt(se * se + tau2);
  return {
    method,
    k: effects.length,
    estimate,
    se,
    ciLow: estimate - Z_95 * se,
    ciHigh: estimate + Z_95 * se,
    z,
    p: twoSidedP(z),
    tau2,
    i2,
    h2,
    q: heterogeneity.q,
    df: heterogeneity.df,
    qp: heterogeneity.qp,
    piLow: estimate - Z_95 * predictionSe,
    piHigh: estimate + Z_95 * predictionSe,
    weights: weights.map((w) => (100 * w) / sumW),
    iterations,
  };
}

/** Common-effect (fixed-effect) inverse-variance pooling, w = 1/vᵢ. */
export function poolFixedEffect(effects: readonly LabelledEffect[]): PooledEstimate {
  checkEffects(effects);
  return poolWithTau2(effects, 'FE', 0, 0);
}

/** Random-effects pooling, w = 1/(vᵢ + τ²), with τ² by DerSimonian–Laird or REML (metafor's default). */
export function poolRandomEffects(effects: readonly LabelledEffect[], method: RandomEffectsMethod = 'REML'): PooledEstimate {
  checkEffects(effects);
  if (method === 'DL') return poolWithTau2(effects, 'DL', tau2DerSimonianLaird(effects), 0);
  const { tau2, iterations } = tau2Reml(effects);
  return poolWithTau2(effects, 'REML', tau2, iterations);
}

/** Pools by the named method. */
export function pool(effects: readonly LabelledEffect[], method: Method): PooledEstimate {
  return method === 'FE' ? poolFixedEffect(effects) : poolRandomEffects(effects, method);
}
