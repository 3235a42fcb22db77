import { z } from 'astro/zod';
import { citation, evidenceRule, text } from './common.ts';

export const outcomeSchema = z
  .object({
    name: text,
    /** Whose outcome it is: the parent's, the child's, or the relationship between them. */
    domain: z.enum(['parent', 'child', 'relationship']),
    /** One plain-English sentence: what this outcome is. */
    summary: text,
    /** Which direction is better for the thing itself (less depression is better: lower). */
    better: z.enum(['higher', 'lower']),
    /** Instruments named in the sources. */
    measures: z.array(z.object({ name: text, description: text.optional(), ...citation }).strict().superRefine(evidenceRule)).optional(),
  })
  .strict();
export type Outcome = z.infer<typeof outcomeSchema>;
