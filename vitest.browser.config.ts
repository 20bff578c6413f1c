import { defineConfig } from 'vitest/config';

/** Browser tests: Playwright (playwright-core) driving Debian's Chromium against the built app in dist/. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/globalSetup.ts'],
    // Two files at a time, each with its own Chromium (tests wait on map idle, camera moves and polls, so
    // the cores are not kept busy by one file). The longest file bounds the run: split a file that grows.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    // A loaded machine answers slowly: a poll waits up to 10 s (vitest's default is 1 s), still far below
    // the test's own limit.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 60_000,
    retry: 0,
  },
});
