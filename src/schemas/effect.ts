import { z } from 'astro/zod';
import { basis, citation, evidenceRule, id, ref, text } from './common.ts';

/**
 * Effect-size metrics as sources report them. "ES" is a standardised effect
 * size whose type (d or g) the source does not state.
 */
export const metric = z.enum(['d', 'g', 'SMD', 'ES', 'MD', 'OR', 'RR', 'r']);
export type Metric = z.infer<typeof metric>;

/** A p-value as reported: exact ("0.003", "= .003") or a bound ("< .001"); it lies above 0 and at most 1. */
const pValuePattern = /^(?:(<|≤|<=|=|>)\s*)?(\d*\.?\d+)$/;
export const pValue = z
  .string()
  .trim()
  .regex(pValuePattern, 'must look like "0.003", "= .012" or "< .001"')
  .superRefine((raw, ctx) => {
    const m = raw.match(pValuePattern);
    if (m && !(Number(m[2]) > 0 && Number(m[2]) <= 1)) {
      ctx.addIssue({ code: 'custom', message: `a p-value must be above 0 and at most 1 (got ${m[2]}; e.g. "0.003" or "< .001")` });
    }
  })
  .transform((raw) => {
    const m = raw.match(pValuePattern)!;
    const sign = m[1] === '≤' ? '<=' : (m[1] ?? '=');
    return { relation: sign as '<' | '<=' | '=' | '>', value: Number(m[2]), reported: raw };
  });
export type PValue = z.output<typeof pValue>;

/** The direction a source states in words, for findings with or without numbers. */
export const statedDirection = z.enum(['benefit', 'no-difference', 'harm', 'mixed']);
export type StatedDirection = z.infer<typeof statedDirection>;

/**
 * One reported effect of a review or trial. Numbers are stored exactly as
 * reported; a finding without a number keeps its stated direction: it is
 * evidence, not a gap.
 */
export const effectSchema = z
  .object({
    /** Stable anchor within its review page (#effect-<id>); never reuse or rename once published. */
    id,
    /** The intervention(s) this particular number is about. */
    interventions: z.array(ref('interventions')).min(1, 'name the intervention(s) this effect is about'),
    outcome: ref('outcomes'),
    /** The instrument, if the source names one (e.g. "CORE-OM"). */
    measure: text.optional(),
    /** When it was measured, as the source says: "12 months post-baseline". */
    timepoint: text.optional(),
    /** What the intervention was compared with: "treatment as usual". */
    comparison: text.optional(),
    /** Plain-English statement of this finding (our words). */
    finding: text,
    metric: metric.optional(),
    estimate: z.number().optional(),
    ciLow: z.number().optional(),
    ciHigh: z.number().optional(),
    p: pValue.optional(),
    /** Number of studies pooled. */
    k: z.number().int().positive().optional(),
    /** Number of participants. */
    n: z.number().int().positive().optional(),
    /**
     * Which way is good for this number as reported: a "reduction in depression,
     * g = 0.53" is higher-better; an odds ratio of disorganised attachment is lower-better.
     */
    betterWhen: z.enum(['higher', 'lower']).optional(),
    /**
     * Who says which way is better for this number: the source (its quote, or
     * our record of it, from this effect's source) or we (`reading: ours` with
     * why). Required with betterWhen; pages say "as reported" only when stated.
     */
    betterWhenBasis: basis.optional(),
    /** The direction in words (required when there is no estimate). */
    direction: statedDirection.optional(),
    /**
     * Who says the direction: the source (a quote or record from this
     * effect's source in which the direction is stated) or we (`reading: ours`
     * with why). Required with direction; only a stated one reads "stated by the source".
     */
    directionBasis: basis.optional(),
    ...citation,
  })
  .strict()
  .superRefine(evidenceRule)
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (e.direction !== undefined && e.directionBasis === undefined) {
      issue('directionBasis', 'say who gives this direction: a quote (or record) from the source that states it, or reading: ours with why');
    }
    if (e.directionBasis !== undefined && e.direction === undefined) issue('directionBasis', 'is given but direction is missing');
    if (e.betterWhen !== undefined && e.betterWhenBasis === undefined) {
      issue('betterWhenBasis', 'say who gives which way is better: a quote (or record) from the source that states it, or reading: ours with why');
    }
    if (e.betterWhenBasis !== undefined && e.betterWhen === undefined) issue('betterWhenBasis', 'is given but betterWhen is missing');
    if (e.estimate === undefined) {
      if (e.direction === undefined) issue('direction', 'a finding without an estimate needs the direction the source states (benefit, no-difference, harm or mixed)');
      for (const f of ['ciLow', 'ciHigh', 'metric'] as const) {
        if (e[f] !== undefined) issue(f, `${f} is given but estimate is missing`);
      }
      return;
    }
    if (e.metric === undefined) issue('metric', 'an estimate needs its metric (d, g, SMD, ES, MD, OR, RR or r)');
    if (e.betterWhen === undefined) issue('betterWhen', 'an estimate needs betterWhen (higher or lower) as this number is reported');
    if ((e.ciLow === undefined) !== (e.ciHigh === undefined)) {
      issue(e.ciLow === undefined ? 'ciLow' : 'ciHigh', 'a confidence interval needs both ciLow and ciHigh');
    }
    const ratio = e.metric === 'OR' || e.metric === 'RR';
    if (ratio) {
      for (const f of ['estimate', 'ciLow', 'ciHigh'] as const) {
        const v = e[f];
        if (v !== undefined && v <= 0) issue(f, `a ratio (${e.metric}) must be above 0 (got ${v})`);
      }
    }
    if (e.metric === 'r') {
      for (const f of ['estimate', 'ciLow', 'ciHigh'] as const) {
        const v = e[f];
        if (v !== undefined && (v <= -1 || v >= 1)) issue(f, `a correlation must lie between -1 and 1 (got ${v})`);
      }
    }
    if (e.ciLow !== undefined && e.ciHigh !== undefined) {
      if (e.ciLow > e.ciHigh) issue('ciLow', `ciLow (${e.ciLow}) is above ciHigh (${e.ciHigh})`);
      else if (e.estimate < e.ciLow || e.estimate > e.ciHigh) {
        issue('estimate', `estimate ${e.estimate} lies outside its confidence interval [${e.ciLow}, ${e.ciHigh}]`);
      }
    }
  });

export type Effect = z.infer<typeof effectSchema>;
