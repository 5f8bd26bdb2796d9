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

export interface PairedTiming {
  /** Milliseconds per call of each side: medians over the repetitions. */
  a: number;
  b: number;
  /** Milliseconds per call of a − b, paired repetition by repetition: median, 10th and 90th percentile. */
  diff: { median: number; p10: number; p90: number };
  reps: number;
  callsPerRep: number;
}

/**
 * The extra cost of `a` over `b` (a call with a target against the same without it), timed in pairs: each
 * repetition times a batch of each, back to back and in alternating order, and keeps their difference, so
 * a slower or faster spell of the machine falls on both sides of one difference instead of on one median.
 */
export function timeDifference(a: () => unknown, b: () => unknown, options: TimingOptions): PairedTiming {
  const first = timeCall(a, { ...options, reps: 1 });
  const second = timeCall(b, { ...options, reps: 1 });
  const callsPerRep = Math.max(first.callsPerRep, second.callsPerRep);
  const batch = (fn: () => unknown) => {
    const t0 = performance.now();
    for (let c = 0; c < callsPerRep; c++) sink = fn();
    return (performance.now() - t0) / callsPerRep;
  };
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  const diffs: number[] = [];
  for (let r = 0; r < options.reps; r++) {
    let ta: number;
    let tb: number;
    if (r % 2) {
      ta = batch(a);
      tb = batch(b);
    } else {
      tb = batch(b);
      ta = batch(a);
    }
    aTimes.push(ta);
    bTimes.push(tb);
    diffs.push(ta - tb);
  }
  return {
    a: percentile(aTimes, 50)!,
    b: percentile(bTimes, 50)!,
    diff: { median: percentile(diffs, 50)!, p10: percentile(diffs, 10)!, p90: percentile(diffs, 90)! },
    reps: options.reps,
    callsPerRep,
  };
}
