/**
 * A review's study-level rows as a forest panel: each study's effect and
 * weight as the engine computes them, and the pooled diamond below.
 */
import type { Review, StudyRows } from '../../schemas/review.ts';
import { directionOfInterval, nullValue } from '../direction.ts';
import { formatEstimateWithCi } from '../format.ts';
import { backTransform, isBackTransformed, Z_95, type MetaAnalysisResult } from '../meta/index.ts';
import { analyseStudyRows, metricOfMeasure, pooledOnReportedScale } from '../pooling.ts';
import { axisFamily } from './family.ts';
import type { DerivationNote, ForestPanel, ForestRow } from './types.ts';

const METHOD_LABELS: Record<StudyRows['method'], string> = {
  FE: 'Fixed-effect model',
  DL: 'Random-effects model (DerSimonian–Laird)',
  REML: 'Random-effects model (REML)',
};

/** A short note for the row when the plotted numbers were computed rather than read. */
function shortDerivation(study: StudyRows['studies'][number]): string | undefined {
  if (study.m1 !== undefined) return 'computed from means, SDs and group sizes';
  if (study.events1 !== undefined) return 'computed from events and totals';
  if (study.r !== undefined) return 'CI computed from r and n';
  if (study.sei !== undefined) return 'CI computed from the SE';
  if (study.vi !== undefined) return 'CI computed from the variance';
  return undefined; // estimate and CI as reported
}

export interface StudyPanelOptions {
  readonly key: string;
  readonly title: string;
}

/** The panel for one set of study rows; the consistency check has already run, so the rows pool. */
export function studyPanel(review: Review, rows: StudyRows, options: StudyPanelOptions): ForestPanel {
  const effect = rows.effect === undefined ? undefined : review.effects.find((e) => e.id === rows.effect);
  const betterWhen = (rows.betterWhen ?? effect?.betterWhen)!;
  const engineMetric = metricOfMeasure(rows.measure);
  const metric = effect?.metric ?? engineMetric;
  const family = axisFamily(metric, rows.instrument ?? effect?.measure);
  const noEffect = nullValue(metric);
  const result: MetaAnalysisResult = analyseStudyRows(rows);
  const bt = (v: number) => backTransform(result.measure, v).value;
  const backTransformed = isBackTransformed(result.measure);

  const studyRows: ForestRow[] = rows.studies.map((study, j) => {
    const computed = result.studies[j]!;
    const se = Math.sqrt(computed.vi);
    const asReported = study.estimate !== undefined && study.ciLow !== undefined && study.ciHigh !== undefined;
    const estimate = asReported ? study.estimate! : bt(computed.yi);
    const ciLow = asReported ? study.ciLow! : bt(computed.yi - Z_95 * se);
    const ciHigh = asReported ? study.ciHigh! : bt(computed.yi + Z_95 * se);
    const short = shortDerivation(study);
    const derivations: DerivationNote[] = short ? [{ short, full: `${study.label}: ${computed.derivation}; 95% CI = estimate ± 1.959964 × √variance${backTransformed ? ', back-transformed' : ''}.`, approximate: computed.approximate }] : [];
    return {
      key: `study-${j + 1}`,
      label: study.label,
      metric: engineMetric,
      estimate,
      ciLow,
      ciHigh,
      weight: computed.weight,
      betterWhen,
      direction: directionOfInterval({ estimate, ciLow, ciHigh }, noEffect, betterWhen),
      reported: asReported ? `${engineMetric} = ${formatEstimateWithCi(estimate, ciLow, ciHigh)}` : `computed: ${engineMetric} = ${formatEstimateWithCi(estimate, ciLow, ciHigh)}`,
      ...(derivations.length > 0 ? { derivations } : {}),
    };
  });

  const pooled = pooledOnReportedScale(result);
  const random = rows.method !== 'FE';
  return {
    key: options.key,
    family,
    title: options.title,
    rowHeading: 'Study',
    rows: studyRows,
    reviewCount: 1,
    summary: {
      label: METHOD_LABELS[rows.method],
      metric: engineMetric,
      betterWhen,
      k: result.k,
      ...pooled,
      ...(random ? { piLow: bt(result.piLow), piHigh: bt(result.piHigh) } : {}),
      tau2: result.tau2,
      i2: result.i2,
      q: result.q,
      df: result.df,
      qp: result.qp,
      z: result.z,
      p: result.p,
      derivation: `Inverse-variance pooling of ${result.k} studies (${METHOD_LABELS[rows.method]}) by the site's meta-analysis engine, which matches R metafor${backTransformed ? '; pooled on the analysis scale and back-transformed' : ''}.`,
      ...(effect?.estimate !== undefined && effect.metric ? { reportedByReview: `${effect.metric} = ${formatEstimateWithCi(effect.estimate, effect.ciLow, effect.ciHigh)}` } : {}),
      ...(rows.poolingNote ? { poolingNote: rows.poolingNote } : {}),
    },
  };
}
