// The engine at its edges: the REML fallback to τ² = 0, and the boundaries the reference cases do not reach.
import { describe, expect, it } from 'vitest';
import { remlLogLikelihood, tau2Reml } from '../../src/lib/meta/index.ts';

describe('REML', () => {
  it('returns τ² = 0 when Fisher scoring stops where the likelihood is lower than at 0', () => {
    // Found by search: scoring from the Hedges start converges to τ² ≈ 0.307, a stationary point below the likelihood at 0.
    const effects = [
      { yi: -1.48, vi: 0.083 },
      { yi: 0.24, vi: 0.4426 },
      { yi: -1.26, vi: 0.001 },
      { yi: -1.89, vi: 0.8572 },
      { yi: 1.07, vi: 2.0223 },
    ];
    const atZero = remlLogLikelihood(effects, 0);
    expect(atZero).toBeGreaterThan(remlLogLikelihood(effects, 0.307) + 2 ** -13);
    const best = Math.max(...Array.from({ length: 500 }, (_, i) => remlLogLikelihood(effects, (i + 1) / 100)));
    expect(atZero, 'τ² = 0 is where the restricted likelihood is highest').toBeGreaterThan(best);
    expect(tau2Reml(effects).tau2).toBe(0);
  });
});

import {
  backTransform, chiSquareUpperTail, ciFromP, ciFromSe, dToG, effectFromCi, effectFromSe, effectFromVariance, effectSize, fisherZ,
  hedgesG, isBackTransformed, logGamma, logOddsRatio, logRiskRatio, meanDifference, MetaComputationError, MetaInputError, normalCdf,
  normalQuantile, normalUpperTail, parseMetaAnalysisInput, parsePValue, poolRandomEffects, regularizedGammaLower, regularizedGammaUpper,
  seFromCi, smallSampleCorrection, toAnalysisScale, twoByTwoTable, varianceFromSe,
} from '../../src/lib/meta/index.ts';

/** Agreement to `digits` significant digits, the reference values being from mpmath at 40 digits. */
const near = (actual: number, expected: number, digits = 13) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 10 ** -digits);

/** What an editor or author would read when the engine refuses an input. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof MetaInputError) return `${error.name} [${error.study ?? '-'} / ${error.field}] ${error.message}`;
    if (error instanceof MetaComputationError) return `${error.name} ${error.message}`;
    throw error;
  }
  return 'accepted';
}

describe('distributions at the edges of their branches', () => {
  it('log Γ: NaN outside its domain, the reflection formula below 0.5, Lanczos above', () => {
    for (const x of [Number.NaN, 0, -1, -0.5]) expect(logGamma(x), String(x)).toBeNaN();
    expect(logGamma(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    near(logGamma(0.25), 1.2880225246980774);
    near(logGamma(0.3), 1.0957979948180756);
    near(logGamma(1e-5), 11.512919692895826);
    near(logGamma(3.7), 1.428072326665388);
    near(logGamma(20.5), 40.8315009745308);
  });
  it('Φ and its upper tail on each side of Cody’s break points (0.674, √32, 38)', () => {
    const cases: [number, number, number][] = [
      [-10, 7.619853024160525e-24, 1],
      [-5.7, 5.990371401063528e-9, 0.9999999940096286],
      [-5.6, 1.071759025831093e-8, 0.9999999892824097],
      [-2, 0.02275013194817921, 0.9772498680518208],
      [-0.68, 0.2482522304535705, 0.7517477695464295],
      [-0.6744, 0.2500285213729406, 0.7499714786270594],
      [1e-10, 0.5000000000398942, 0.49999999996010575],
      [0.6744, 0.7499714786270594, 0.2500285213729406],
      [0.68, 0.7517477695464295, 0.2482522304535705],
      [2, 0.9772498680518208, 0.02275013194817921],
      [5.6, 0.9999999892824097, 1.071759025831093e-8],
      [5.7, 0.9999999940096286, 5.990371401063528e-9],
      [10, 1, 7.619853024160525e-24],
    ];
    for (const [x, lower, upper] of cases) {
      near(normalCdf(x), lower, 12);
      near(normalUpperTail(x), upper, 12);
    }
    expect(normalCdf(1e-17)).toBe(0.5);
    expect(normalCdf(-37.9)).toBeGreaterThan(0);
    expect(normalCdf(-38)).toBe(0);
    expect(normalUpperTail(38)).toBe(0);
    expect(normalUpperTail(-38)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
    expect(normalUpperTail(Number.NaN)).toBeNaN();
  });
  it('Φ⁻¹ in the centre and both tails, and its limits', () => {
    const cases: [number, number][] = [
      [1e-20, -9.262340089798407],
      [1e-10, -6.361340902404057],
      [0.01, -2.326347874040841],
      [0.075, -1.439531470938456],
      [0.3, -0.5244005127080408],
      [0.7, 0.5244005127080407],
      [0.925, 1.4395314709384561],
      [0.99, 2.3263478740408408],
      [1 - 1e-10, 6.361340889697422],
    ];
    for (const [p, z] of cases) near(normalQuantile(p), z, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    for (const p of [Number.NaN, -0.1, 1.1]) expect(normalQuantile(p), String(p)).toBeNaN();
  });
  it('regularised Γ on each side of x = a + 1 (series below, continued fraction above), and its limits', () => {
    const cases: [number, number, number][] = [
      [0.5, 0.2, 0.5270892568655381],
      [2, 2.9, 0.2145905582199882],
      [2, 3.1, 0.18470172981358698],
      [3, 3.9, 0.2531251026297839],
      [3, 4.1, 0.2238139813007857],
      [5, 1, 0.9963401531726563],
      [5, 20, 1.6944743930067385e-5],
      [100, 90, 0.8417790108135699],
    ];
    for (const [a, x, upper] of cases) {
      near(regularizedGammaUpper(a, x), upper, 12);
      near(regularizedGammaLower(a, x), 1 - upper, 12);
    }
    for (const [a, x] of [[Number.NaN, 1], [1, Number.NaN], [0, 1], [-1, 1], [1, -1]] as const) {
      expect(regularizedGammaUpper(a, x), `${a}, ${x}`).toBeNaN();
      expect(regularizedGammaLower(a, x), `${a}, ${x}`).toBeNaN();
    }
    expect(regularizedGammaUpper(2, 0)).toBe(1);
    expect(regularizedGammaLower(2, 0)).toBe(0);
    expect(regularizedGammaUpper(2, Number.POSITIVE_INFINITY)).toBe(0);
    expect(regularizedGammaLower(2, Number.POSITIVE_INFINITY)).toBe(1);
  });
  it('χ² upper tail, with 1 at and below 0 and NaN for no degrees of freedom', () => {
    near(chiSquareUpperTail(3.84, 1), 0.050043521248705106, 12);
    near(chiSquareUpperTail(10, 4), 0.040427681994512805, 12);
    near(chiSquareUpperTail(30, 10), 0.0008566412107753004, 12);
    expect(chiSquareUpperTail(0, 3)).toBe(1);
    expect(chiSquareUpperTail(-1, 3)).toBe(1);
    for (const [x, df] of [[1, 0], [1, -2], [Number.NaN, 2], [1, Number.NaN]] as const) expect(chiSquareUpperTail(x, df)).toBeNaN();
  });
});

describe('conversions at their edges', () => {
  it('the small-sample correction is defined only above m = 1, and d → g needs n ≥ 4', () => {
    expect(smallSampleCorrection(1)).toBeNaN();
    expect(smallSampleCorrection(Number.NaN)).toBeNaN();
    expect(smallSampleCorrection(1.5)).toBeGreaterThan(0);
    near(dToG(0.5, 4).value, 0.5 * smallSampleCorrection(2));
    expect(dToG(0.5, 20).derivation).toMatchInlineSnapshot(`"Hedges' g from Cohen's d: g = J × d, J = 0.9576 (exact correction, m = n − 2 = 18)"`);
    expect(refusal(() => dToG(0.5, 3))).toMatchInlineSnapshot(`"MetaInputError [- / totalN] totalN must be at least 4 for the small-sample correction (got 3)"`);
    expect(refusal(() => dToG(Number.NaN, 20))).toMatchInlineSnapshot(`"MetaInputError [- / d] d must be a finite number (got NaN)"`);
    expect(refusal(() => dToG(0.5, Number.NaN))).toMatchInlineSnapshot(`"MetaInputError [- / totalN] totalN must be a finite number (got NaN)"`);
  });
  it('an SE from a CI: on the log scale for ratios only', () => {
    near(seFromCi(-0.2, 0.6).value, 0.8 / (2 * 1.959963984540054));
    expect(seFromCi(-0.2, 0.6).derivation).toMatchInlineSnapshot(`"SE from the 95% CI: (upper − lower) / (2 × 1.959964)"`);
    near(seFromCi(0.5, 2, 'ratio').value, (Math.log(2) - Math.log(0.5)) / (2 * 1.959963984540054));
    expect(seFromCi(0.5, 2, 'ratio').derivation).toMatchInlineSnapshot(`"SE of the log ratio from the 95% CI: (ln upper − ln lower) / (2 × 1.959964)"`);
    expect(refusal(() => seFromCi(0, 2, 'ratio'))).toMatchInlineSnapshot(`"MetaInputError [- / ciLow] ciLow must be positive (got 0)"`);
    expect(refusal(() => seFromCi(0.5, -1, 'ratio'))).toMatchInlineSnapshot(`"MetaInputError [- / ciHigh] ciHigh must be positive (got -1)"`);
    expect(refusal(() => seFromCi(0.6, 0.6))).toMatchInlineSnapshot(`"MetaInputError [- / ciHigh] ciHigh must be greater than ciLow (got 0.6 to 0.6)"`);
    expect(refusal(() => seFromCi(Number.NaN, 0.6))).toMatchInlineSnapshot(`"MetaInputError [- / ciLow] ciLow must be a finite number (got NaN)"`);
    expect(refusal(() => seFromCi(0.1, Number.POSITIVE_INFINITY))).toMatchInlineSnapshot(`"MetaInputError [- / ciHigh] ciHigh must be a finite number (got Infinity)"`);
  });
  it('a CI from an SE', () => {
    expect(ciFromSe(1, 0.5).derivation).toMatchInlineSnapshot(`"95% CI from the SE: estimate ± 1.959964 × SE"`);
    expect(refusal(() => ciFromSe(Number.NaN, 0.5))).toMatchInlineSnapshot(`"MetaInputError [- / estimate] estimate must be a finite number (got NaN)"`);
    expect(refusal(() => ciFromSe(1, 0))).toMatchInlineSnapshot(`"MetaInputError [- / se] se must be positive (got 0)"`);
  });
  it('reads p as written, refusing bounds, words and values outside (0, 1)', () => {
    expect(parsePValue(' 0.03 ')).toBe(0.03);
    expect(parsePValue('.003')).toBe(0.003);
    expect(parsePValue('1e-4')).toBe(0.0001);
    expect(parsePValue('2E-10')).toBe(2e-10);
    expect(parsePValue('0.001e0')).toBe(0.001);
    expect(parsePValue(0.2)).toBe(0.2);
    expect(refusal(() => parsePValue('< .001'))).toMatchInlineSnapshot(`"MetaInputError [- / p] p must be an exact value, not a bound (got "< .001"); a bound cannot give an SE"`);
    expect(refusal(() => parsePValue('ns'))).toMatchInlineSnapshot(`"MetaInputError [- / p] p must be a number (got "ns")"`);
    expect(refusal(() => parsePValue('0.5x'))).toMatchInlineSnapshot(`"MetaInputError [- / p] p must be a number (got "0.5x")"`);
    expect(refusal(() => parsePValue(Number.NaN))).toMatchInlineSnapshot(`"MetaInputError [- / p] p must be a finite number (got NaN)"`);
    expect(refusal(() => parsePValue(1))).toMatchInlineSnapshot(`"MetaInputError [- / p] p must lie strictly between 0 and 1 to give an SE (got 1)"`);
    expect(refusal(() => parsePValue('0'))).toMatchInlineSnapshot(`"MetaInputError [- / p] p must lie strictly between 0 and 1 to give an SE (got "0")"`);
  });
  it('a CI from an exact p needs an estimate other than 0', () => {
    expect(refusal(() => ciFromP(0, 0.01))).toMatchInlineSnapshot(`"MetaInputError [- / estimate] estimate must not be 0 to back an SE out of a p-value"`);
    expect(refusal(() => ciFromP(Number.NaN, 0.01))).toMatchInlineSnapshot(`"MetaInputError [- / estimate] estimate must be a finite number (got NaN)"`);
    expect(ciFromP(0.5, 0.05).derivation).toMatchInlineSnapshot(`"SE from the two-sided p-value: |estimate| / z, z = Φ⁻¹(1 − p/2) = 1.9600; 95% CI = estimate ± 1.959964 × SE"`);
  });
  it('a variance from an SE', () => {
    expect(varianceFromSe(0.5)).toEqual({ value: 0.25, derivation: 'variance = SE²', approximate: false });
    expect(refusal(() => varianceFromSe(0))).toMatchInlineSnapshot(`"MetaInputError [- / sei] sei must be positive (got 0)"`);
  });
  it('each measure in and out of its analysis scale, saying how', () => {
    expect(['SMD', 'MD', 'OR', 'RR', 'ZCOR', 'GEN'].filter((m) => isBackTransformed(m as 'SMD'))).toEqual(['OR', 'RR', 'ZCOR']);
    expect(toAnalysisScale('OR', Math.E)).toBe(1);
    expect(toAnalysisScale('RR', 1)).toBe(0);
    near(toAnalysisScale('ZCOR', 0.5), Math.atanh(0.5), 15);
    expect(toAnalysisScale('SMD', 0.5)).toBe(0.5);
    expect(toAnalysisScale('MD', -3)).toBe(-3);
    expect(Object.fromEntries((['OR', 'RR', 'ZCOR', 'SMD'] as const).map((m) => [m, backTransform(m, 0.5)]))).toMatchInlineSnapshot(`
      {
        "OR": {
          "approximate": false,
          "derivation": "odds ratio = exp(log odds ratio)",
          "value": 1.6487212707001282,
        },
        "RR": {
          "approximate": false,
          "derivation": "risk ratio = exp(log risk ratio)",
          "value": 1.6487212707001282,
        },
        "SMD": {
          "approximate": false,
          "derivation": "on the analysis scale; no transformation",
          "value": 0.5,
        },
        "ZCOR": {
          "approximate": false,
          "derivation": "correlation r = tanh(Fisher's z)",
          "value": 0.46211715726000974,
        },
      }
    `);
  });
});

describe('effect sizes: every shape, its derivation and its refusals', () => {
  const means = { label: 'A', m1: 10, sd1: 2, n1: 20, m2: 9, sd2: 2, n2: 20 };
  const counts = { label: 'B', events1: 5, n1: 20, events2: 10, n2: 20 };
  it('means', () => {
    expect(hedgesG(means).derivation).toMatchInlineSnapshot(`"Hedges' g from means, SDs and group sizes: g = J × (m1 − m2) / pooled SD with the exact small-sample correction J = 0.9801; variance = 1/n1 + 1/n2 + g² / (2(n1 + n2))"`);
    expect(meanDifference(means).derivation).toMatchInlineSnapshot(`"mean difference from means, SDs and group sizes: m1 − m2; variance = sd1²/n1 + sd2²/n2"`);
    expect(refusal(() => hedgesG({ ...means, n1: 1, n2: 2 }))).toMatchInlineSnapshot(`"MetaInputError [A / n2] study "A": n1 + n2 must be at least 4 for Hedges' small-sample correction (got 3)"`);
    expect(refusal(() => hedgesG({ ...means, n1: 2, n2: 2 }))).toBe('accepted');
    expect(refusal(() => hedgesG({ ...means, m1: Number.NaN }))).toMatchInlineSnapshot(`"MetaInputError [A / m1] study "A": m1 must be a finite number (got NaN)"`);
    expect(refusal(() => hedgesG({ ...means, m2: Number.NaN }))).toMatchInlineSnapshot(`"MetaInputError [A / m2] study "A": m2 must be a finite number (got NaN)"`);
    expect(refusal(() => hedgesG({ ...means, n2: 0 }))).toMatchInlineSnapshot(`"MetaInputError [A / n2] study "A": n2 must be at least 1 (got 0)"`);
  });
  it('events and totals, with the 0.5 correction when any cell is empty', () => {
    expect(logOddsRatio(counts).derivation).toMatchInlineSnapshot(`"log odds ratio from events and totals: ln((a/b) / (c/d)); variance = 1/a + 1/b + 1/c + 1/d"`);
    expect(logRiskRatio(counts).derivation).toMatchInlineSnapshot(`"log risk ratio from events and totals: ln((a/n1) / (c/n2)); variance = 1/a − 1/n1 + 1/c − 1/n2"`);
    for (const zero of [{ events1: 0 }, { events1: 20 }, { events2: 0 }, { events2: 20 }]) {
      expect(logOddsRatio({ ...counts, ...zero }).derivation, JSON.stringify(zero)).toContain('0.5');
    }
    expect(twoByTwoTable(counts)).toMatchObject({ a: 5, b: 15, c: 10, d: 10 });
    expect(twoByTwoTable({ ...counts, events2: 20 })).toMatchObject({ a: 5.5, b: 15.5, c: 20.5, d: 0.5 });
    expect(refusal(() => twoByTwoTable({ ...counts, events2: 21 }))).toMatchInlineSnapshot(`"MetaInputError [B / events2] study "B": events2 must not exceed n2 (got 21 events of 20)"`);
    expect(refusal(() => twoByTwoTable({ ...counts, n1: 0 }))).toMatchInlineSnapshot(`"MetaInputError [B / n1] study "B": n1 must be at least 1 (got 0)"`);
  });
  it('a correlation', () => {
    expect(fisherZ({ label: 'C', r: 0.3, n: 50 }).derivation).toMatchInlineSnapshot(`"Fisher's z from the correlation: atanh(r); variance = 1/(n − 3)"`);
    expect(refusal(() => fisherZ({ label: 'C', r: 0.3, n: 3 }))).toMatchInlineSnapshot(`"MetaInputError [C / n] study "C": n must be greater than 3 for Fisher's z, whose variance is 1/(n − 3) (got 3)"`);
    expect(refusal(() => fisherZ({ label: 'C', r: Number.NaN, n: 50 }))).toMatchInlineSnapshot(`"MetaInputError [C / r] study "C": r must be a finite number (got NaN)"`);
    expect(refusal(() => fisherZ({ label: 'C', r: 0.3, n: Number.NaN }))).toMatchInlineSnapshot(`"MetaInputError [C / n] study "C": n must be a finite number (got NaN)"`);
  });
  it('an estimate with its CI, which must contain it (its ends included)', () => {
    expect(effectFromCi({ label: 'D', estimate: 0.5, ciLow: 0.2, ciHigh: 0.8 }, 'SMD').derivation).toMatchInlineSnapshot(`"effect from the reported estimate and its 95% CI; variance = ((upper − lower) / (2 × 1.959964))²"`);
    expect(effectFromCi({ label: 'D', estimate: 0.5, ciLow: 0.2, ciHigh: 0.8 }, 'OR').derivation).toMatchInlineSnapshot(`"log odds ratio from the reported ratio and its 95% CI: ln(estimate); variance = ((ln upper − ln lower) / (2 × 1.959964))²"`);
    expect(effectFromCi({ label: 'D', estimate: 0.5, ciLow: 0.2, ciHigh: 0.8 }, 'RR').derivation).toMatchInlineSnapshot(`"log risk ratio from the reported ratio and its 95% CI: ln(estimate); variance = ((ln upper − ln lower) / (2 × 1.959964))²"`);
    expect(refusal(() => effectFromCi({ label: 'D', estimate: 0.2, ciLow: 0.2, ciHigh: 0.8 }, 'SMD'))).toBe('accepted');
    expect(refusal(() => effectFromCi({ label: 'D', estimate: 0.8, ciLow: 0.2, ciHigh: 0.8 }, 'SMD'))).toBe('accepted');
    expect(refusal(() => effectFromCi({ label: 'D', estimate: 0.1, ciLow: 0.2, ciHigh: 0.8 }, 'SMD'))).toMatchInlineSnapshot(`"MetaInputError [D / estimate] study "D": estimate must lie within its CI 0.2 to 0.8 (got 0.1)"`);
    expect(refusal(() => effectFromCi({ label: 'D', estimate: 0.9, ciLow: 0.2, ciHigh: 0.8 }, 'SMD'))).toMatchInlineSnapshot(`"MetaInputError [D / estimate] study "D": estimate must lie within its CI 0.2 to 0.8 (got 0.9)"`);
    expect(refusal(() => effectFromCi({ label: 'D', estimate: Number.NaN, ciLow: 0.2, ciHigh: 0.8 }, 'SMD'))).toMatchInlineSnapshot(`"MetaInputError [D / estimate] study "D": estimate must be a finite number (got NaN)"`);
    expect(refusal(() => effectFromCi({ label: 'D', estimate: -0.5, ciLow: -0.8, ciHigh: -0.2 }, 'SMD'))).toBe('accepted');
  });
  it('an effect with its variance or SE', () => {
    expect(effectFromVariance({ label: 'E', yi: 0.3, vi: 0.04 }).derivation).toMatchInlineSnapshot(`"effect and sampling variance as reported"`);
    expect(effectFromSe({ label: 'E', yi: 0.3, sei: 0.2 })).toMatchObject({ value: { yi: 0.3, vi: 0.04000000000000001 } });
    expect(effectFromSe({ label: 'E', yi: 0.3, sei: 0.2 }).derivation).toMatchInlineSnapshot(`"effect as reported; variance = SE²"`);
    expect(refusal(() => effectFromVariance({ label: 'E', yi: Number.NaN, vi: 0.04 }))).toMatchInlineSnapshot(`"MetaInputError [E / yi] study "E": yi must be a finite number (got NaN)"`);
    expect(refusal(() => effectFromSe({ label: 'E', yi: Number.NaN, sei: 0.2 }))).toMatchInlineSnapshot(`"MetaInputError [E / yi] study "E": yi must be a finite number (got NaN)"`);
    expect(refusal(() => effectFromSe({ label: 'E', yi: 0.3, sei: 0 }))).toMatchInlineSnapshot(`"MetaInputError [E / sei] study "E": sei must be positive (got 0)"`);
    expect(refusal(() => effectFromSe({ yi: 0.3, sei: 0 }))).toMatchInlineSnapshot(`"MetaInputError [unlabelled study / sei] study "unlabelled study": sei must be positive (got 0)"`);
  });
  it('each shape gives only the measures it can', () => {
    expect(effectSize('SMD', means).derivation).toBe(hedgesG(means).derivation);
    expect(effectSize('MD', means).derivation).toBe(meanDifference(means).derivation);
    expect(effectSize('OR', counts).derivation).toBe(logOddsRatio(counts).derivation);
    expect(effectSize('RR', counts).derivation).toBe(logRiskRatio(counts).derivation);
    expect(effectSize('ZCOR', { r: 0.3, n: 50 }).derivation).toBe(fisherZ({ r: 0.3, n: 50 }).derivation);
    expect(effectSize('GEN', { yi: 0.3, vi: 0.04 }).derivation).toBe(effectFromVariance({ yi: 0.3, vi: 0.04 }).derivation);
    expect(effectSize('GEN', { yi: 0.3, sei: 0.2 }).derivation).toBe(effectFromSe({ yi: 0.3, sei: 0.2 }).derivation);
    expect(refusal(() => effectSize('OR', means))).toMatchInlineSnapshot(`"MetaInputError [A / m1] study "A": m1 is given, but means can only be pooled as SMD or MD, not OR"`);
    expect(refusal(() => effectSize('SMD', counts))).toMatchInlineSnapshot(`"MetaInputError [B / events1] study "B": events1 is given, but counts can only be pooled as OR or RR, not SMD"`);
    expect(refusal(() => effectSize('SMD', { label: 'C', r: 0.3, n: 50 }))).toMatchInlineSnapshot(`"MetaInputError [C / r] study "C": r is given, but correlation can only be pooled as ZCOR, not SMD"`);
  });
});

describe('reading the engine’s input', () => {
  const read = (raw: unknown) => refusal(() => parseMetaAnalysisInput(raw));
  const input = (studies: unknown, measure = 'SMD') => ({ measure, method: 'REML', studies });
  it('refuses what is not a meta-analysis, naming the field', () => {
    expect(read(null)).toMatchInlineSnapshot(`"MetaInputError [- / input] the input must be an object with measure, method and studies (got null)"`);
    expect(read([1])).toMatchInlineSnapshot(`"MetaInputError [- / input] the input must be an object with measure, method and studies (got [1])"`);
    expect(read({ measure: 'HR', method: 'REML', studies: [] })).toMatchInlineSnapshot(`"MetaInputError [- / measure] measure must be one of SMD, MD, OR, RR, ZCOR, GEN (got "HR")"`);
    expect(read({ measure: 'SMD', method: 'PM', studies: [] })).toMatchInlineSnapshot(`"MetaInputError [- / method] method must be one of FE, DL, REML (got "PM")"`);
    expect(read({ measure: 'SMD', method: 'REML' })).toMatchInlineSnapshot(`"MetaInputError [- / studies] studies must be a list of studies (got nothing)"`);
    expect(read(input([]))).toMatchInlineSnapshot(`"MetaInputError [- / studies] studies must list at least one study to pool (got k = 0)"`);
  });
  it('refuses a study that is not one, or has an empty label', () => {
    expect(read(input([null]))).toMatchInlineSnapshot(`"MetaInputError [study 1 / studies] study "study 1": studies[0] must be an object of named values (got null)"`);
    expect(read(input([{ label: '  ', yi: 1, vi: 1 }], 'GEN'))).toMatchInlineSnapshot(`"MetaInputError [study 1 / label] study "study 1": label must be a non-empty string (got "  ")"`);
    expect(read(input([{ label: 3, yi: 1, vi: 1 }], 'GEN'))).toMatchInlineSnapshot(`"MetaInputError [study 1 / label] study "study 1": label must be a non-empty string (got 3)"`);
  });
  it('names a missing or non-numeric field, and the fields the shape needs', () => {
    expect(read(input([{ label: 'A', m1: 1, sd1: 1, n1: 10, m2: 1, sd2: 1 }]))).toMatchInlineSnapshot(`"MetaInputError [A / n2] study "A": n2 is missing (SMD from means and SDs needs m1, sd1, n1, m2, sd2, n2)"`);
    expect(read(input([{ label: 'A', m1: 1, sd1: 1, n1: 10, m2: 1, sd2: 1, n2: null }]))).toMatchInlineSnapshot(`"MetaInputError [A / n2] study "A": n2 is missing (SMD from means and SDs needs m1, sd1, n1, m2, sd2, n2)"`);
    expect(read(input([{ label: 'A', m1: 1, sd1: 1, n1: 10, m2: 1, sd2: 1, n2: '10' }]))).toMatchInlineSnapshot(`"MetaInputError [A / n2] study "A": n2 must be a finite number (got "10")"`);
    expect(read(input([{ m1: 1, sd1: 1, n1: 10, m2: 1, sd2: 1, n2: Number.POSITIVE_INFINITY }]))).toMatchInlineSnapshot(`"MetaInputError [study 1 / n2] study "study 1": n2 must be a finite number (got Infinity)"`);
  });
  it('refuses two shapes in one study, and a shape pooled as a measure it cannot give', () => {
    expect(read(input([{ label: 'A', m1: 1, sd1: 1, n1: 10, m2: 1, sd2: 1, n2: 10, events1: 1, events2: 2 }]))).toMatchInlineSnapshot(`"MetaInputError [A / events1] study "A": gives both m1 (means and SDs) and events1 (events and totals); give the study in one form only"`);
    expect(read(input([{ label: 'A', events1: 1, n1: 10, events2: 2, n2: 10 }]))).toMatchInlineSnapshot(`"MetaInputError [A / events1] study "A": events1 gives events and totals, which can only be pooled as OR or RR, not SMD"`);
    expect(read(input([{ label: 'A', yi: 0.1, vi: 0.1 }], 'OR'))).toBe('accepted');
    expect(read(input([{ label: 'A', n1: 10 }], 'RR'))).toMatchInlineSnapshot(`"MetaInputError [A / events1] study "A": events1 is missing (RR from events and totals needs events1, n1, events2, n2)"`);
  });
  it('keeps only the fields of the shape, and the label (or a numbered name)', () => {
    expect(parseMetaAnalysisInput(input([{ label: 'A', yi: 0.1, vi: 0.2, note: 'x' }, { yi: 0.3, vi: 0.4 }], 'GEN')).studies).toEqual([
      { label: 'A', yi: 0.1, vi: 0.2 },
      { label: 'study 2', yi: 0.3, vi: 0.4 },
    ]);
  });
});

describe('pooling names its method', () => {
  const effects = [{ yi: 0.1, vi: 0.1 }, { yi: 0.5, vi: 0.2 }, { yi: 0.9, vi: 0.1 }];
  it('REML by default, DL when asked', () => {
    expect(poolRandomEffects(effects).method).toBe('REML');
    expect(poolRandomEffects(effects, 'DL').method).toBe('DL');
    expect(refusal(() => poolRandomEffects([{ label: 'X', yi: Number.NaN, vi: 0.1 }, ...effects]))).toMatchInlineSnapshot(`"MetaInputError [X / yi] study "X": yi must be a finite number (got NaN)"`);
  });
});
