// Backtest launcher (`npm run backtest`): runs tests/bench/backtest.run.ts with its own Vitest config
// (flags travel in BENCH_* variables, as for the engine benchmark).
//
//   node tests/bench/backtest.mjs [--quick] [--write | --no-write]
//
// --quick   2,000 paths instead of 10,000 and BENCHMARKS.md untouched (unless --write): what `npm test` runs
// Exit code: non-zero when a figure could not be scored or the leave-one-out estimate saw the scored figures.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './bench-common.mjs';

const KNOWN = ['--quick', '--write', '--no-write'];
const flags = new Set(process.argv.slice(2));
for (const flag of flags) {
  if (!KNOWN.includes(flag)) {
    console.error(`unknown option ${flag}; known: ${KNOWN.join(' ')}`);
    process.exit(2);
  }
}
const env = { ...process.env, BENCH_QUICK: flags.has('--quick') ? '1' : '0' };
if (flags.has('--write')) env.BENCH_WRITE = '1';
if (flags.has('--no-write')) env.BENCH_WRITE = '0';
const vitest = resolve(ROOT, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'tests/bench/vitest.backtest.config.ts'],
  {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
