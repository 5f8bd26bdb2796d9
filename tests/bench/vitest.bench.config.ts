// Vitest config of the engine benchmark only (npm run bench). The normal `vitest run` uses vite.config.ts,
// whose include (src/**/*.spec.ts, tests/unit/**/*.spec.ts) never matches tests/bench/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/bench/engine.bench-run.ts'],
    environment: 'node',
    // One process, nothing else running beside the timed code.
    pool: 'forks',
    fileParallelism: false,
    // The JSON summary goes straight to stdout, not through Vitest's per-test log.
    disableConsoleIntercept: true,
    testTimeout: 20 * 60_000,
  },
});
