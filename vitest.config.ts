import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end suites spawn socat and child processes; two cores are all CI has.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
