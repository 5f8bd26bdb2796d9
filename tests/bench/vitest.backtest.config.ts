// Vitest config of the backtest only (npm run backtest). The normal `vitest run` never matches tests/bench/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/bench/backtest.run.ts'],
    environment: 'node',
    disableConsoleIntercept: true,
    testTimeout: 10 * 60_000,
  },
});
