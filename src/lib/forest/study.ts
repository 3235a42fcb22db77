/**
 * A review's study-level rows as a forest panel: each study's effect and
 * weight as the engine computes them, and the pooled diamond below.
 */
import type { Metric } from '../../schemas/effect.ts';
import type { Review, StudyRows } from '../../schemas/review.ts';
import { analyseStudyRows, pooledOnReportedScale } from '../consistency.ts';
import { formatEstimateWithCi } from '../format.ts';
import { backTransform, Z_95, type MetaAnalysisResult } from '../meta/index.ts';
import type { Direction } from '../direction.ts';
import { axisFamily } from './family.ts';
import type { BetterWhen, DerivationNote, ForestPanel, ForestRow } from './types.ts';

const METHOD_LABELS: Record<StudyRows['method'], string> = {
  FE: 'Fixed-effect model',
  DL: 'Random-effects model (DerSimonian–Laird)',
  REML: 'Random-effects model (REML)',
};

/** What the engine computes for each measure, named as readers know it. */
const METRIC_OF_MEASURE: Record<StudyRows['measure'], Metric> = { SMD: 'g', MD: 'MD', OR: 'OR', RR: 'RR', ZCOR: 'r' };

/** A short note for the row when the plotted numbers were computed rather than read. */
function shortDerivation(study: StudyRows['studies'][number]): string | undefined {
  if (study.m1 !== undefined) return 'computed from means, SDs and group sizes';
  if (study.events1 !== undefined) return 'computed from events and totals';
  if (study.r !== undefined) return 'CI computed from r and n';
  if (study.sei !== undefined) return 'CI computed from the SE';
  if (study.vi !== undefined) return 'CI computed from the variance';
  return undefined; // estimate and CI as reported
}

function directionOf(estimate: number, ciLow: number, ciHigh: number, nullValue: number, betterWhen: BetterWhen): Direction {
  if (ciLow <= nullValue && ciHigh >= nullValue) return 'no-difference';
  return (estimate > nullValue) === (betterWhen === 'higher') ? 'benefit' : 'harm';
}

export interface StudyPanelOptions {
  readonly key: string;
  readonly title: string;
}

/** The panel for one set of study rows; the consistency check has already run, so the rows pool. */
export function studyPanel(review: Review, rows: StudyRows, options: StudyPanelOptions): ForestPanel {
  const effect = rows.effect === undefined ? undefined : review.effects.find((e) => e.id === rows.effect);
  const betterWhen = (rows.betterWhen ?? effect?.betterWhen)!;
  const metric = effect?.metric ?? METRIC_OF_MEASURE[rows.measure];
  const family = axisFamily(metric, rows.instrument ?? effect?.measure);
  const nullValue = family.kind === 'ratio' ? 1 : 0;
  const result: MetaAnalysisResult = analyseStudyRows(rows);
  const bt = (v: number) => backTransform(result.measure, v).value;
  const engineMetric = METRIC_OF_MEASURE[rows.measure];

  const studyRows: ForestRow[] = rows.studies.map((study, j) => {
    const computed = result.studies[j]!;
    const se = Math.sqrt(computed.vi);
    const asReported = study.estimate !== undefined && study.ciLow !== undefined && study.ciHigh !== undefined;
    const estimate = asReported ? study.estimate! : bt(computed.yi);
    const ciLow = asReported ? study.ciLow! : bt(computed.yi - Z_95 * se);
    const ciHigh = asReported ? study.ciHigh! : bt(computed.yi + Z_95 * se);
    const short = shortDerivation(study);
    const derivations: DerivationNote[] = short ? [{ short, full: `${study.label}: ${computed.derivation}; 95% CI = estimate ± 1.959964 × √variance${result.measure === 'OR' || result.measure === 'RR' || result.measure === 'ZCOR' ? ', back-transformed' : ''}.`, approximate: computed.approximate }] : [];
    return {
      key: `study-${j + 1}`,
      label: study.label,
      metric: engineMetric,
      estimate,
      ciLow,
      ciHigh,
      weight: computed.weight,
      betterWhen,
      direction: directionOf(estimate, ciLow, ciHigh, nullValue, betterWhen),
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
      derivation: `Inverse-variance pooling of ${result.k} studies (${METHOD_LABELS[rows.method]}) by the site's meta-analysis engine, which matches R metafor${result.measure === 'OR' || result.measure === 'RR' || result.measure === 'ZCOR' ? '; pooled on the analysis scale and back-transformed' : ''}.`,
      ...(effect?.estimate !== undefined && effect.metric ? { reportedByReview: `${effect.metric} = ${formatEstimateWithCi(effect.estimate, effect.ciLow, effect.ciHigh)}` } : {}),
      ...(rows.poolingNote ? { poolingNote: rows.poolingNote } : {}),
    },
  };
}
