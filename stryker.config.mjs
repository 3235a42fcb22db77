// Mutation testing: `npm run mutate` (everything in src/lib and scripts/, slow on two cores)
// or one module at a time: `npm run mutate -- --mutate src/lib/direction.ts`.
// Not part of `npm test`. Scores per module are recorded in README's test section.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';

const tempDirName = '.stryker-tmp';
// Tests find ../shared next to the project; each sandbox sits two folders down, so give it the same neighbour.
if (existsSync('../shared') && !existsSync(`${tempDirName}/shared`)) {
  mkdirSync(tempDirName, { recursive: true });
  symlinkSync('../../shared', `${tempDirName}/shared`);
}

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: ['src/lib/**/*.ts', 'scripts/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  tempDirName,
  cleanTempDir: 'always',
  ignorePatterns: ['dist', '.astro', 'reports'],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // The modules the issue names (direction, meta, integrity, truth) stay at or above 85%.
  thresholds: { high: 90, low: 85, break: 85 },
};
