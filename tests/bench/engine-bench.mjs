// Engine benchmark launcher (`npm run bench`): runs tests/bench/engine.bench-run.ts with its own Vitest
// config (Vitest rejects options it does not know, so the flags travel in BENCH_* variables).
//
//   node tests/bench/engine-bench.mjs [--quick] [--build] [--write | --no-write]
//
// --quick   fewer repetitions: a sanity check that still prints every figure; does not touch
//           BENCHMARKS.md unless --write
// --build   rebuild dist/ before the worker runs (it is built anyway when missing)
// Exit code: 0 when every figure was measured, non-zero when something could not be. Timings never fail it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './bench-common.mjs';

const KNOWN = ['--quick', '--build', '--write', '--no-write'];
const flags = new Set(process.argv.slice(2));
for (const flag of flags) {
  if (!KNOWN.includes(flag)) {
    console.error(`unknown option ${flag}; known: ${KNOWN.join(' ')}`);
    process.exit(2);
  }
}
const env = {
  ...process.env,
  BENCH_QUICK: flags.has('--quick') ? '1' : '0',
  BENCH_BUILD: flags.has('--build') ? '1' : '0',
};
if (flags.has('--write')) env.BENCH_WRITE = '1';
if (flags.has('--no-write')) env.BENCH_WRITE = '0';

const vitest = resolve(ROOT, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'tests/bench/vitest.bench.config.ts'],
  {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
