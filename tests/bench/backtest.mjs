// Backtest launcher (`npm run backtest`): runs tests/bench/backtest.run.ts with its own Vitest config.
//
//   node tests/bench/backtest.mjs [--quick] [--write | --no-write]
//
// --quick   2,000 paths instead of 10,000 and BENCHMARKS.md untouched unless --write: what `npm test` runs
// Exit code: non-zero when a figure could not be scored, or when the hindsight view would not show the same
// bands and count as the headline.
import { parseFlags, runVitestConfig } from './bench-common.mjs';

const flags = parseFlags(['--quick', '--write', '--no-write']);
const env = { BENCH_QUICK: flags.has('--quick') ? '1' : '0' };
if (flags.has('--write')) env.BENCH_WRITE = '1';
if (flags.has('--no-write')) env.BENCH_WRITE = '0';
runVitestConfig('tests/bench/vitest.backtest.config.ts', env);
