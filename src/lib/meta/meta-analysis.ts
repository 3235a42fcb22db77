/**
 * A whole meta-analysis: effect sizes from what each study reported, then
 * pooled by the chosen method.
 */
import { effectSize } from './effect-sizes.ts';
import { pool, type PooledEstimate } from './pool.ts';
import { parseMeasure, parseMethod, parseMetaAnalysisInput, type MetaAnalysisInput } from './study-input.ts';
import type { Measure } from './types.ts';

export interface StudyResult {
  readonly label: string;
  /** Effect and sampling variance on the analysis scale. */
  readonly yi: number;
  readonly vi: number;
  /** Weight in the pooled estimate, in percent. */
  readonly weight: number;
  /** How yi and vi were computed from what the study reported. */
  readonly derivation: string;
  readonly approximate: boolean;
}

export interface MetaAnalysisResult extends PooledEstimate {
  readonly measure: Measure;
  readonly studies: readonly StudyResult[];
}

/** Computes every study's effect size and pools them; unlabelled studies are called "study 1", "study 2"… */
export function runMetaAnalysis(input: MetaAnalysisInput): MetaAnalysisResult {
  const measure = parseMeasure(input.measure);
  const method = parseMethod(input.method);
  const labelled = input.studies.map((study, index) => ({ ...study, label: study.label ?? `study ${index + 1}` }));
  const effects = labelled.map((study) => ({ label: study.label, effect: effectSize(measure, study) }));
  const pooled = pool(
    effects.map(({ label, effect }) => ({ label, ...effect.value })),
    method,
  );
  const studies = effects.map(({ label, effect }, index) => ({
    label,
    yi: effect.value.yi,
    vi: effect.value.vi,
    weight: pooled.weights[index] ?? Number.NaN,
    derivation: effect.derivation,
    approximate: effect.approximate,
  }));
  return { ...pooled, measure, studies };
}

/** Reads untyped data (e.g. parsed JSON) and runs the meta-analysis it describes. */
export function metaAnalyse(raw: unknown): MetaAnalysisResult {
  return runMetaAnalysis(parseMetaAnalysisInput(raw));
}
