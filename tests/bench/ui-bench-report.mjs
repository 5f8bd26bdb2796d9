// Statistics, bundle sizes, environment and the BENCHMARKS.md section of the UI benchmark.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, percentile } from './bench-common.mjs';

export { percentile };

/** Median across runs of every numeric leaf of the per-run summaries (same shape in each run). */
export function medianOf(runs) {
  const [first] = runs;
  if (typeof first === 'number' || first === null) return median(runs);
  if (typeof first !== 'object') return first;
  return Object.fromEntries(Object.keys(first).map((k) => [k, medianOf(runs.map((r) => r?.[k] ?? null))]));
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Gzip sizes of the JS that dist/index.html loads up front, and of the other chunks (worker, lazy). */
export function initialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) refs.add(href[1]);
  }
  const path = (ref) => join(dist, ref.replace(/^\.?\//, ''));
  const files = [...refs].filter((r) => r.endsWith('.js') && !/worker/i.test(r));
  const entry = files.map((f) => ({ file: f, gzipBytes: gz(path(f)) }));
  const listed = new Set([...refs].map((r) => path(r)));
  const others = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !listed.has(join(dist, 'assets', f)))
    .map((f) => ({ file: `assets/${f}`, gzipBytes: gz(join(dist, 'assets', f)) }));
  return {
    files: entry,
    gzipBytes: entry.reduce((s, f) => s + f.gzipBytes, 0),
    worker: others.filter((f) => /worker/i.test(f.file)),
    lazy: others.filter((f) => !/worker/i.test(f.file)),
  };
}

/**
 * Everything the page and its workers fetched from `dist/` until the first screen was idle, each file at
 * gzip -9 (what a server with compression sends); `paths` are the request paths, e.g. `/assets/index-….js`.
 */
export function fetchedBytes(dist, paths) {
  const files = [...new Set(paths)]
    .map((p) => (p === '/' ? 'index.html' : decodeURIComponent(p).replace(/^\//, '')))
    .filter((f) => existsSync(join(dist, f)))
    .map((f) => ({ file: f, gzipBytes: gz(join(dist, f)) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

export function environment(browserVersion, loadAtStart) {
  const version = (name) => {
    try {
      return JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
    } catch {
      return 'missing';
    }
  };
  return {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      platform: `${os.platform()} ${os.release()}`,
      // Other work on the machine skews every timing: the 1-minute load average before and after.
      loadAverage1m: { start: loadAtStart, end: Math.round(os.loadavg()[0] * 100) / 100 },
    },
    versions: {
      node: process.version,
      chromium: browserVersion,
      'chart.js': version('chart.js'),
      svelte: version('svelte'),
      vite: version('vite'),
    },
  };
}

const START = '<!-- ui-bench:start -->';
const END = '<!-- ui-bench:end -->';
const HEADER = `# Benchmarks

Performance figures for Mục tiêu số, measured on the machines named in each section. Timings are
noisy: every figure is a median over repeated runs, and no script ever fails on a timing.
`;

/** A measured time; a figure the run could not measure fails the report instead of printing a dash. */
const ms = (x, digits = 1) => {
  if (x === null || x === undefined || !Number.isFinite(x))
    throw new Error('UI bench: a figure was not measured');
  return `${x.toFixed(digits)} ms`;
};
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB (${(bytes / 1024).toFixed(1)} KiB)`;
const files = (list) => list.map((f) => `\`${f.file}\` ${kb(f.gzipBytes)}`).join(', ') || 'none';
const pair = (x, digits = 1) => (x ? `${ms(x.p50, digits)} / ${ms(x.p95, digits)}` : 'n/a');

function section(s) {
  const { app, floor, workerFloor, initialJs: js, machine: m, versions: v } = s;
  // The step is judged against the floor page with a worker of the same run: p50 ≤ floor + 3 ms, p95 ≤ floor + 6 ms.
  const limit = { p50: workerFloor.busyPerStepMs.p50 + 3, p95: workerFloor.busyPerStepMs.p95 + 6 };
  const met = app.busyPerStepMs.p50 <= limit.p50 && app.busyPerStepMs.p95 <= limit.p95 ? 'met' : 'not met';
  const stepTarget = `≤ ${ms(limit.p50, 2)} / ≤ ${ms(limit.p95, 2)} (floor with a worker + 3 / + 6 ms): ${met}`;
  const BYTE_BUDGET = 120_000;
  const bytesMet = app.fetchedUntilIdle.gzipBytes <= BYTE_BUDGET ? 'met' : 'not met';
  /** @type {Array<[string, (r: any) => string, string]>} */
  const rows = [
    ['Input → 2nd rAF, p50 / p95', (r) => pair(r.inputTo2ndRafMs), 'p50 ≈ 33 ms, p95 ≤ 34 ms'],
    ['Main-thread busy per step (trace), p50 / p95', (r) => pair(r.busyPerStepMs, 2), stepTarget],
    ['Main-thread CPU time per step (trace), p50 / p95', (r) => pair(r.cpuPerStepMs, 2), ''],
    [
      'Main-thread busy / CPU per step, all traced steps pooled, p50 / p95',
      (r) => `${pair(r.busyPerStepPooledMs, 2)}; ${pair(r.cpuPerStepPooledMs, 2)}`,
      '',
    ],
    ['Busy per step, in-page estimate, p50 / p95', (r) => pair(r.busyInPageMs, 2), ''],
    ['Mean TaskDuration per step (CDP), plain runs', (r) => ms(r.taskDurationPerStepMs, 2), ''],
    ['Mean TaskDuration per step, traced runs', (r) => ms(r.trace.tracedRunTaskDurationPerStepMs, 2), ''],
    [
      'Long tasks during drag: count, total',
      (r) => `${r.longTasks.count}, ${ms(r.longTasks.totalMs, 0)}`,
      '0',
    ],
    ['Input → first frame after worker reply, p50 / p95', (r) => pair(r.resultFrameMs), ''],
    [
      'Input → verdict text changed, p50 / p95 (steps)',
      (r) => (r.verdictChange ? `${pair(r.verdictChange)} (${r.verdictChange.count})` : 'n/a'),
      '',
    ],
    [
      'Time to first chart, cold cache',
      (r) => (r.timeToFirstChartMs ? ms(r.timeToFirstChartMs, 0) : 'n/a (no chart)'),
      '≤ 1 s',
    ],
  ];
  const table = [
    '| Metric | App | Floor page | Floor page with a worker | Target |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      ([name, cell, target]) =>
        `| ${name} | ${cell(app)} | ${cell(floor)} | ${cell(workerFloor)} | ${target} |`,
    ),
    `| Initial JS, gzip -9, worker excluded | ${kb(js.gzipBytes)} | n/a | n/a | |`,
    `| Fetched until the first screen is idle (app, Chart.js, workers, data), gzip -9 | ${kb(app.fetchedUntilIdle.gzipBytes)} | n/a | n/a | ≤ 120 kB: ${bytesMet} |`,
  ];
  const align = (r) => r.trace.alignment;
  return `${START}
## UI benchmark (npm run bench:ui)

Measured ${s.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM (${m.platform}; 1-minute load average ${m.loadAverage1m.start} before, ${m.loadAverage1m.end} after). Node ${v.node}, Chromium ${v.chromium} (headless, 1280×800, \`--disable-gpu\`), chart.js ${v['chart.js']}, Svelte ${v.svelte}, Vite ${v.vite}. ${s.runs} fresh page(s) per target with ${s.steps} slider steps each, figures are medians over those runs; the trace figures are medians over ${s.tracedRuns} further traced run(s) per target (one traced run moves by a millisecond or more with what else the machine does), and the pooled row takes the percentiles over every step of those runs together.

${table.join('\n')}

Fetched until idle: ${files(app.fetchedUntilIdle.files)}.

Initial JS: ${files(js.files)}. Worker chunk, fetched after start-up and not counted: ${files(js.worker)}.${js.lazy.length ? ` Other lazy chunks: ${files(js.lazy)}.` : ''}

### How it is measured

- The built app (\`dist/\` served by \`vite preview\`) and two floor pages get the same drag. The floor page (\`tests/bench/bench-page-floor.html\`) is one range input that redraws a 72-point line on a canvas in its input handler: one task and one rendering frame per step. The floor page with a worker (\`tests/bench/bench-page-worker-floor.html\`) asks a Web Worker for the 72 points, as the app must: its input task shows the value and posts the rate, its reply task draws the line and writes one verdict sentence, so a step takes two tasks and two rendering frames, like the app's. The drag: the slider "Tốc độ tăng: Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước)" is swept from its min to its max, one \`input\` event per step, by a loop running inside the page (no CDP round-trip per step).
- **Input → 2nd rAF**: \`performance.now()\` just before \`dispatchEvent\` to \`performance.now()\` inside the second \`requestAnimationFrame\` callback after it. Steps start inside a rAF callback, so two frames (≈ 33 ms at 60 Hz) is the floor.
- The app answers through a Web Worker. An init script wraps \`Worker\` to timestamp each reply; after the two frames a step keeps awaiting frames until the reply came and one frame ran after it (cap 500 ms): **input → first frame after worker reply**. A MutationObserver on the dossier card's verdict list gives **input → verdict text changed** (DOM updated, before paint) for the steps whose verdict text changed.
- **Busy per step (trace)**: further runs are traced over CDP (\`devtools.timeline\`, \`disabled-by-default-devtools.timeline\`, \`blink.user_timing\`). Each step calls \`performance.mark('bench-step-k')\` just before its dispatch; the marks appear in the trace with trace timestamps, so step windows are cut on the trace clock itself. \`RunTask\` events of the renderer main thread (the thread that emitted the marks), merged so nested tasks count once, are summed per window (a task cut by a boundary is split); the CPU-time row sums the same tasks' thread time (\`tdur\`), which CPU contention inflates less than wall time. A window holds the input task, the worker-reply task (Svelte update, chart draw), the frames' style, layout, paint and commit, and the harness's own rAF callbacks.
- Clock alignment, checked on every traced run: trace \`ts\` minus each mark's \`performance.now()\` stayed constant (worst traced run) to ${align(app).offsetSpreadUs.toFixed(0)} µs (app), ${align(floor).offsetSpreadUs.toFixed(0)} µs (floor) and ${align(workerFloor).offsetSpreadUs.toFixed(0)} µs (floor with a worker) over all marks, which is \`performance.now()\`'s 100 µs coarsening plus jitter. \`timeOrigin + now()\` minus trace \`ts\` is one constant per browser process (${align(app).epochMinusTraceMs.toFixed(1)} ms for both the app and the floor here: Chromium's \`--time-ticks-at-unix-epoch\`): trace \`ts\` is CLOCK_MONOTONIC, while \`timeOrigin\` is Unix-epoch based, so the two only line up after subtracting that offset. Node's \`process.hrtime\` (also CLOCK_MONOTONIC), read when the drag returned, led the last mark by ${align(app).nodeMonotonicMinusEndMarkMs.toFixed(0)} ms (one frame plus the CDP reply).
- **Busy per step, in-page estimate**: from just before the dispatch to a \`MessageChannel\` message posted right after it (the input task: handler, microtasks and, since steps run in a rAF callback, that frame's style, layout and paint), plus the task that handles the worker reply, timed the same way from a listener that runs before the app's, when the reply came after the first window. Tasks that slip in between count too, so it is an upper bound of sorts; only the trace sees task boundaries.
- **Mean TaskDuration per step**: CDP \`Performance.getMetrics\` \`TaskDuration\` after minus before the drag, divided by the number of steps: all main-thread work during the drag, harness included. The traced runs' figure shows the tracing overhead.
- **Long tasks**: \`PerformanceObserver({ type: 'longtask', buffered: true })\`, tasks over 50 ms that start during the drag.
- **Time to first chart**: a new browser context per run (cold HTTP cache); an init script checks every frame whether a \`canvas\` the app has drawn (\`data-drawn\`, set once Chart.js drew it: a prerendered page has blank canvases before) is laid out and the text "mục tiêu còn hạn dự kiến đạt" is visible, and records \`performance.now()\` (from navigation start).
- **Initial JS**: gzip level 9 of the scripts and modulepreloads referenced by \`dist/index.html\`.
- **Fetched until idle**: every request of the page and its workers (not the service worker's precache, which follows) from navigation until the first chart and the summary are on screen and the network has been quiet for 500 ms, on the first plain run (cold cache); each file of \`dist/\` at gzip level 9.

### Caveats

- The machine is shared: other test runs skew timings (see the load average). Task wall time also counts time spent waiting for a core; the CPU-time row does not. Compare the app with the floor pages of the same run (their runs alternate) rather than across runs.
- Headless Chromium runs with \`--disable-gpu\`, so raster and commit work that a GPU would take lands on the main thread: the floor page alone spends about ${ms(floor.busyPerStepMs.p50, 1)} per step (p50), and the floor page with a worker, whose step needs a second task and a second frame as the app's does, ${ms(workerFloor.busyPerStepMs.p50, 1)} / ${ms(workerFloor.busyPerStepMs.p95, 1)} (p50 / p95): that is the least the app's step can cost on this machine with its projection in a worker.
- Tracing adds its own main-thread work: compare the two TaskDuration rows (about 1–1.5 ms per step on a quiet machine; under load the plain runs' noise can exceed it). The trace rows include it.
- A step lasts at least two frames and waits for the worker reply, so the worker is never asked twice at once; a real drag can fire an input every frame, where the scheduler gathers the steps made while a request is out into one. Only the projection worker's replies are counted (the workers are named; the reference and bands workers answer other requests). Bands are asked for once the drag is still for 120 ms, so a step never waits for them.
- \`performance.now()\` is coarsened to 100 µs in this page, so in-page figures move in 0.1 ms steps.
${END}`;
}

/** Writes or replaces the UI-benchmark section of BENCHMARKS.md, leaving other sections alone. */
export function writeSection(file, summary) {
  const text = section(summary);
  if (!existsSync(file)) return writeFileSync(file, `${HEADER}\n${text}\n`);
  const old = readFileSync(file, 'utf8');
  const a = old.indexOf(START);
  const b = old.indexOf(END);
  const next =
    a >= 0 && b > a ? old.slice(0, a) + text + old.slice(b + END.length) : `${old.trimEnd()}\n\n${text}\n`;
  writeFileSync(file, next);
}
