export type { Derived } from './derived.ts';
export { MetaComputationError, MetaInputError } from './errors.ts';
export type { EffectEstimate, Measure, Method } from './types.ts';
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
export {
  backTransform,
  ciFromP,
  ciFromSe,
  dToG,
  isBackTransformed,
  parsePValue,
  seFromCi,
  smallSampleCorrection,
  toAnalysisScale,
  varianceFromSe,
} from './conversions.ts';
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
export { cochranQ, typicalWithinStudyVariance } from './heterogeneity.ts';
export { remlLogLikelihood, tau2DerSimonianLaird, tau2Reml } from './tau2.ts';
export { pool, poolFixedEffect, poolRandomEffects } from './pool.ts';
export { parseMetaAnalysisInput } from './study-input.ts';
export type { MetaAnalysisResult } from './meta-analysis.ts';
export { metaAnalyse, runMetaAnalysis } from './meta-analysis.ts';
