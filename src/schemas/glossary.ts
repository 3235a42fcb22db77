import { z } from 'astro/zod';
import { id, text } from './common.ts';

export const glossarySchema = z
  .object({
    term: text,
    /** Other spellings or abbreviations readers meet. */
    aka: z.array(text).optional(),
    /** Plain-English definition (our words). */
    definition: text,
    /** Other glossary entries worth reading next (their ids). */
    seeAlso: z.array(id).optional(),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossarySchema>;
