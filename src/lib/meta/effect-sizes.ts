/**
 * Effect sizes and their sampling variances from what studies report, with
 * the semantics of metafor's escalc() defaults.
 */
import { requireAtLeast, requireFinite, requireNonNegative, requirePositive, show, studyName } from './checks.ts';
import { isRatioMeasure, seFromCi, smallSampleCorrection } from './conversions.ts';
import { derived } from './derived.ts';
import { MetaInputError } from './errors.ts';
import type {
  CorrelationStudy,
  CountsStudy,
  EffectSize,
  EffectWithSeStudy,
  EffectWithVarianceStudy,
  EstimateWithCiStudy,
  Measure,
  MeansStudy,
  StudyInput,
} from './types.ts';
import { SHAPE_MEASURES } from './types.ts';

function checkMeans(study: MeansStudy): string {
  const name = studyName(study);
  requireFinite(name, 'm1', study.m1);
  requirePositive(name, 'sd1', study.sd1);
  requireAtLeast(name, 'n1', study.n1, 1);
  requireFinite(name, 'm2', study.m2);
  requirePositive(name, 'sd2', study.sd2);
  requireAtLeast(name, 'n2', study.n2, 1);
  return name;
}

/** Hedges' g (metafor "SMD"): g = J × (m1 − m2) / pooled SD, variance 1/n1 + 1/n2 + g² / (2(n1 + n2)). */
export function hedgesG(study: MeansStudy): EffectSize {
  const name = checkMeans(study);
  const { m1, sd1, n1, m2, sd2, n2 } = study;
  if (n1 + n2 < 4) {
    throw new MetaInputError(name, 'n2', `n1 + n2 must be at least 4 for Hedges' small-sample correction (got ${show(n1 + n2)})`);
  }
  const m = n1 + n2 - 2;
  const pooledSd = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / m);
  const j = smallSampleCorrection(m);
  const yi = (j * (m1 - m2)) / pooledSd;
  const vi = 1 / n1 + 1 / n2 + (yi * yi) / (2 * (n1 + n2));
  return derived(
    { yi, vi },
    `Hedges' g from means, SDs and group sizes: g = J × (m1 − m2) / pooled SD with the exact small-sample correction J = ${j.toFixed(4)}; variance = 1/n1 + 1/n2 + g² / (2(n1 + n2))`,
  );
}

/** Raw mean difference (metafor "MD"): m1 − m2 with variance sd1²/n1 + sd2²/n2 (no equal-variance assumption). */
export function meanDifference(study: MeansStudy): EffectSize {
  checkMeans(study);
  const { m1, sd1, n1, m2, sd2, n2 } = study;
  return derived(
    { yi: m1 - m2, vi: (sd1 * sd1) / n1 + (sd2 * sd2) / n2 },
    'mean difference from means, SDs and group sizes: m1 − m2; variance = sd1²/n1 + sd2²/n2',
  );
}

/** A 2×2 table: a, b = events and non-events in arm 1; c, d = the same in arm 2. */
export interface TwoByTwoTable {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  /** Whether 1/2 was added to every cell because one of them was zero. */
  readonly corrected: boolean;
}

/**
 * The 2×2 table after metafor's default zero-cell rule (add = 1/2, to = "only0", drop00 = FALSE): 1/2 is added
 * to all four cells when any is zero; tables with no events (or only events) in both arms are kept and corrected too.
 */
export function twoByTwoTable(study: CountsStudy): TwoByTwoTable {
  const name = studyName(study);
  requireNonNegative(name, 'events1', study.events1);
  requireAtLeast(name, 'n1', study.n1, 1);
  requireNonNegative(name, 'events2', study.events2);
  requireAtLeast(name, 'n2', study.n2, 1);
  if (study.events1 > study.n1) {
    throw new MetaInputError(name, 'events1', `events1 must not exceed n1 (got ${show(study.events1)} events of ${show(study.n1)})`);
  }
  if (study.events2 > study.n2) {
    throw new MetaInputError(name, 'events2', `events2 must not exceed n2 (got ${show(study.events2)} events of ${show(study.n2)})`);
  }
  const a = study.events1;
  const b = study.n1 - study.events1;
  const c = study.events2;
  const d = study.n2 - study.events2;
  if (a === 0 || b === 0 || c === 0 || d === 0) {
    return { a: a + 0.5, b: b + 0.5, c: c + 0.5, d: d + 0.5, corrected: true };
  }
  return { a, b, c, d, corrected: false };
}

const ZERO_CELL_NOTE = '; 0.5 added to every cell because the table had a zero cell';

/** Log odds ratio (metafor "OR") with variance 1/a + 1/b + 1/c + 1/d, after the zero-cell rule. */
export function logOddsRatio(study: CountsStudy): EffectSize {
  const { a, b, c, d, corrected } = twoByTwoTable(study);
  const p1 = a / (a + b);
  const p2 = c / (c + d);
  return derived(
    { yi: Math.log(p1 / (1 - p1)) - Math.log(p2 / (1 - p2)), vi: 1 / a + 1 / b + 1 / c + 1 / d },
    `log odds ratio from events and totals: ln((a/b) / (c/d)); variance = 1/a + 1/b + 1/c + 1/d${corrected ? ZERO_CELL_NOTE : ''}`,
  );
}

/** Log risk ratio (metafor "RR") with variance 1/a − 1/n1 + 1/c − 1/n2, after the zero-cell rule. */
export function logRiskRatio(study: CountsStudy): EffectSize {
  const { a, b, c, d, corrected } = twoByTwoTable(study);
  const n1 = a + b;
  const n2 = c + d;
  return derived(
    { yi: Math.log(a / n1) - Math.log(c / n2), vi: 1 / a - 1 / n1 + 1 / c - 1 / n2 },
    `log risk ratio from events and totals: ln((a/n1) / (c/n2)); variance = 1/a − 1/n1 + 1/c − 1/n2${corrected ? ZERO_CELL_NOTE : ''}`,
  );
}

/** Fisher's z of a correlation (metafor "ZCOR"): atanh(r) with variance 1/(n − 3). */
export function fisherZ(study: CorrelationStudy): EffectSize {
  const name = studyName(study);
  requireFinite(name, 'r', study.r);
  if (!(Math.abs(study.r) < 1)) {
    throw new MetaInputError(name, 'r', `r must lie strictly between -1 and 1 (got ${show(study.r)})`);
  }
  requireFinite(name, 'n', study.n);
  if (study.n <= 3) {
    throw new MetaInputError(name, 'n', `n must be greater than 3 for Fisher's z, whose variance is 1/(n − 3) (got ${show(study.n)})`);
  }
  return derived({ yi: Math.atanh(study.r), vi: 1 / (study.n - 3) }, "Fisher's z from the correlation: atanh(r); variance = 1/(n − 3)");
}

/**
 * An effect from a reported estimate and 95% CI, variance ((upper − lower) / (2 × 1.959964))². OR and RR values
 * are ratios and are log-transformed; others are taken as on the analysis scale (for ZCOR: Fisher's z, not r).
 */
export function effectFromCi(study: EstimateWithCiStudy, measure: Measure): EffectSize {
  const name = studyName(study);
  const ratio = isRatioMeasure(measure);
  for (const field of ['estimate', 'ciLow', 'ciHigh'] as const) {
    requireFinite(name, field, study[field]);
    if (ratio && study[field] <= 0) {
      throw new MetaInputError(name, field, `${field} must be positive for a ratio (got ${show(study[field])})`);
    }
  }
  const { estimate, ciLow, ciHigh } = study;
  if (ciLow > ciHigh) {
    throw new MetaInputError(name, 'ciLow', `ciLow must not exceed ciHigh (got ${show(ciLow)} > ${show(ciHigh)})`);
  }
  if (ciLow === ciHigh) {
    throw new MetaInputError(name, 'ciHigh', `ciHigh must be greater than ciLow; a CI of zero width gives no variance (got ${show(ciLow)} to ${show(ciHigh)})`);
  }
  if (estimate < ciLow || estimate > ciHigh) {
    throw new MetaInputError(name, 'estimate', `estimate must lie within its CI ${show(ciLow)} to ${show(ciHigh)} (got ${show(estimate)})`);
  }
  const se = seFromCi(ciLow, ciHigh, ratio ? 'ratio' : 'identity');
  const yi = ratio ? Math.log(estimate) : estimate;
  const derivation = ratio
    ? `${measure === 'OR' ? 'log odds ratio' : 'log risk ratio'} from the reported ratio and its 95% CI: ln(estimate); variance = ((ln upper − ln lower) / (2 × 1.959964))²`
    : 'effect from the reported estimate and its 95% CI; variance = ((upper − lower) / (2 × 1.959964))²';
  return derived({ yi, vi: se.value * se.value }, derivation);
}

/** An effect already on the analysis scale with its sampling variance (metafor "GEN"). */
export function effectFromVariance(study: EffectWithVarianceStudy): EffectSize {
  const name = studyName(study);
  requireFinite(name, 'yi', study.yi);
  requirePositive(name, 'vi', study.vi);
  return derived({ yi: study.yi, vi: study.vi }, 'effect and sampling variance as reported');
}

/** An effect already on the analysis scale with its standard error; variance = SE². */
export function effectFromSe(study: EffectWithSeStudy): EffectSize {
  const name = studyName(study);
  requireFinite(name, 'yi', study.yi);
  requirePositive(name, 'sei', study.sei);
  return derived({ yi: study.yi, vi: study.sei * study.sei }, 'effect as reported; variance = SE²');
}

function refuseShape(study: StudyInput, field: string, shape: keyof typeof SHAPE_MEASURES, measure: Measure): never {
  const allowed: readonly Measure[] = SHAPE_MEASURES[shape];
  throw new MetaInputError(
    studyName(study),
    field,
    `${field} is given, but ${shape} can only be pooled as ${allowed.join(' or ')}, not ${measure}`,
  );
}

/** The effect size of one study on the given measure, whatever form the study reported it in. */
export function effectSize(measure: Measure, study: StudyInput): EffectSize {
  if ('m1' in study) {
    if (measure === 'SMD') return hedgesG(study);
    if (measure === 'MD') return meanDifference(study);
    return refuseShape(study, 'm1', 'means', measure);
  }
  if ('events1' in study) {
    if (measure === 'OR') return logOddsRatio(study);
    if (measure === 'RR') return logRiskRatio(study);
    return refuseShape(study, 'events1', 'counts', measure);
  }
  if ('r' in study) {
    if (measure === 'ZCOR') return fisherZ(study);
    return refuseShape(study, 'r', 'correlation', measure);
  }
  if ('estimate' in study) return effectFromCi(study, measure);
  if ('vi' in study) return effectFromVariance(study);
  return effectFromSe(study);
}
