import { z } from 'astro/zod';
import { citation, evidenceRule, id, partialDate, point, ref, sourcedNumbers, sourcedTexts, text } from './common.ts';
import { effectSchema } from './effect.ts';
import { editorial } from './editorial.ts';
import { permanentLinks } from './links.ts';

const registration = z
  .object({
    registry: z.enum(['ISRCTN', 'ClinicalTrials.gov', 'CPMS']),
    id: z.string().regex(/^[A-Za-z0-9-]+$/, 'must be the registry id only, e.g. ISRCTN18308962'),
    ...citation,
  })
  .strict()
  .superRefine(evidenceRule);

const arm = z
  .object({
    label: text,
    intervention: ref('interventions').optional(),
    randomised: sourcedNumbers.optional(),
    analysed: sourcedNumbers.optional(),
  })
  .strict();

/** What each design must record: a trial has arms and flow, a meta-analysis has studies. */
const rct = z
  .object({
    type: z.literal('rct'),
    description: sourcedTexts.optional(),
    arms: z.array(arm).min(2, 'a randomised trial has at least two arms'),
    screened: sourcedNumbers.optional(),
    randomised: sourcedNumbers,
    analysed: sourcedNumbers.optional(),
    sites: sourcedNumbers.optional(),
    /** Sites as a document lists them (organisations only; never people's contact details). */
    listedSites: z.object({ names: z.array(text).min(1), ...citation }).strict().superRefine(evidenceRule).optional(),
    eligibility: z.object({ inclusion: sourcedTexts.optional(), exclusion: sourcedTexts.optional() }).strict().optional(),
    /** Follow-up points, e.g. 3, 7 and 12 months after baseline. */
    timepoints: sourcedTexts.optional(),
    attendance: sourcedNumbers.optional(),
    primaryOutcome: sourcedTexts.optional(),
    registrations: z.array(registration).optional(),
    recruitment: z.object({ start: partialDate, end: partialDate, ...citation }).strict().superRefine(evidenceRule).optional(),
    adverseEvents: z
      .object({
        total: sourcedNumbers.optional(),
        participants: sourcedNumbers.optional(),
        serious: sourcedNumbers.optional(),
        related: sourcedNumbers.optional(),
        interventionArm: sourcedNumbers.optional(),
      })
      .strict()
      .optional(),
    sponsor: sourcedTexts.optional(),
    funder: sourcedTexts.optional(),
    protocol: ref('sources').optional(),
    /** Registry record, protocol, results: documents about this trial. */
    records: z.array(ref('sources')).optional(),
  })
  .strict();

const synthesis = {
  description: sourcedTexts.optional(),
  studies: sourcedNumbers.optional(),
  participants: sourcedNumbers.optional(),
  effectSizes: sourcedNumbers.optional(),
  /** Pooling model as stated: "random-effects", "fixed-effect". */
  model: sourcedTexts.optional(),
};
const metaAnalysis = z.object({ type: z.literal('meta-analysis'), ...synthesis, studies: sourcedNumbers }).strict();
const systematicReview = z.object({ type: z.literal('systematic-review'), ...synthesis }).strict();
const reviewOfReviews = z
  .object({
    type: z.literal('review-of-reviews'),
    ...synthesis,
    /** The reviews it reports, each with its own page. */
    includes: z.array(ref('reviews')).optional(),
  })
  .strict();
/**
 * Ratings of programmes' evidence by a rating body or talk, each with a short
 * statement of what the trials found (e.g. EIF-style ratings on conference slides).
 * It describes no search or pooling method, so it is not called a review.
 */
const evidenceRatings = z
  .object({
    type: z.literal('evidence-ratings'),
    description: sourcedTexts.optional(),
  })
  .strict();

const survey = z
  .object({
    type: z.literal('survey'),
    description: sourcedTexts.optional(),
    respondents: sourcedNumbers,
    /** Papers or studies appraised alongside the survey. */
    papers: sourcedNumbers.optional(),
  })
  .strict();

export const design = z.discriminatedUnion('type', [metaAnalysis, systematicReview, reviewOfReviews, rct, survey, evidenceRatings]);
export type DesignType = z.infer<typeof design>['type'];

/**
 * One study's result in a review's meta-analysis, in any form the engine
 * pools (src/lib/meta/study-input.ts): means and SDs (m1, sd1, n1, m2, sd2, n2),
 * events and totals (events1, n1, events2, n2), a correlation (r, n), an
 * estimate with its 95% CI (ratios as ratios), or an effect on the analysis
 * scale with its variance (yi, vi) or SE (yi, sei). Arm 1 is the intervention.
 * Which form it is, and whether it is complete, is checked by the engine.
 */
const studyRow = z
  .object({
    /** The study as the review's forest plot names it: "Cassidy 2010". */
    label: text,
    m1: z.number().optional(),
    sd1: z.number().optional(),
    n1: z.number().optional(),
    m2: z.number().optional(),
    sd2: z.number().optional(),
    n2: z.number().optional(),
    events1: z.number().optional(),
    events2: z.number().optional(),
    r: z.number().optional(),
    n: z.number().optional(),
    estimate: z.number().optional(),
    ciLow: z.number().optional(),
    ciHigh: z.number().optional(),
    yi: z.number().optional(),
    vi: z.number().optional(),
    sei: z.number().optional(),
  })
  .strict();

/**
 * The study-level rows of one of the review's meta-analyses, as its own
 * forest plot or table gives them. The site re-pools them and stops the build
 * if the result disagrees with the pooled effect the review reports (beyond
 * 0.01 on the reported scale), unless poolingNote says why.
 */
export const studyRowsSchema = z
  .object({
    /** The id (in this review's effects) of the pooled result these rows make up. */
    effect: id.optional(),
    outcome: ref('outcomes'),
    /** How the studies are pooled, as metafor names it: SMD (Hedges' g), MD, OR, RR, ZCOR (correlations). */
    measure: z.enum(['SMD', 'MD', 'OR', 'RR', 'ZCOR']),
    /** FE (fixed/common effect), DL (DerSimonian–Laird) or REML random effects. */
    method: z.enum(['FE', 'DL', 'REML']),
    /** Needed when there is no `effect` to take it from. */
    betterWhen: z.enum(['higher', 'lower']).optional(),
    /** The instrument, for raw mean differences without an `effect` that names it. */
    instrument: text.optional(),
    studies: z.array(studyRow).min(2, 'a meta-analysis pools at least two studies'),
    /** Why our re-pooling may differ from the review's figure (e.g. "the review used Cohen's d"). */
    poolingNote: text.optional(),
    source: ref('sources'),
    /** Where the rows are: "Figure 2", "Table 3". */
    locator: text.optional(),
  })
  .strict();
export type StudyRows = z.infer<typeof studyRowsSchema>;

const commentary = z
  .object({
    source: ref('sources'),
    /** Whatever the commentary states of its author: "a parent currently receiving COS-P". */
    author: text.optional(),
    outlet: text.optional(),
    date: partialDate.optional(),
    stance: z.enum(['supportive', 'critical', 'mixed', 'neutral']).optional(),
    /** What it says, in our words. */
    summary: text,
    points: sourcedTexts.optional(),
  })
  .strict();

export const reviewSchema = z
  .object({
    /** Short display title: "COSI trial", "Yaholkoski et al. 2016". */
    title: text,
    /** The short link (/go/<short>/) and aliases that lead to this page (see ./links.ts). */
    ...permanentLinks,
    /** The publication itself (its citation, DOI and year live in the sources collection). */
    publication: ref('sources'),
    design,
    interventions: z.array(ref('interventions')).min(1, 'name at least one intervention this covers'),
    /** Why it is listed under these interventions, where the publication names them differently. */
    interventionsNote: point.optional(),
    /** Plain-English summary for a parent or commissioner (our words). */
    summary: text,
    /** The main findings: each sourced (with its quote or record) or marked reading: ours. */
    keyFindings: z.array(point).optional(),
    strengths: z.array(point).optional(),
    limitations: z.array(point).optional(),
    commentaries: z.array(commentary).optional(),
    /** Reviews of reviews or documents that report this one's results second-hand. */
    reportedIn: z.array(ref('reviews')).optional(),
    /**
     * Whether developers of the intervention it evaluates were among its authors,
     * as a source states it; absent means "not recorded in our sources" (never guessed).
     */
    developerInvolvement: sourcedTexts.optional(),
    /** Conflicts of interest and funding as a source declares them; absent means not recorded in our sources. */
    conflictsOfInterest: sourcedTexts.optional(),
    effects: z.array(effectSchema).default([]),
    /** Study-level rows behind a pooled effect, drawn as a forest plot with its diamond. */
    studyRows: z.array(studyRowsSchema).optional(),
    ...editorial,
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Map<string, number>();
    r.effects.forEach((e, i) => {
      const before = seen.get(e.id);
      if (before !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['effects', i, 'id'], message: `"${e.id}" is already used by effects[${before}]; effect ids must be unique in a review` });
      }
      seen.set(e.id, i);
    });
  });

export type Review = z.infer<typeof reviewSchema>;
