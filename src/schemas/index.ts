import { sourceSchema } from './source.ts';
import { interventionSchema } from './intervention.ts';
import { reviewSchema } from './review.ts';
import { outcomeSchema } from './outcome.ts';
import { glossarySchema } from './glossary.ts';
import { eventSchema } from './event.ts';
import type { CollectionName } from './common.ts';

/**
 * Each collection: its folder under content/, the files it reads, and its schema.
 * Bodies are .mdx only: one kind of file, checked by one set of content rules
 * (src/lib/mdx-policy.ts); a .md copy is reported by the checker, never read.
 */
export const collections = {
  sources: { pattern: '*.{yaml,yml}', schema: sourceSchema },
  interventions: { pattern: '*.mdx', schema: interventionSchema },
  reviews: { pattern: '*.mdx', schema: reviewSchema },
  outcomes: { pattern: '*.mdx', schema: outcomeSchema },
  glossary: { pattern: '*.{yaml,yml}', schema: glossarySchema },
  events: { pattern: '*.mdx', schema: eventSchema },
} as const satisfies Record<CollectionName, unknown>;
