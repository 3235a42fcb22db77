import { describe, expect, it } from 'vitest';
import {
  effectFromCi,
  effectFromSe,
  effectFromVariance,
  effectSize,
  fisherZ,
  hedgesG,
  logOddsRatio,
  logRiskRatio,
  meanDifference,
  twoByTwoTable,
} from '../../src/lib/meta/index.ts';

// Edinburgh (dat.normand1999): 55 (SD 47, n 155) vs 75 (SD 64, n 156).
const edinburgh = { label: 'Edinburgh', m1: 55, sd1: 47, n1: 155, m2: 75, sd2: 64, n2: 156 };
// Aronson 1948 (dat.bcg): 4 of 123 vaccinated vs 11 of 139 controls had TB.
const aronson = { label: 'Aronson 1948', events1: 4, n1: 123, events2: 11, n2: 139 };

describe('hedgesG', () => {
  it('computes g with the exact correction and the large-sample variance', () => {
    // pooled SD = √((154 × 47² + 155 × 64²) / 309) = √(975066 / 309) = 56.17431261758574
    // d = −20 / 56.17431261758574 = −0.35603461917109186
    // J(309) = Γ(154.5) / (√154.5 Γ(154)) = 0.9975705221222623
    // g = J d = −0.3551696409401069; v = 1/155 + 1/156 + g² / 622 = 0.013064675541529683
    const { value, derivation, approximate } = hedgesG(edinburgh);
    expect(value.yi).toBeCloseTo(-0.3551696409401069, 13);
    expect(value.vi).toBeCloseTo(0.013064675541529683, 14);
    expect(derivation).toMatch(/Hedges' g/);
    expect(approximate).toBe(false);
  });
});

describe('meanDifference', () => {
  it('uses the unequal-variance sampling variance', () => {
    // 55 − 75 = −20; v = 47²/155 + 64²/156 = 14.2516129… + 26.2564102… = 40.50802315963606
    const { value } = meanDifference(edinburgh);
    expect(value.yi).toBe(-20);
    expect(value.vi).toBeCloseTo(40.50802315963606, 11);
  });
});

describe('log odds and risk ratios', () => {
  it('computes the log OR without correction when no cell is zero', () => {
    // cells 4, 119, 11, 128: ln(4 × 128 / (119 × 11)) = ln(512 / 1309) = −0.9386941408703922
    // v = 1/4 + 1/119 + 1/11 + 1/128 = 0.3571249522536287
    const { value, derivation } = logOddsRatio(aronson);
    expect(value.yi).toBeCloseTo(-0.9386941408703922, 14);
    expect(value.vi).toBeCloseTo(0.3571249522536287, 14);
    expect(derivation).not.toMatch(/zero cell/);
  });

  it('computes the log RR', () => {
    // ln((4/123) / (11/139)) = −0.8893113339202054; v = 1/4 − 1/123 + 1/11 − 1/139 = 0.32558476500396133
    const { value } = logRiskRatio(aronson);
    expect(value.yi).toBeCloseTo(-0.8893113339202054, 14);
    expect(value.vi).toBeCloseTo(0.32558476500396133, 14);
  });
});

describe('zero-cell rule (add 1/2 to all four cells only when a cell is zero)', () => {
  it('leaves tables without a zero cell alone', () => {
    expect(twoByTwoTable(aronson)).toEqual({ a: 4, b: 119, c: 11, d: 128, corrected: false });
  });

  it('corrects a single zero cell (Bertschat 1989: 0 of 22 vs 1 of 21)', () => {
    // cells 0.5, 22.5, 1.5, 20.5: ln(0.5 × 20.5 / (22.5 × 1.5)) = −1.1917027117341217
    // v = 2 + 1/22.5 + 1/1.5 + 1/20.5 = 2.759891598915989
    const study = { label: 'Bertschat 1989', events1: 0, n1: 22, events2: 1, n2: 21 };
    expect(twoByTwoTable(study)).toEqual({ a: 0.5, b: 22.5, c: 1.5, d: 20.5, corrected: true });
    const { value, derivation } = logOddsRatio(study);
    expect(value.yi).toBeCloseTo(-1.1917027117341217, 14);
    expect(value.vi).toBeCloseTo(2.759891598915989, 13);
    expect(derivation).toMatch(/0\.5 added to every cell/);
  });

  it('keeps and corrects a study with no events in either arm (metafor drop00 = FALSE)', () => {
    // RR: a = c = 0.5, n1 = 11, n2 = 13: ln(13/11) = 0.16705408466316624; v = 2 − 1/11 + 2 − 1/13 = 3.832167832167832
    const study = { label: 'None', events1: 0, n1: 10, events2: 0, n2: 12 };
    const rr = logRiskRatio(study).value;
    expect(rr.yi).toBeCloseTo(0.16705408466316624, 14);
    expect(rr.vi).toBeCloseTo(3.832167832167832, 13);
    // OR: ln((0.5/10.5) / (0.5/12.5)) = 0.17435338714477774; v = 2 + 1/10.5 + 2 + 1/12.5 = 4.175238095238095
    const or = logOddsRatio(study).value;
    expect(or.yi).toBeCloseTo(0.17435338714477774, 14);
    expect(or.vi).toBeCloseTo(4.175238095238095, 13);
  });

  it('corrects a table where every patient in one arm had the event', () => {
    // 10 of 10 vs 5 of 10 → cells 10.5, 0.5, 5.5, 5.5; RR = ln((10.5/11) / (5.5/11)) = 0.6466271649250525
    const study = { label: 'All', events1: 10, n1: 10, events2: 5, n2: 10 };
    expect(twoByTwoTable(study).corrected).toBe(true);
    expect(logRiskRatio(study).value.yi).toBeCloseTo(0.6466271649250525, 14);
    expect(logRiskRatio(study).value.vi).toBeCloseTo(1 / 10.5 - 1 / 11 + 1 / 5.5 - 1 / 11, 15);
  });
});

describe('fisherZ', () => {
  it('transforms r and uses 1/(n − 3)', () => {
    // Axelsson et al. 2009: r = 0.187, n = 109: atanh(0.187) = 0.18922664253092872; v = 1/106
    const { value } = fisherZ({ label: 'Axelsson et al. 2009', r: 0.187, n: 109 });
    expect(value.yi).toBeCloseTo(0.18922664253092872, 15);
    expect(value.vi).toBeCloseTo(1 / 106, 15);
  });
});

describe('effects from a reported estimate and CI', () => {
  it('log-transforms ratios and takes the variance from the CI width', () => {
    // Garfinkel 1981: OR 1.18 (0.90 to 1.54): yi = ln 1.18 = 0.16551443847757333
    // v = ((ln 1.54 − ln 0.90) / (2 × 1.959964))² = 0.018776885485068104
    const { value, derivation } = effectFromCi({ label: 'Garfinkel 1981', estimate: 1.18, ciLow: 0.9, ciHigh: 1.54 }, 'OR');
    expect(value.yi).toBeCloseTo(0.16551443847757333, 15);
    expect(value.vi).toBeCloseTo(0.018776885485068104, 15);
    expect(derivation).toMatch(/95% CI/);
  });

  it('takes non-ratio estimates as they are', () => {
    // g = 0.4 (0.1 to 0.7): v = (0.6 / 3.919927969080108)²
    const { value } = effectFromCi({ estimate: 0.4, ciLow: 0.1, ciHigh: 0.7 }, 'SMD');
    expect(value.yi).toBe(0.4);
    expect(value.vi).toBeCloseTo((0.6 / 3.919927969080108) ** 2, 15);
  });
});

describe('effects already on the analysis scale', () => {
  it('passes yi and vi through, or squares an SE', () => {
    expect(effectFromVariance({ yi: 0.03, vi: 0.0156 }).value).toEqual({ yi: 0.03, vi: 0.0156 });
    expect(effectFromSe({ yi: 0.03, sei: 0.2 }).value.vi).toBeCloseTo(0.04, 15);
  });
});

describe('effectSize', () => {
  it('dispatches on the shape of the study', () => {
    expect(effectSize('SMD', edinburgh)).toEqual(hedgesG(edinburgh));
    expect(effectSize('MD', edinburgh)).toEqual(meanDifference(edinburgh));
    expect(effectSize('OR', aronson)).toEqual(logOddsRatio(aronson));
    expect(effectSize('RR', aronson)).toEqual(logRiskRatio(aronson));
    expect(effectSize('ZCOR', { r: 0.3, n: 50 })).toEqual(fisherZ({ r: 0.3, n: 50 }));
    expect(effectSize('RR', { estimate: 0.8, ciLow: 0.6, ciHigh: 1.1 }).value.yi).toBeCloseTo(Math.log(0.8), 15);
    expect(effectSize('GEN', { yi: 1, vi: 2 }).value).toEqual({ yi: 1, vi: 2 });
  });
});
