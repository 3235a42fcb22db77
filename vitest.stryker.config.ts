import { defineConfig } from 'vitest/config';

// Mutation testing (`npm run mutate`) runs the unit project only: the site and
// browser tests need a fresh build, which a mutant does not get.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'] },
});
