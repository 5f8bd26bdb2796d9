// Repeated timing of a synchronous call with performance.now(): warm-up, a batch size chosen so that one
// repetition lasts at least `minRepMs` (calls of a few µs are timed in batches), then `reps` repetitions.
import { percentile } from './bench-common.mjs';

export interface Timing {
  /** Milliseconds per call: median, 10th and 90th percentile over the repetitions. */
  median: number;
  p10: number;
  p90: number;
  reps: number;
  callsPerRep: number;
}

export interface TimingOptions {
  reps: number;
  /** Calls run before timing, for at least this long (JIT tiers, caches). */
  warmupMs: number;
  /** One repetition runs enough calls to last this long. */
  minRepMs: number;
  /** At least this many warm-up calls, however long they take. */
  minWarmupCalls?: number;
}

/** Keeps results alive so the JIT cannot drop the timed calls. */
let sink: unknown;
export const keep = () => sink;

export function timeCall(fn: () => unknown, options: TimingOptions): Timing {
  let calls = 0;
  const warmupStart = performance.now();
  while (performance.now() - warmupStart < options.warmupMs || calls < (options.minWarmupCalls ?? 3)) {
    sink = fn();
    calls++;
  }
  const perCall = (performance.now() - warmupStart) / calls;
  const callsPerRep = Math.max(1, Math.ceil(options.minRepMs / perCall));
  const samples: number[] = [];
  for (let r = 0; r < options.reps; r++) {
    const t0 = performance.now();
    for (let c = 0; c < callsPerRep; c++) sink = fn();
    samples.push((performance.now() - t0) / callsPerRep);
  }
  return {
    median: percentile(samples, 50)!,
    p10: percentile(samples, 10)!,
    p90: percentile(samples, 90)!,
    reps: options.reps,
    callsPerRep,
  };
}
