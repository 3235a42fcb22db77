/**
 * The content's study rows in and out of the meta-analysis engine: which
 * engine measure pools a reported metric, the engine's input from the rows,
 * and the pooled result back on the scale the review reports. The content
 * check (consistency.ts) and the forest plots (forest/study.ts) both pool
 * through here, so neither depends on the other.
 */
import { metric as metricSchema, type Metric } from '../schemas/effect.ts';
import type { StudyRows } from '../schemas/review.ts';
import { backTransform, parseMetaAnalysisInput, runMetaAnalysis, type MetaAnalysisResult, type Measure } from './meta/index.ts';

/** The measure the engine pools a reported metric as (d, g, SMD and ES are standardised mean differences; r is pooled as Fisher's z). */
export function engineMeasure(metric: Metric): Exclude<Measure, 'GEN'> {
  switch (metric) {
    case 'OR':
    case 'RR':
    case 'MD':
      return metric;
    case 'r':
      return 'ZCOR';
    default:
      return 'SMD';
  }
}

/** The reported metrics the engine pools as this measure: SMD gives d, g, SMD and ES. */
export function metricsPooledAs(measure: StudyRows['measure']): readonly Metric[] {
  return metricSchema.options.filter((m) => engineMeasure(m) === measure);
}

/** What the engine computes for each measure, named as readers know it (SMD is Hedges' g). */
export function metricOfMeasure(measure: StudyRows['measure']): Metric {
  return measure === 'SMD' ? 'g' : metricsPooledAs(measure)[0]!;
}

/** The engine's input from the content's study rows (only the fields each study gives). */
function studyRowsInput(rows: StudyRows): unknown {
  return {
    measure: rows.measure,
    method: rows.method,
    studies: rows.studies.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))),
  };
}

/** Pools the study rows with the engine; throws the engine's MetaInputError on bad rows. */
export function analyseStudyRows(rows: StudyRows): MetaAnalysisResult {
  return runMetaAnalysis(parseMetaAnalysisInput(studyRowsInput(rows)));
}

/** The pooled estimate and CI on the scale the review reports (ratios as ratios, r as r). */
export function pooledOnReportedScale(result: MetaAnalysisResult): { estimate: number; ciLow: number; ciHigh: number } {
  const bt = (v: number) => backTransform(result.measure, v).value;
  return { estimate: bt(result.estimate), ciLow: bt(result.ciLow), ciHigh: bt(result.ciHigh) };
}
