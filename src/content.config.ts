import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as definitions } from './schemas/index.ts';

// Collections live in content/<name>/ (not src/content/) so editors find them at the top level.
const define = <S extends (typeof definitions)[keyof typeof definitions]>(name: string, d: S) =>
  defineCollection({ loader: glob({ base: `./content/${name}`, pattern: d.pattern }), schema: d.schema });

export const collections = {
  sources: define('sources', definitions.sources),
  interventions: define('interventions', definitions.interventions),
  reviews: define('reviews', definitions.reviews),
  outcomes: define('outcomes', definitions.outcomes),
  glossary: define('glossary', definitions.glossary),
  events: define('events', definitions.events),
};
