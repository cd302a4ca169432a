import { defineConfig } from 'vitest/config';

/**
 * The tests a mutation run (npm run mutate) uses: those that exercise compute/, view/, domain/ and the Word copy's
 * builder in this process (hand-computed tables, properties, the emulation's invariants, the golden and trial
 * reports and the Word copy's XML built in-process). No browser, no binary: those run dist/, which a mutation does
 * not touch.
 */
export default defineConfig({
  test: {
    include: [
      'test/domain/**/*.test.ts',
      'test/compute/**/*.test.ts',
      'test/view/**/*.test.ts',
      'test/render/**/*.test.ts',
      'test/emulation/**/*.test.ts',
      'test/docx/**/*.test.ts',
      'test/check/**/*.test.ts',
      'test/load/**/*.test.ts',
      'test/hardening/**/*.test.ts',
      'test/build/build-2018.test.ts',
      'test/build/build-trial-2019.test.ts',
      'test/build/agency-periods.test.ts',
      'test/build/new-year.test.ts',
      'test/build/report-years.test.ts',
      'test/build/periods.test.ts',
      'test/build/span.test.ts',
      'test/build/span-words.test.ts',
    ],
    exclude: ['**/node_modules/**', 'test/**/*.slow.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
