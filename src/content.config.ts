import { defineCollection } from 'astro:content';
import { contentGlob } from './lib/content-loader.ts';
import { collections as c } from './schemas/index.ts';

// Collections live in content/<name>/ (not src/content/) so editors find them at the top level.
// Written out one by one so each collection keeps its own schema's type.
export const collections = {
  sources: defineCollection({ loader: contentGlob({ base: './content/sources', pattern: c.sources.pattern }), schema: c.sources.schema }),
  interventions: defineCollection({ loader: contentGlob({ base: './content/interventions', pattern: c.interventions.pattern }), schema: c.interventions.schema }),
  reviews: defineCollection({ loader: contentGlob({ base: './content/reviews', pattern: c.reviews.pattern }), schema: c.reviews.schema }),
  outcomes: defineCollection({ loader: contentGlob({ base: './content/outcomes', pattern: c.outcomes.pattern }), schema: c.outcomes.schema }),
  glossary: defineCollection({ loader: contentGlob({ base: './content/glossary', pattern: c.glossary.pattern }), schema: c.glossary.schema }),
  events: defineCollection({ loader: contentGlob({ base: './content/events', pattern: c.events.pattern }), schema: c.events.schema }),
};
