import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The tests that run bin/hatinh-report.js run dist/: refuse a dist/ older than src/.
    globalSetup: ['test/helpers/dist-is-fresh.ts'],
  },
});
