import { sourceSchema } from './source.ts';
import { interventionSchema } from './intervention.ts';
import { reviewSchema } from './review.ts';
import { outcomeSchema } from './outcome.ts';
import { glossarySchema } from './glossary.ts';
import { eventSchema } from './event.ts';
import type { CollectionName } from './common.ts';

/** Each collection: its folder under content/, the files it reads, and its schema. */
export const collections = {
  sources: { pattern: '*.{yaml,yml}', schema: sourceSchema },
  interventions: { pattern: '*.{md,mdx}', schema: interventionSchema },
  reviews: { pattern: '*.{md,mdx}', schema: reviewSchema },
  outcomes: { pattern: '*.{md,mdx}', schema: outcomeSchema },
  glossary: { pattern: '*.{yaml,yml}', schema: glossarySchema },
  events: { pattern: '*.{md,mdx}', schema: eventSchema },
} as const satisfies Record<CollectionName, unknown>;
