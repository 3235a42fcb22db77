/** Known values are R's (pnorm, qnorm, pchisq, lgamma), or closed forms given alongside. */
import { describe, expect, it } from 'vitest';
import {
  chiSquareUpperTail,
  logGamma,
  normalCdf,
  normalQuantile,
  normalUpperTail,
  regularizedGammaLower,
  regularizedGammaUpper,
  twoSidedP,
  Z_95,
} from '../../src/lib/meta/index.ts';

/** |actual − expected| ≤ rel × |expected|. */
function expectRelative(actual: number, expected: number, rel = 1e-13): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('normalCdf', () => {
  it('matches R pnorm across the range, including the far tails', () => {
    expect(normalCdf(0)).toBe(0.5);
    expectRelative(normalCdf(1.959964), 0.9750000009035577);
    expectRelative(normalCdf(-1), 0.15865525393145707);
    expectRelative(normalCdf(0.3), 0.6179114221889526);
    expectRelative(normalCdf(-3), 0.0013498980316300933);
    expectRelative(normalCdf(-10), 7.619853024160527e-24, 1e-12);
    expectRelative(normalUpperTail(8), 6.22096057427174e-16, 1e-12);
    expectRelative(normalUpperTail(20), 2.7536241186061556e-89, 1e-12);
  });

  it('is symmetric and its tails add to one', () => {
    for (const x of [0.1, 0.6744, 1.5, 4, 7]) {
      expectRelative(normalCdf(-x), normalUpperTail(x), 1e-15);
      expect(normalCdf(x) + normalUpperTail(x)).toBeCloseTo(1, 15);
    }
  });

  it('gives two-sided p-values', () => {
    expectRelative(twoSidedP(1.959963984540054), 0.05, 1e-14);
    expectRelative(twoSidedP(-1.959963984540054), 0.05, 1e-14);
    expect(twoSidedP(0)).toBe(1);
  });
});

describe('normalQuantile', () => {
  it('matches R qnorm', () => {
    expectRelative(normalQuantile(0.975), 1.959963984540054, 1e-15);
    expectRelative(Z_95, 1.959963984540054, 1e-15);
    expect(Math.abs(normalQuantile(0.9985) - 2.967737925)).toBeLessThan(1e-9);
    expectRelative(normalQuantile(0.0015), -2.9677379253417833, 1e-15);
    expectRelative(normalQuantile(1e-10), -6.361340902404056, 1e-14);
    expectRelative(normalQuantile(1e-300), -37.0470962993612, 1e-14);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('inverts normalCdf', () => {
    for (const p of [1e-12, 0.001, 0.025, 0.2, 0.5, 0.77, 0.95, 0.999]) {
      expectRelative(normalCdf(normalQuantile(p)), p, 1e-14);
    }
  });

  it('gives infinities at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});

describe('chiSquareUpperTail', () => {
  it('gives 0.05 at the familiar critical values', () => {
    expect(Math.abs(chiSquareUpperTail(3.841459, 1) - 0.05)).toBeLessThan(1e-7);
    expect(Math.abs(chiSquareUpperTail(5.991465, 2) - 0.05)).toBeLessThan(1e-7);
  });

  it('agrees with the closed forms for 1 and 2 degrees of freedom', () => {
    for (const x of [0.01, 0.5, 3, 12, 60]) {
      expectRelative(chiSquareUpperTail(x, 2), Math.exp(-x / 2), 1e-13);
      expectRelative(chiSquareUpperTail(x, 1), twoSidedP(Math.sqrt(x)), 1e-12);
    }
  });

  it('matches R pchisq(lower.tail = FALSE), including tiny tails', () => {
    expectRelative(chiSquareUpperTail(238.91581086201, 8), 3.84180928540033e-47, 1e-12);
    expectRelative(chiSquareUpperTail(100, 50), 3.454931382984871e-5, 1e-12);
    expectRelative(chiSquareUpperTail(0.5, 3), 0.9188914116546758, 1e-14);
    expect(chiSquareUpperTail(0, 4)).toBe(1);
  });
});

describe('regularized incomplete gamma', () => {
  it('P(1, x) = 1 − exp(−x) and P + Q = 1', () => {
    for (const x of [0.2, 1, 5, 30]) {
      expectRelative(regularizedGammaLower(1, x), 1 - Math.exp(-x), 1e-14);
      expect(regularizedGammaLower(3.5, x) + regularizedGammaUpper(3.5, x)).toBeCloseTo(1, 14);
    }
  });
});

describe('logGamma', () => {
  it('matches closed forms and R lgamma', () => {
    expectRelative(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-15);
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
    expectRelative(logGamma(10), Math.log(362880), 1e-15);
    expectRelative(logGamma(100), 359.1342053695754, 1e-15);
    expectRelative(logGamma(0.1), 2.252712651734206, 1e-15);
    expectRelative(logGamma(1e5), 1051287.7089736569, 1e-15);
  });

  it('satisfies Γ(x + 1) = x Γ(x)', () => {
    for (const x of [0.3, 1.7, 12.25, 250]) {
      expect(logGamma(x + 1) - logGamma(x) - Math.log(x)).toBeCloseTo(0, 12);
    }
  });
});
