import { z } from 'astro/zod';
import { citation, partialDate, ref, sourcedNumbers, sourcedTexts, text } from './common.ts';
import { effectSchema } from './effect.ts';

/** A statement in our words, optionally backed by a source (then it needs its quote). */
const point = z
  .object({
    text,
    source: citation.source.optional(),
    quote: citation.quote.optional(),
    locator: citation.locator,
  })
  .strict()
  .refine((p) => (p.source === undefined) === (p.quote === undefined), {
    message: 'a sourced point needs both source and quote',
    path: ['quote'],
  });

const registration = z
  .object({
    registry: z.enum(['ISRCTN', 'ClinicalTrials.gov', 'CPMS']),
    id: z.string().regex(/^[A-Za-z0-9-]+$/, 'must be the registry id only, e.g. ISRCTN18308962'),
    ...citation,
  })
  .strict();

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
    listedSites: z.object({ names: z.array(text).min(1), ...citation }).strict().optional(),
    eligibility: z.object({ inclusion: sourcedTexts.optional(), exclusion: sourcedTexts.optional() }).strict().optional(),
    /** Follow-up points, e.g. 3, 7 and 12 months after baseline. */
    timepoints: sourcedTexts.optional(),
    attendance: sourcedNumbers.optional(),
    primaryOutcome: sourcedTexts.optional(),
    registrations: z.array(registration).optional(),
    recruitment: z.object({ start: partialDate, end: partialDate, ...citation }).strict().optional(),
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
const survey = z
  .object({
    type: z.literal('survey'),
    description: sourcedTexts.optional(),
    respondents: sourcedNumbers,
    /** Papers or studies appraised alongside the survey. */
    papers: sourcedNumbers.optional(),
  })
  .strict();

export const design = z.discriminatedUnion('type', [metaAnalysis, systematicReview, reviewOfReviews, rct, survey]);
export type DesignType = z.infer<typeof design>['type'];

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
    /** The publication itself (its citation, DOI and year live in the sources collection). */
    publication: ref('sources'),
    design,
    interventions: z.array(ref('interventions')).min(1, 'name at least one intervention this covers'),
    /** Plain-English summary for a parent or commissioner (our words). */
    summary: text,
    keyFindings: z.array(text).optional(),
    strengths: z.array(point).optional(),
    limitations: z.array(point).optional(),
    commentaries: z.array(commentary).optional(),
    /** Reviews of reviews or documents that report this one's results second-hand. */
    reportedIn: z.array(ref('reviews')).optional(),
    effects: z.array(effectSchema).default([]),
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
