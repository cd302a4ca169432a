import { defineConfig } from 'vitest/config';

/**
 * The tests a mutation run (npm run mutate) uses: those that exercise compute/, view/ and domain/ in this process
 * (hand-computed tables, properties, the golden and trial reports built in-process). No browser, no binary:
 * those run dist/, which a mutation does not touch.
 */
export default defineConfig({
  test: {
    include: [
      'test/domain/**/*.test.ts',
      'test/compute/**/*.test.ts',
      'test/view/**/*.test.ts',
      'test/render/**/*.test.ts',
      'test/build/build-2018.test.ts',
      'test/build/build-trial-2019.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
