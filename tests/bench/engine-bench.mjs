// Engine benchmark launcher (`npm run bench`): runs tests/bench/engine.bench-run.ts with its own Vitest
// config (Vitest rejects options it does not know, so the flags travel in BENCH_* variables).
//
//   node tests/bench/engine-bench.mjs [--quick] [--build] [--write | --no-write]
//
// --quick   fewer repetitions: a sanity check that still prints every figure; does not touch
//           BENCHMARKS.md unless --write
// --build   rebuild dist/ before the worker runs (it is built anyway when missing)
// BENCH_PORT=4191 (environment) serves the build on another port, for side-by-side checkouts.
// Exit code: 0 when every figure was measured, non-zero when something could not be. Timings never fail it.
import { parseFlags, runVitestConfig } from './bench-common.mjs';

const flags = parseFlags(['--quick', '--build', '--write', '--no-write']);
const env = {
  BENCH_QUICK: flags.has('--quick') ? '1' : '0',
  BENCH_BUILD: flags.has('--build') ? '1' : '0',
};
if (flags.has('--write')) env.BENCH_WRITE = '1';
if (flags.has('--no-write')) env.BENCH_WRITE = '0';
runVitestConfig('tests/bench/vitest.bench.config.ts', env);
