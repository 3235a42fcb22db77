import type { Derived } from './derived.ts';

/** Effect-size metrics, named as in metafor's escalc(). */
export const MEASURES = ['SMD', 'MD', 'OR', 'RR', 'ZCOR', 'GEN'] as const;
export type Measure = (typeof MEASURES)[number];

/** The measures a study reported as raw data can be pooled as (the other shapes give any measure). */
export const SHAPE_MEASURES = {
  means: ['SMD', 'MD'],
  counts: ['OR', 'RR'],
  correlation: ['ZCOR'],
} as const satisfies Record<string, readonly Measure[]>;

/** Pooling methods: common (fixed) effect, DerSimonian–Laird and REML random effects. */
export const METHODS = ['FE', 'DL', 'REML'] as const;
export type Method = (typeof METHODS)[number];
export type RandomEffectsMethod = Exclude<Method, 'FE'>;

/** Means, SDs and sizes of two arms (arm 1 is the intervention, arm 2 the comparison). */
export interface MeansStudy {
  readonly label?: string;
  readonly m1: number;
  readonly sd1: number;
  readonly n1: number;
  readonly m2: number;
  readonly sd2: number;
  readonly n2: number;
}

/** Events and totals of two arms. */
export interface CountsStudy {
  readonly label?: string;
  readonly events1: number;
  readonly n1: number;
  readonly events2: number;
  readonly n2: number;
}

/** A correlation and the sample it came from. */
export interface CorrelationStudy {
  readonly label?: string;
  readonly r: number;
  readonly n: number;
}

/** A reported estimate with its 95% CI; ratios (OR, RR) are given as ratios, everything else on the analysis scale. */
export interface EstimateWithCiStudy {
  readonly label?: string;
  readonly estimate: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** An effect already on the analysis scale with its sampling variance. */
export interface EffectWithVarianceStudy {
  readonly label?: string;
  readonly yi: number;
  readonly vi: number;
}

/** An effect already on the analysis scale with its standard error. */
export interface EffectWithSeStudy {
  readonly label?: string;
  readonly yi: number;
  readonly sei: number;
}

export type StudyInput =
  | MeansStudy
  | CountsStudy
  | CorrelationStudy
  | EstimateWithCiStudy
  | EffectWithVarianceStudy
  | EffectWithSeStudy;

/** An effect on the analysis scale (g, MD, log OR, log RR, Fisher's z, or as given) and its sampling variance. */
export interface EffectEstimate {
  readonly yi: number;
  readonly vi: number;
}

/** An effect estimate with a note of how it was computed from what the study reported. */
export type EffectSize = Derived<EffectEstimate>;

/** An effect estimate ready for pooling, carrying its study's label for error messages and display. */
export interface LabelledEffect extends EffectEstimate {
  readonly label?: string;
}
