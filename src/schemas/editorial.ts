import { z } from 'astro/zod';
import { isoDate, text } from './common.ts';

/** A correction to a published page, kept on the page and on /corrections/, as evidence publishers do. */
export const correction = z
  .object({
    /** When the correction was published. */
    date: isoDate,
    /** What changed and why, for readers: "The sample size read 317; the trial randomised 371." */
    what: text,
  })
  .strict();
export type Correction = z.infer<typeof correction>;

/** Fields an editor keeps on every review and intervention page. */
export const editorial = {
  /** The day an editor last checked this page's evidence against its sources (shown on the page). */
  lastReviewed: isoDate,
  /** Corrections made after publication, newest last. */
  corrections: z.array(correction).optional(),
};
