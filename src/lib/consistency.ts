/**
 * Checks that numbers agree with each other, beyond what one field's schema
 * can see. Each problem names the file, the field and the reason.
 *
 * Study rows: a review's study-level rows are re-pooled with the site's
 * meta-analysis engine; if the result differs from the pooled effect the
 * review reports by more than 0.01 on the reported scale (estimate or either
 * CI bound), or the number of studies differs from its k, the build stops,
 * giving both numbers, unless `poolingNote` records why (the review used
 * Cohen's d, a different τ² estimator, a correction we cannot repeat...).
 *
 * Metric fits its scale (the minimal rule we can defend):
 *   - a raw mean difference (MD) must name its instrument in `measure`: its
 *     units are the instrument's, and it may share an axis only with the same one;
 *   - study rows must be pooled as the reported effect's family (SMD for d, g,
 *     SMD, ES; MD; OR; RR; ZCOR for r), on the same outcome;
 *   - (in the schema already) r lies strictly between −1 and 1, ratios are
 *     above 0, and a CI contains its estimate.
 * Different metrics on one outcome (an OR here, a g there) are not an error:
 * they are drawn on separate axes.
 */
import type { Review, StudyRows } from '../schemas/review.ts';
import type { Effect } from '../schemas/effect.ts';
import type { Problem } from './integrity.ts';
import { MetaComputationError, MetaInputError, type MetaAnalysisResult } from './meta/index.ts';
import { analyseStudyRows, engineMeasure, metricsPooledAs, pooledOnReportedScale } from './pooling.ts';
import { formatEffect, formatEstimateWithCi } from './format.ts';

/** A review as the checks see it: its file (for messages) and its validated data. */
export interface ReviewFile {
  readonly file: string;
  readonly data: Review;
}

/** How far our re-pooled figure may sit from the review's, on the reported scale: reported figures are rounded to 2 decimals. */
export const POOLING_TOLERANCE = 0.01;

function checkOneAnalysis(file: string, review: Review, rows: StudyRows, i: number): Problem[] {
  const at = `studyRows[${i}]`;
  const problems: Problem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });

  let effect: Effect | undefined;
  let effectIndex = -1;
  if (rows.effect !== undefined) {
    effectIndex = review.effects.findIndex((e) => e.id === rows.effect);
    effect = review.effects[effectIndex];
    if (!effect) problem(`${at}.effect`, `there is no effect "${rows.effect}" in this review's effects (ids: ${review.effects.map((e) => e.id).join(', ') || 'none'})`);
  }
  if (effect) {
    if (effect.metric !== undefined && !metricsPooledAs(rows.measure).includes(effect.metric)) {
      problem(`${at}.measure`, `${rows.measure} cannot be compared with effects[${effectIndex}] ("${effect.id}"), which is reported as ${effect.metric}; pool as ${engineMeasure(effect.metric)}`);
    }
    if (effect.outcome.id !== rows.outcome.id) {
      problem(`${at}.outcome`, `is "${rows.outcome.id}", but effects[${effectIndex}] ("${effect.id}") is about "${effect.outcome.id}"`);
    }
    if (rows.betterWhen !== undefined && effect.betterWhen !== undefined && rows.betterWhen !== effect.betterWhen) {
      problem(`${at}.betterWhen`, `is "${rows.betterWhen}", but effects[${effectIndex}] ("${effect.id}") says "${effect.betterWhen}"`);
    }
  }
  if (rows.betterWhen === undefined && effect?.betterWhen === undefined) {
    problem(`${at}.betterWhen`, 'is required when the rows are not linked to a reported effect that gives it (higher or lower)');
  }
  if (rows.measure === 'MD' && rows.instrument === undefined && effect?.measure === undefined) {
    problem(`${at}.instrument`, "a mean difference is in its instrument's units: name the instrument here or in the linked effect's measure");
  }
  const seen = new Map<string, number>();
  rows.studies.forEach((s, j) => {
    const before = seen.get(s.label);
    if (before !== undefined) problem(`${at}.studies[${j}].label`, `"${s.label}" is already used by studies[${before}]; study labels must be unique`);
    seen.set(s.label, j);
  });

  let result: MetaAnalysisResult;
  try {
    result = analyseStudyRows(rows);
  } catch (error) {
    if (error instanceof MetaInputError) {
      const j = error.study === null ? -1 : rows.studies.findIndex((s) => s.label === error.study);
      problem(j >= 0 ? `${at}.studies[${j}].${error.field}` : `${at}.${error.field}`, error.message);
      return problems;
    }
    if (error instanceof MetaComputationError) {
      problem(`${at}.studies`, error.message);
      return problems;
    }
    throw error;
  }
  if (!effect || effect.estimate === undefined || rows.poolingNote !== undefined) return problems;

  const ours = pooledOnReportedScale(result);
  const stated = `effects[${effectIndex}] ("${effect.id}")`;
  const oursText = `${effect.metric} = ${formatEstimateWithCi(ours.estimate, ours.ciLow, ours.ciHigh)}`;
  const theirsText = `${effect.metric} = ${formatEstimateWithCi(effect.estimate, effect.ciLow, effect.ciHigh)}`;
  const fields: [keyof typeof ours, number | undefined][] = [
    ['estimate', effect.estimate],
    ['ciLow', effect.ciLow],
    ['ciHigh', effect.ciHigh],
  ];
  const differences = fields.flatMap(([field, reported]) => {
    if (reported === undefined) return [];
    const gap = Math.abs(ours[field] - reported);
    return gap > POOLING_TOLERANCE + 1e-9 ? [`${field} ${formatEffect(ours[field])} vs ${formatEffect(reported)} (off by ${gap.toFixed(3)})`] : [];
  });
  if (differences.length > 0) {
    problem(
      at,
      `pooling its ${rows.studies.length} study rows (${rows.method}) gives ${oursText}, but ${stated} reports ${theirsText}: ${differences.join('; ')}, more than ${POOLING_TOLERANCE} on the reported scale. Check the study rows and the effect for a data-entry slip, or record why they differ in ${at}.poolingNote`,
    );
  }
  if (effect.k !== undefined && effect.k !== rows.studies.length) {
    problem(`${at}.studies`, `lists ${rows.studies.length} studies, but ${stated} reports k = ${effect.k}. Check for a missing or extra row, or record why in ${at}.poolingNote`);
  }
  return problems;
}

export function checkStudyRows(reviews: readonly ReviewFile[]): Problem[] {
  return reviews.flatMap((r) => (r.data.studyRows ?? []).flatMap((rows, i) => checkOneAnalysis(r.file, r.data, rows, i)));
}

export function checkEffectScales(reviews: readonly ReviewFile[]): Problem[] {
  return reviews.flatMap((r) =>
    r.data.effects.flatMap((e, i): Problem[] =>
      e.metric === 'MD' && e.measure === undefined
        ? [{ file: r.file, field: `effects[${i}].measure`, message: "a mean difference (MD) is in its instrument's units: name the instrument (e.g. \"CORE-OM\") so it is only compared with results on the same one" }]
        : [],
    ),
  );
}

/** Every consistency problem in the reviews. */
export function checkConsistency(reviews: readonly ReviewFile[]): Problem[] {
  return [...checkEffectScales(reviews), ...checkStudyRows(reviews)];
}
