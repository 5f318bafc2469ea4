// Vitest settings for `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A hang guard, not a speed check: some tests walk every Unicode code point or run the whole
    // corpus, and a loaded two-core CI machine must not turn them into failures (speed is measured
    // by the benchmarks in bench/).
    testTimeout: 60_000,
  },
});
