import { z } from 'astro/zod';
import { citation, evidenceRule, partialDate, ref, sourcedNumbers, sourcedTexts, text } from './common.ts';
import { editorial } from './editorial.ts';
import { permanentLinks } from './links.ts';

/** How an intervention reaches families. Several may apply. */
export const deliveryFormat = z.enum(['group', 'individual', 'dyadic', 'home-visiting', 'online']);

/** Child age bands used for filtering; an intervention may span several. */
export const ageBand = z.enum(['0-12-months', '1-2-years', '3-5-years', '6-13-years']);

/**
 * Evidence-rating schemes. Each is shown under its own name with its own
 * levels: schemes are never merged or translated into one another.
 */
export const ratingSchemes = {
  'wright-2023': {
    name: 'Wright et al. 2023 (NIHR HTA) evidence base',
    levels: ['strongest', 'intermediate', 'weak'],
  },
  'eif-2016': {
    name: 'Early Intervention Foundation-style rating (2016 conference slides)',
    levels: ['established', 'initial', 'no-effect'],
  },
} as const;
export type RatingScheme = keyof typeof ratingSchemes;

export const rating = z
  .object({
    scheme: z.enum(Object.keys(ratingSchemes) as [RatingScheme, ...RatingScheme[]]),
    /** The level in that scheme's own words (checked against the scheme's levels). */
    level: text,
    /** When the rating was made or published. */
    date: partialDate,
    ...citation,
  })
  .strict()
  .superRefine(evidenceRule)
  .superRefine((r, ctx) => {
    const levels: readonly string[] = ratingSchemes[r.scheme].levels;
    if (!levels.includes(r.level)) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: `"${r.level}" is not a level of ${r.scheme}; use one of: ${levels.join(', ')}` });
    }
  });

/** A relative cost rating (1 low – 5 high) under a scheme; it compares programme inputs, not prices. */
export const costRating = z
  .object({
    scheme: z.enum(['eif-2016']),
    /** 1–5, or absent when the source says no rating is available. */
    value: z.number().int().min(1).max(5).optional(),
    /** The source's reason for the rating, in plain English. */
    reason: text.optional(),
    date: partialDate,
    ...citation,
  })
  .strict()
  .superRefine(evidenceRule);

/** An example price someone pays, with what it covers. */
export const exampleCost = z
  .object({
    /** Amount in pounds sterling as stated. */
    amount: z.number().positive(),
    currency: z.literal('GBP').default('GBP'),
    /** What the price buys: "online 8-week group, two carers". */
    covers: text,
    /** Who offers it at this price. */
    provider: text.optional(),
    date: partialDate.optional(),
    ...citation,
  })
  .strict()
  .superRefine(evidenceRule);

export const interventionSchema = z
  .object({
    /** Full name as readers know it. */
    name: text,
    /** Abbreviation, if the field uses one (COS-P, VIPP-SD). */
    shortName: text.optional(),
    otherNames: z.array(text).optional(),
    /** The short link (/go/<short>/) and aliases that lead to this page (see ./links.ts). */
    ...permanentLinks,
    /**
     * programme: a named, manualised intervention; approach: a family of
     * practice (video feedback); class: a grouping reviews pool (sensitivity-focused interventions).
     */
    kind: z.enum(['programme', 'approach', 'class']),
    /** One or two plain-English sentences for a parent or commissioner. Our words, not a source's. */
    summary: text,
    /** What it sets out to change, as the sources say. */
    aims: sourcedTexts.optional(),
    /** Who it is for, as evaluated in the sources. */
    population: sourcedTexts.optional(),
    /** Child age as the sources state it. */
    childAge: sourcedTexts.optional(),
    /** Bands for filtering, justified by childAge. */
    ageBands: z.array(ageBand).optional(),
    delivery: z
      .object({
        formats: z.array(deliveryFormat).optional(),
        setting: sourcedTexts.optional(),
        sessions: sourcedNumbers.optional(),
        sessionLength: sourcedNumbers.optional(),
        duration: sourcedNumbers.optional(),
        practitioner: sourcedTexts.optional(),
        /** How delivery is described beyond the fields above (topics, structure). */
        notes: sourcedTexts.optional(),
      })
      .strict()
      .optional(),
    ukAvailability: sourcedTexts.optional(),
    exampleCosts: z.array(exampleCost).optional(),
    costRatings: z.array(costRating).optional(),
    ratings: z.array(rating).optional(),
    /** Interventions this one contains, adapts or is a case of. */
    related: z.array(ref('interventions')).optional(),
    /** Who developed it, as the sources say (readers weigh evaluations by developers differently). */
    developers: sourcedTexts.optional(),
    ...editorial,
  })
  .strict();

export type Intervention = z.infer<typeof interventionSchema>;
