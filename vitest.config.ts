// Unit tests (node). The browser tests have their own config under tests/browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    // Property tests run the engine many times; on a shared, loaded 2-core machine the default 5 s
    // was exceeded by tests that take about 1 s when it is quiet.
    testTimeout: 30_000,
  },
});
