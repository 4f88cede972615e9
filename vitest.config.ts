import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    globalSetup: ['./tests/helpers/global-setup.ts'],
    // Build and browser tests start real processes; give them room on a 2-core machine.
    testTimeout: 120_000,
    // Astro builds share the project's .astro folder, so test files run one after another.
    fileParallelism: false,
    hookTimeout: 300_000,
  },
});
