// UI benchmark (`npm run bench:ui`): slider-drag latency and main-thread cost of the built app in headless
// Chromium, next to a minimal floor page, plus time to first chart and initial JS size. Prints a JSON
// summary on stdout (logs go to stderr) and updates the UI section of BENCHMARKS.md.
//
//   node tests/bench/ui-bench.mjs [--build] [--quick] [--write | --no-write] [--save-trace]
//
// --build       rebuild dist/ even if it exists (it is built anyway when missing)
// --quick       1 run per target, 40 steps: a sanity check; does not touch BENCHMARKS.md unless --write
// --save-trace  keep the traced runs as test-results/ui-bench-<target>.trace.json (open in DevTools)
// Exit code: 0 when numbers were produced, 1 when something could not be measured. Timings never fail it.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH, parseFlags } from './bench-common.mjs';
import { benchInit, dragInPage } from './ui-bench-page.mjs';
import {
  environment,
  fetchedBytes,
  initialJs,
  medianOf,
  percentile,
  writeSection,
} from './ui-bench-report.mjs';
import { busyPerStep, startTrace } from './ui-bench-trace.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(ROOT);

const KNOWN = ['--build', '--quick', '--write', '--no-write', '--save-trace'];
const flags = parseFlags(KNOWN);
const QUICK = flags.has('--quick');
const WRITE = flags.has('--write') || (!QUICK && !flags.has('--no-write'));
const STEPS = QUICK ? 40 : 200;
const RUNS = QUICK ? 1 : 3;
const TRACED_RUNS = QUICK ? 1 : 3;
// BENCH_PORT: several checkouts on one machine can bench side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4179);
const CAP_MS = 500;
const SLIDER_LABEL = 'Tốc độ tăng: Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước)';
const SUMMARY_TEXT = 'mục tiêu còn hạn dự kiến đạt';
const VITE = 'node_modules/vite/bin/vite.js';

const TARGETS = {
  app: {
    name: 'app',
    url: `http://localhost:${PORT}/`,
    app: true,
    verdict: 'article[aria-labelledby="dossiersFullOnline-title"] ul.verdicts',
  },
  floor: {
    name: 'floor',
    url: pathToFileURL(resolve('tests/bench/bench-page-floor.html')).href,
    app: false,
    verdict: null,
  },
  // The least a step can cost when the projection runs in a Web Worker, as the stack requires of the app:
  // the reply comes in a task of its own and is drawn in a second frame.
  workerFloor: {
    name: 'worker-floor',
    url: pathToFileURL(resolve('tests/bench/bench-page-worker-floor.html')).href,
    app: false,
    worker: true,
    verdict: '#verdict',
  },
};

const log = (...message) => console.error('[bench:ui]', ...message);

function build() {
  log('building dist/ with vite build…');
  const result = spawnSync(process.execPath, [VITE, 'build'], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

async function startServer() {
  const child = spawn(process.execPath, [VITE, 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stopServer() ends it and nothing else
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(TARGETS.app.url)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  stopServer(child);
  throw new Error(`vite preview did not answer on port ${PORT} within 30 s:\n${output}`);
}

function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

const spread = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

/** One fresh context and page: load, (app) time to first chart, then the in-page drag. */
async function measure(browser, target, { trace = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    if (target.app || target.worker) await page.addInitScript(benchInit, target.app ? SUMMARY_TEXT : null);
    // Requests of the page and its dedicated workers (the service worker's are the context's, not counted).
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(target.url);
    let timeToFirstChartMs;
    let fetchedUntilIdle;
    if (target.app) {
      await page.getByText(SUMMARY_TEXT).first().waitFor({ timeout: 30_000 });
      const handle = await page.waitForFunction(() => window.__bench.firstChartAt, null, { timeout: 30_000 });
      timeToFirstChartMs = await handle.jsonValue();
      // Idle: no new request for a second (the bands worker starts a moment after the first reply).
      for (let seen = -1; seen !== requested.length;) {
        seen = requested.length;
        await page.waitForTimeout(1000);
      }
      fetchedUntilIdle = fetchedBytes('dist', requested);
    }
    const slider = await page
      .getByLabel(SLIDER_LABEL)
      .elementHandle({ timeout: 10_000 })
      .catch(() => Promise.reject(new Error(`slider "${SLIDER_LABEL}" not found on ${target.url}`)));
    const kind = await slider.evaluate((el) => `${el.type} ${el.min}..${el.max} step ${el.step}`);
    if (!kind.startsWith('range')) throw new Error(`"${SLIDER_LABEL}" is not a range input (${kind})`);
    let verdict = target.verdict;
    if (verdict && !(await page.locator(verdict).count())) {
      log(`verdict list ${verdict} not found: verdict-change latency will be missing`);
      verdict = null;
    }
    await page.waitForTimeout(500); // let start-up work (worker warm-up, resize) settle

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const stopTrace = trace ? await startTrace(cdp) : null;
    const before = await taskSeconds(cdp);
    const drag = await page.evaluate(dragInPage, {
      slider,
      steps: STEPS,
      verdictSelector: verdict,
      capMs: CAP_MS,
    });
    const returnedAt = Number(process.hrtime.bigint()) / 1e6;
    const after = await taskSeconds(cdp);
    const events = stopTrace ? await stopTrace() : null;
    const traced = events ? busyPerStep(events, drag, returnedAt) : null;
    if (events && flags.has('--save-trace')) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync(
        `test-results/ui-bench-${target.name}.trace.json`,
        JSON.stringify({ traceEvents: events }),
      );
    }
    await cdp.detach();

    const rows = drag.rows;
    const changed = rows.filter((r) => r.verdictMs !== null);
    return {
      slider: kind,
      steps: rows.length,
      inputTo2ndRafMs: spread(rows.map((r) => r.rafMs)),
      busyInPageMs: spread(rows.map((r) => r.inputTaskMs + (r.replyTaskMs ?? 0))),
      inputTaskMs: spread(rows.map((r) => r.inputTaskMs)),
      taskDurationPerStepMs: ((after - before) * 1000) / rows.length,
      longTasks: {
        count: drag.longTasks.length,
        totalMs: drag.longTasks.reduce((sum, t) => sum + t.duration, 0),
      },
      resultFrameMs:
        target.app || target.worker
          ? {
              ...spread(rows.map((r) => r.resultMs)),
              timeouts: rows.filter((r) => r.resultMs === null).length,
            }
          : null,
      verdictChange: verdict ? { count: changed.length, ...spread(changed.map((r) => r.verdictMs)) } : null,
      timeToFirstChartMs,
      fetchedUntilIdle,
      trace: traced,
    };
  } finally {
    await context.close();
  }
}

/**
 * Medians of the plain runs, plus the busy time of the traced runs (their timings carry the tracing
 * overhead): each figure the median of the traced runs' own, since one traced run moves by a millisecond or
 * more with what else the machine does at that moment.
 */
function combine(runs, tracedRuns) {
  const traced = medianOf(
    tracedRuns.map((r) => ({
      ...r,
      slider: undefined,
      fetchedUntilIdle: undefined,
      trace: { ...r.trace, perStepMs: undefined },
    })),
  );
  // All traced steps pooled: a p95 over 3 × 200 steps moves less than the median of three runs' p95s.
  const pooled = (key) => {
    const all = tracedRuns.flatMap((r) => r.trace.perStepMs[key]);
    return { p50: percentile(all, 50), p95: percentile(all, 95), steps: all.length };
  };
  // Clock alignment must hold in every traced run: report the worst.
  traced.trace.alignment.offsetSpreadUs = Math.max(
    ...tracedRuns.map((r) => r.trace.alignment.offsetSpreadUs),
  );
  const plain = runs.map((run) =>
    Object.fromEntries(Object.entries(run).filter(([k]) => k !== 'trace' && k !== 'fetchedUntilIdle')),
  );
  const medians = medianOf(plain);
  return {
    ...medians,
    slider: runs[0].slider,
    runs: RUNS,
    // The first run's: a cold cache, like a first visit.
    fetchedUntilIdle: runs[0].fetchedUntilIdle,
    busyPerStepMs: traced.trace.busyMs,
    cpuPerStepMs: traced.trace.cpuMs,
    busyPerStepPooledMs: pooled('wall'),
    cpuPerStepPooledMs: pooled('cpu'),
    trace: {
      runTasks: traced.trace.runTasks,
      alignment: traced.trace.alignment,
      tracedRunInputTo2ndRafMs: traced.inputTo2ndRafMs,
      tracedRunTaskDurationPerStepMs: traced.taskDurationPerStepMs,
    },
    perRun: runs.map((r) => ({
      inputTo2ndRafP50: r.inputTo2ndRafMs.p50,
      busyInPageP50: r.busyInPageMs.p50,
      taskDurationPerStepMs: r.taskDurationPerStepMs,
      longTasks: r.longTasks.count,
      timeToFirstChartMs: r.timeToFirstChartMs,
    })),
  };
}

/** Plain runs alternate the targets, so all see the same load on a shared machine; then the traced runs, alike. */
async function measureAll(browser) {
  const names = Object.keys(TARGETS);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const name of names) {
      log(`${name}: run ${i + 1}/${RUNS}`);
      runs[name].push(await measure(browser, TARGETS[name]));
    }
  }
  const traced = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < TRACED_RUNS; i++) {
    for (const name of names) {
      log(`${name}: traced run ${i + 1}/${TRACED_RUNS}`);
      traced[name].push(await measure(browser, TARGETS[name], { trace: true }));
    }
  }
  return Object.fromEntries(names.map((name) => [name, combine(runs[name], traced[name])]));
}

/** Every figure the report prints for this target was measured (the floor pages have no chart). */
function usable(result, target) {
  const numbers = [
    result.inputTo2ndRafMs.p50,
    result.inputTo2ndRafMs.p95,
    result.busyPerStepMs.p50,
    result.busyPerStepMs.p95,
    result.cpuPerStepMs.p50,
    result.busyPerStepPooledMs.p95,
    result.cpuPerStepPooledMs.p95,
    result.taskDurationPerStepMs,
    result.longTasks.count,
    ...(target.app || target.worker ? [result.resultFrameMs.p50, result.resultFrameMs.p95] : []),
    ...(target.app ? [result.timeToFirstChartMs, result.fetchedUntilIdle?.gzipBytes] : []),
  ];
  return result.steps === STEPS && numbers.every((n) => typeof n === 'number' && Number.isFinite(n));
}

async function main() {
  const loadAtStart = Math.round(os.loadavg()[0] * 100) / 100;
  if (flags.has('--build') || !existsSync('dist/index.html')) build();
  let server;
  let browser;
  const stop = () => stopServer(server);
  process.once('SIGINT', () => (stop(), process.exit(130)));
  process.once('SIGTERM', () => (stop(), process.exit(143)));
  try {
    server = await startServer();
    log(`vite preview on port ${PORT} (pid ${server.pid})`);
    const js = initialJs('dist'); // now: dist/ may be rebuilt by someone else while we measure
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const { app, floor, workerFloor } = await measureAll(browser);
    const summary = {
      date: new Date().toISOString(),
      quick: QUICK,
      steps: STEPS,
      runs: RUNS,
      tracedRuns: TRACED_RUNS,
      ...environment(browser.version(), loadAtStart),
      app,
      floor,
      workerFloor,
      initialJs: js,
    };
    console.log(JSON.stringify(summary, null, 2));
    if (![app, floor, workerFloor].every((r, i) => usable(r, Object.values(TARGETS)[i])))
      throw new Error('some figures could not be measured');
    if (WRITE) {
      writeSection('BENCHMARKS.md', summary);
      log('updated BENCHMARKS.md');
    }
  } finally {
    await browser?.close();
    stop();
  }
}

main().catch((error) => {
  log(`FAILED: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
