import { z } from 'astro/zod';
import { partialDate, ref, sourcedTexts, text } from './common.ts';

export const eventSchema = z
  .object({
    name: text,
    date: partialDate,
    kind: z.enum(['conference', 'talk', 'workshop', 'webinar']),
    location: text.optional(),
    summary: text,
    /** The slides or handout this event's material comes from. */
    source: ref('sources'),
    /** Discussion questions as put to the audience (verbatim, with their source). */
    questions: sourcedTexts.optional(),
    /** Pages of this site that the talk's slides correspond to. */
    interventions: z.array(ref('interventions')).optional(),
    reviews: z.array(ref('reviews')).optional(),
    outcomes: z.array(ref('outcomes')).optional(),
  })
  .strict();
export type Event = z.infer<typeof eventSchema>;
