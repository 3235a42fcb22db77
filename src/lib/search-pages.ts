/**
 * The pages the search index reads: those whose template marks its main content
 * `data-pagefind-body` (Base.astro's `searchable`). Pagefind is given only these,
 * so at thousands of pages it neither reads nor parses the compare pairs, indexes
 * and data pages it would skip anyway. A page made searchable must be added here:
 * tests/site/search-index.test.ts fails, naming it, until it is.
 */
export const searchIndexGlobs = [
  'glossary/index.html',
  'interventions/*/index.html',
  'outcomes/*/index.html',
  'reviews/*/index.html',
  // A hub's continuation pages of results (src/lib/hub-pages.ts).
  'interventions/*/results/*/index.html',
  'outcomes/*/results/*/index.html',
] as const;
