// Browser tests: vitest (node) driving Debian's Chromium through playwright-core against the
// built page served by `vite preview`. The global setup builds once and serves dist/ on a free
// port; files run one after another (the machine has 2 cores and a full run takes seconds).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
