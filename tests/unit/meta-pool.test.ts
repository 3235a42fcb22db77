import { describe, expect, it } from 'vitest';
import {
  cochranQ,
  pool,
  poolFixedEffect,
  poolRandomEffects,
  remlLogLikelihood,
  runMetaAnalysis,
  tau2DerSimonianLaird,
  tau2Reml,
  typicalWithinStudyVariance,
  type EffectEstimate,
  type Method,
} from '../../src/lib/meta/index.ts';

const Z = 1.959963984540054;
const METHODS: readonly Method[] = ['FE', 'DL', 'REML'];

/** Three studies that agree more closely than chance predicts: Q < df, so τ² is truncated at 0. */
const homogeneous: EffectEstimate[] = [
  { yi: 0.1, vi: 0.04 },
  { yi: 0.12, vi: 0.05 },
  { yi: 0.09, vi: 0.03 },
];

/** Five heterogeneous studies with unequal variances. */
const heterogeneous: EffectEstimate[] = [
  { yi: -0.9, vi: 0.05 },
  { yi: 0.4, vi: 0.2 },
  { yi: 0.1, vi: 0.01 },
  { yi: 1.2, vi: 0.3 },
  { yi: -0.2, vi: 0.02 },
];

describe('k = 1', () => {
  it.each(METHODS)('%s returns the study itself with no heterogeneity', (method) => {
    const result = pool([{ yi: 0.03, vi: 0.0156 }], method);
    expect(result.k).toBe(1);
    expect(result.estimate).toBe(0.03);
    expect(result.se).toBeCloseTo(Math.sqrt(0.0156), 15);
    expect(result).toMatchObject({ tau2: 0, q: 0, df: 0, qp: 1, i2: 0, h2: 1, weights: [100] });
    expect(result.ciLow).toBeCloseTo(0.03 - Z * Math.sqrt(0.0156), 14);
    expect(result.piLow).toBe(result.ciLow);
    expect(result.piHigh).toBe(result.ciHigh);
  });
});

describe('k = 2', () => {
  // y = 0 and 1, both v = 0.1: w = 10, ȳ = 0.5, Q = 10 × 0.25 × 2 = 5 on 1 df,
  // DL: τ² = (5 − 1) / (20 − 200/20) = 0.4; RE weights 1/0.5 = 2 each, SE = √(1/4) = 0.5;
  // s² = 1 × 20 / (400 − 200) = 0.1, so I² = 100 × 0.4/0.5 = 80 and H² = 5.
  const two: EffectEstimate[] = [
    { yi: 0, vi: 0.1 },
    { yi: 1, vi: 0.1 },
  ];

  it('DL matches the hand calculation', () => {
    const result = poolRandomEffects(two, 'DL');
    expect(result.q).toBeCloseTo(5, 14);
    expect(result.qp).toBeCloseTo(0.025347318677468252, 14); // R: pchisq(5, 1, lower.tail = FALSE)
    expect(result.tau2).toBeCloseTo(0.4, 14);
    expect(result.estimate).toBeCloseTo(0.5, 14);
    expect(result.se).toBeCloseTo(0.5, 14);
    expect(result.i2).toBeCloseTo(80, 12);
    expect(result.h2).toBeCloseTo(5, 13);
    expect(result.weights).toEqual([50, 50]);
    expect(result.piHigh).toBeCloseTo(0.5 + Z * Math.sqrt(0.25 + 0.4), 14);
  });

  it('REML equals the closed form for equal variances: sample variance of y minus v', () => {
    // Σ(y − ȳ)²/(k − 1) − v = 0.5 − 0.1 = 0.4
    expect(poolRandomEffects(two, 'REML').tau2).toBeCloseTo(0.4, 12);
  });

  it('FE reports I² and H² from Q', () => {
    const result = poolFixedEffect(two);
    expect(result.tau2).toBe(0);
    expect(result.se).toBeCloseTo(Math.sqrt(1 / 20), 15);
    expect(result.i2).toBeCloseTo(80, 12); // (5 − 1)/5
    expect(result.h2).toBeCloseTo(5, 13);
    expect(result.piLow).toBe(result.ciLow);
  });
});

describe('τ² truncated at 0', () => {
  it('DL gives 0 when Q < df, and then equals the common-effect model', () => {
    const { q, df } = cochranQ(homogeneous);
    expect(q).toBeLessThan(df);
    expect(tau2DerSimonianLaird(homogeneous)).toBe(0);
    const dl = poolRandomEffects(homogeneous, 'DL');
    const fe = poolFixedEffect(homogeneous);
    expect(dl.estimate).toBeCloseTo(fe.estimate, 15);
    expect(dl.se).toBeCloseTo(fe.se, 15);
    expect(dl.weights).toEqual(fe.weights);
    expect(dl.i2).toBe(0);
    expect(dl.h2).toBe(1);
    expect([dl.piLow, dl.piHigh]).toEqual([dl.ciLow, dl.ciHigh]);
  });

  it('FE clamps I² at 0 but reports H² = Q/df below 1', () => {
    const fe = poolFixedEffect(homogeneous);
    expect(fe.i2).toBe(0);
    expect(fe.h2).toBeCloseTo(fe.q / 2, 15);
    expect(fe.h2).toBeLessThan(1);
  });

  it('REML agrees with DL when τ² is 0', () => {
    const reml = poolRandomEffects(homogeneous, 'REML');
    const dl = poolRandomEffects(homogeneous, 'DL');
    expect(reml.tau2).toBe(0);
    for (const key of ['estimate', 'se', 'ciLow', 'ciHigh', 'z', 'p', 'i2', 'h2', 'q', 'qp', 'piLow', 'piHigh'] as const) {
      expect(reml[key], key).toBeCloseTo(dl[key], 12);
    }
  });

  it('REML gives 0 when all studies agree exactly', () => {
    expect(tau2Reml([{ yi: 0.2, vi: 0.1 }, { yi: 0.2, vi: 0.3 }, { yi: 0.2, vi: 0.05 }]).tau2).toBe(0);
  });
});

describe('REML', () => {
  it('reaches the maximum of the restricted likelihood (checked by golden-section search)', () => {
    let low = 0;
    let high = 5;
    const ratio = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 200; i++) {
      const a = high - ratio * (high - low);
      const b = low + ratio * (high - low);
      if (remlLogLikelihood(heterogeneous, a) > remlLogLikelihood(heterogeneous, b)) high = b;
      else low = a;
    }
    const { tau2, iterations } = tau2Reml(heterogeneous);
    expect(tau2).toBeGreaterThan(0);
    expect(iterations).toBeGreaterThan(0);
    expect(Math.abs(tau2 - (low + high) / 2)).toBeLessThan(1e-4);
  });
});

describe('random-effects summaries', () => {
  it('follow the definitions in the reference README', () => {
    const result = poolRandomEffects(heterogeneous, 'DL');
    const w = heterogeneous.map(({ vi }) => 1 / (vi + result.tau2));
    const sumW = w.reduce((s, x) => s + x, 0);
    const estimate = heterogeneous.reduce((s, { yi }, i) => s + (w[i] ?? 0) * yi, 0) / sumW;
    expect(result.estimate).toBeCloseTo(estimate, 14);
    expect(result.se).toBeCloseTo(Math.sqrt(1 / sumW), 14);
    expect(result.z).toBeCloseTo(estimate / Math.sqrt(1 / sumW), 13);
    const s2 = typicalWithinStudyVariance(heterogeneous.map(({ vi }) => vi));
    expect(result.i2).toBeCloseTo((100 * result.tau2) / (result.tau2 + s2), 12);
    expect(result.h2).toBeCloseTo((result.tau2 + s2) / s2, 12);
    expect(result.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(100, 12);
    expect(result.piLow).toBeCloseTo(estimate - Z * Math.sqrt(1 / sumW + result.tau2), 13);
  });
});

describe('runMetaAnalysis', () => {
  it('names unlabelled studies by position and reports how each effect was derived', () => {
    const result = runMetaAnalysis({
      measure: 'RR',
      method: 'FE',
      studies: [
        { events1: 0, n1: 20, events2: 3, n2: 20 },
        { label: 'Second', estimate: 0.7, ciLow: 0.5, ciHigh: 0.98 },
      ],
    });
    expect(result.studies.map((study) => study.label)).toEqual(['study 1', 'Second']);
    expect(result.studies[0]?.derivation).toMatch(/zero cell/);
    expect(result.studies[1]?.derivation).toMatch(/95% CI/);
    expect(result.measure).toBe('RR');
    expect(result.k).toBe(2);
  });
});
