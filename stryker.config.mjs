// Mutation testing (npm run mutate): StrykerJS changes the code of compute/, view/, domain/ and the Word copy's
// builder one small mutation at a time and runs the tests that cover it; a mutant the tests do not notice is a gap in the tests. Survivors
// that cannot be told apart from the original are marked in the code with a "Stryker disable" comment saying why.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: [
    'src/compute/**/*.ts',
    'src/view/**/*.ts',
    'src/domain/**/*.ts',
    'src/docx/render-docx.ts',
    'src/docx/markdown-runs.ts',
    // Types only: nothing to mutate.
    '!src/compute/types.ts',
    '!src/view/view-types.ts',
    '!src/view/document.ts',
    // Data, not logic: the national rules' words and numbers, set against the law as read row by row in
    // test/domain/title-rules.test.ts (its every value is a mutant no computation could tell apart otherwise, and
    // each, being module-level, would run every test).
    '!src/domain/title-rules.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Beyond its tests' own time: a mutant that loops forever is given up on soon (most tests take milliseconds).
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  // Results of unchanged code and tests are kept from the last run (reports/stryker-incremental.json).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  cleanTempDir: 'always',
};
