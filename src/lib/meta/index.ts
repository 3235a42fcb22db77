export type { Derived } from './derived.ts';
export { derived } from './derived.ts';
export { MetaComputationError, MetaInputError } from './errors.ts';
export type {
  CorrelationStudy,
  CountsStudy,
  EffectEstimate,
  EffectSize,
  EffectWithSeStudy,
  EffectWithVarianceStudy,
  EstimateWithCiStudy,
  LabelledEffect,
  Measure,
  MeansStudy,
  Method,
  RandomEffectsMethod,
  StudyInput,
} from './types.ts';
export { MEASURES, METHODS } from './types.ts';
export {
  chiSquareUpperTail,
  logGamma,
  normalCdf,
  normalQuantile,
  normalUpperTail,
  regularizedGammaLower,
  regularizedGammaUpper,
  twoSidedP,
  Z_95,
} from './distributions.ts';
export type { CiScale, EstimateWithSe, Interval } from './conversions.ts';
export {
  backTransform,
  ciFromP,
  ciFromSe,
  dToG,
  isBackTransformed,
  isRatioMeasure,
  parsePValue,
  rToZ,
  seFromCi,
  smallSampleCorrection,
  toAnalysisScale,
  varianceFromSe,
  zToR,
} from './conversions.ts';
export type { TwoByTwoTable } from './effect-sizes.ts';
export {
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
} from './effect-sizes.ts';
export type { CochranQ, InconsistencyStatistics } from './heterogeneity.ts';
export { cochranQ, inconsistencyFromQ, inconsistencyFromTau2, typicalWithinStudyVariance } from './heterogeneity.ts';
export type { RemlEstimate } from './tau2.ts';
export { remlLogLikelihood, tau2DerSimonianLaird, tau2Hedges, tau2Reml } from './tau2.ts';
export type { PooledEstimate } from './pool.ts';
export { pool, poolFixedEffect, poolRandomEffects } from './pool.ts';
export type { MetaAnalysisInput } from './study-input.ts';
export { parseMeasure, parseMethod, parseMetaAnalysisInput, parseStudy } from './study-input.ts';
export type { MetaAnalysisResult, StudyResult } from './meta-analysis.ts';
export { metaAnalyse, runMetaAnalysis } from './meta-analysis.ts';
