import { describe, expect, it } from 'vitest';
import {
  backTransform,
  ciFromP,
  ciFromSe,
  dToG,
  MetaInputError,
  normalQuantile,
  parsePValue,
  seFromCi,
  smallSampleCorrection,
  varianceFromSe,
} from '../../src/lib/meta/index.ts';

describe('small-sample correction J', () => {
  it('matches its closed forms', () => {
    // J(2) = Γ(1) / (1 × Γ(1/2)) = 1/√π
    expect(smallSampleCorrection(2)).toBeCloseTo(1 / Math.sqrt(Math.PI), 14);
    // J(10) = Γ(5) / (√5 Γ(4.5)) = 24 / (√5 × 11.631728396567448)
    expect(smallSampleCorrection(10)).toBeCloseTo(24 / (Math.sqrt(5) * 11.631728396567448), 13);
  });

  it('is close to the approximation 1 − 3/(4m − 1) for large m, and undefined for m ≤ 1', () => {
    expect(Math.abs(smallSampleCorrection(1000) - (1 - 3 / 3999))).toBeLessThan(1e-7);
    expect(smallSampleCorrection(1)).toBeNaN();
  });
});

describe('dToG', () => {
  it('applies J for the total n', () => {
    // n = 40, m = 38: J = Γ(19) / (√19 Γ(18.5)) = 0.98011040213095…
    const g = dToG(0.5, 40);
    expect(g.value).toBeCloseTo(0.4900552010654752, 12);
    expect(g.approximate).toBe(false);
    expect(g.derivation).toMatch(/Cohen's d/);
  });

  it('refuses a total n below 4', () => {
    expect(() => dToG(0.5, 3)).toThrow(MetaInputError);
  });
});

describe('CI ↔ SE', () => {
  it('round-trips on the analysis scale', () => {
    const se = seFromCi(0.2, 1.0);
    expect(se.value).toBeCloseTo(0.8 / (2 * 1.959963984540054), 14);
    expect(se.approximate).toBe(false);
    expect(se.derivation).toMatch(/95% CI/);
    const ci = ciFromSe(0.6, se.value).value;
    expect(ci.ciLow).toBeCloseTo(0.2, 14);
    expect(ci.ciHigh).toBeCloseTo(1.0, 14);
  });

  it('round-trips ratios on the log scale', () => {
    // OR 1.2 (0.8 to 1.8): SE of ln OR = (ln 1.8 − ln 0.8) / (2 × 1.959964)
    const se = seFromCi(0.8, 1.8, 'ratio').value;
    expect(se).toBeCloseTo((Math.log(1.8) - Math.log(0.8)) / 3.919927969080108, 14);
    const centre = (Math.log(0.8) + Math.log(1.8)) / 2;
    const ci = ciFromSe(centre, se).value;
    expect(Math.exp(ci.ciLow)).toBeCloseTo(0.8, 13);
    expect(Math.exp(ci.ciHigh)).toBeCloseTo(1.8, 13);
  });

  it('refuses reversed or zero-width intervals and non-positive ratios', () => {
    expect(() => seFromCi(1, 0.5)).toThrow(MetaInputError);
    expect(() => seFromCi(1, 1)).toThrow(MetaInputError);
    expect(() => seFromCi(0, 2, 'ratio')).toThrow(MetaInputError);
  });

  it('converts an SE to a variance', () => {
    expect(varianceFromSe(0.3).value).toBeCloseTo(0.09, 15);
  });
});

describe('ciFromP', () => {
  it('backs an SE out of an exact p-value (g = 0.65, p = .003)', () => {
    const z = normalQuantile(1 - 0.003 / 2);
    expect(Math.abs(z - 2.967737925)).toBeLessThan(1e-9); // R: qnorm(0.9985)
    const result = ciFromP(0.65, 0.003);
    expect(result.value.se).toBeCloseTo(0.65 / 2.967737925, 9);
    expect(result.value.ciLow).toBeCloseTo(0.65 - 1.959963984540054 * result.value.se, 14);
    expect(result.value.ciHigh).toBeCloseTo(0.65 + 1.959963984540054 * result.value.se, 14);
    expect(result.approximate).toBe(true);
    expect(result.derivation).toMatch(/p-value/);
  });

  it('accepts a p-value written as text, and negative estimates', () => {
    expect(ciFromP(0.65, '.003').value.se).toBe(ciFromP(0.65, 0.003).value.se);
    expect(ciFromP(-0.65, '0.003').value.se).toBe(ciFromP(0.65, 0.003).value.se);
    expect(ciFromP(-0.65, 0.003).value.ciHigh).toBeLessThan(0);
  });

  it.each(['< .001', '<0.001', 'p < .05', '≤ 0.01', '> .05'])('refuses the bound %j', (p) => {
    expect(() => ciFromP(0.65, p)).toThrow(MetaInputError);
    expect(() => ciFromP(0.65, p)).toThrow(/bound/);
  });

  it('refuses p = 1, p = 0, nonsense and an estimate of 0', () => {
    expect(() => ciFromP(0.65, 1)).toThrow(/p must lie strictly between 0 and 1/);
    expect(() => ciFromP(0.65, 0)).toThrow(MetaInputError);
    expect(() => ciFromP(0.65, 'ns')).toThrow(MetaInputError);
    expect(() => ciFromP(0, 0.2)).toThrow(/estimate must not be 0/);
    expect(() => parsePValue(Number.NaN)).toThrow(MetaInputError);
  });
});

describe('backTransform', () => {
  it('exponentiates ratios, tanh-es Fisher z and leaves the rest alone', () => {
    expect(backTransform('OR', Math.log(2)).value).toBeCloseTo(2, 15);
    expect(backTransform('RR', Math.log(0.5)).value).toBeCloseTo(0.5, 15);
    expect(backTransform('ZCOR', Math.atanh(0.3)).value).toBeCloseTo(0.3, 15);
    expect(backTransform('SMD', 0.4).value).toBe(0.4);
    expect(backTransform('OR', 0).derivation).toMatch(/exp/);
  });
});
