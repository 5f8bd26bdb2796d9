// CDP tracing for the UI benchmark: main-thread busy time per drag step from `RunTask` trace events.
import { percentile } from './ui-bench-report.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  // performance.mark() lands in the trace under this category: it is how steps are aligned.
  'blink.user_timing',
].join(',');

/** Starts a trace on `cdp`; the returned function stops it and resolves to the trace events. */
export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * Top-level tasks as [start, end, cpu] in µs: a task nested in another (a nested run loop) is dropped, since
 * its parent's wall and CPU time already include it.
 */
function topLevel(tasks) {
  const out = [];
  for (const task of [...tasks].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && task[0] < last[1]) {
      if (task[1] > last[1]) [last[1], last[2]] = [task[1], last[2] + task[2]]; // overlap: merge
    } else out.push([...task]);
  }
  return out;
}

/**
 * Buckets the renderer main thread's `RunTask` time by drag step. Step k spans from mark `bench-step-k` to
 * the next step's mark (the last to `bench-end`). The renderer main thread is the one that emitted the
 * marks. Trace `ts` is in µs on Chromium's monotonic clock; the offset to `performance.now()` is computed
 * from each mark (trace ts vs the mark's startTime) and must be constant if the two clocks agree.
 */
export function busyPerStep(events, inPage, nodeMonotonicMs) {
  const marks = new Map();
  for (const e of events) {
    if (e.cat?.includes('blink.user_timing') && /^bench-(step-\d+|end)$/.test(e.name) && !marks.has(e.name)) {
      marks.set(e.name, e);
    }
  }
  const steps = inPage.rows.length;
  const bounds = [];
  for (let k = 0; k <= steps; k++) {
    const mark = marks.get(k === steps ? 'bench-end' : `bench-step-${k}`);
    if (!mark) throw new Error(`trace lacks the user-timing mark for step ${k}`);
    bounds.push(mark);
  }
  const { pid, tid } = bounds[0];
  // Alignment: trace ts (µs) − performance.now() (ms) for every mark found in the page.
  const startTimes = new Map(inPage.marks.map((m) => [m.name, m.startTime]));
  const offsets = bounds.map((m) => m.ts / 1000 - startTimes.get(m.name));
  const spreadUs = (Math.max(...offsets) - Math.min(...offsets)) * 1000;
  const endMs = bounds.at(-1).ts / 1000;
  const tasks = topLevel(
    events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid)
      .map((e) => [e.ts, e.ts + (e.dur ?? 0), e.tdur ?? e.dur ?? 0]),
  );
  const wall = [];
  const cpu = [];
  for (let k = 0; k < steps; k++) {
    const lo = bounds[k].ts;
    const hi = bounds[k + 1].ts;
    let [wallUs, cpuUs] = [0, 0];
    for (const [s, e, c] of tasks) {
      if (e <= lo || s >= hi) continue;
      const overlap = Math.min(e, hi) - Math.max(s, lo);
      wallUs += overlap;
      cpuUs += e > s ? (c * overlap) / (e - s) : 0; // a task cut by a step boundary shares its CPU time
    }
    wall.push(wallUs / 1000);
    cpu.push(cpuUs / 1000);
  }
  const stats = (v) => ({ p50: percentile(v, 50), p95: percentile(v, 95), max: Math.max(...v) });
  return {
    // Wall time of main-thread tasks (what DevTools shows), and their thread CPU time (`tdur`), which a
    // busy machine inflates less: a task waiting for a core counts in the first, not in the second.
    busyMs: stats(wall),
    cpuMs: stats(cpu),
    // Every step's figures, so several traced runs can be pooled (their p95 then rests on more steps).
    perStepMs: { wall, cpu },
    runTasks: tasks.length,
    alignment: {
      marks: bounds.length,
      // Trace ts − performance.now() per mark: constant up to performance.now()'s coarsening (100 µs plus
      // jitter when not cross-origin isolated) ⇒ both run on one monotonic clock.
      offsetSpreadUs: spreadUs,
      // (timeOrigin + now) − trace ts: a constant for the whole browser process (Chromium's
      // --time-ticks-at-unix-epoch), i.e. trace ts = timeOrigin + now() minus a fixed epoch offset.
      epochMinusTraceMs: inPage.timeOrigin - percentile(offsets, 50),
      // Node's hrtime is CLOCK_MONOTONIC: read just after the drag returned, it should lead the end mark
      // by the CDP round-trip (a few tens of ms at most) if the trace clock is CLOCK_MONOTONIC too.
      nodeMonotonicMinusEndMarkMs: nodeMonotonicMs - endMs,
    },
  };
}
