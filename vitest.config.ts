import { defineConfig } from 'vitest/config';

// Three kinds of test, told apart by folder:
//  - unit:    pure logic in src/lib and the content schemas; no build needed.
//  - site:    reads the real build in dist/ (the test script builds it first).
//  - browser: the real build served by `astro preview`, driven in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      // Generous limits: these machines are shared and noisy, and speed is measured by `npm run bench`, not here.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/setup/require-build.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/require-build.ts', 'tests/setup/preview-server.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
