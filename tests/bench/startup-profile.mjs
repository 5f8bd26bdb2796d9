// Where the main thread's JavaScript time goes while the app starts: a CPU profile of the page (CDP
// Profiler, 100 µs sampling) from navigation until the load has settled, self time summed per function
// and per source file, minified locations mapped back through dist/'s source maps. Complements
// Lighthouse, which attributes long tasks to whole scripts only.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, median } from './bench-common.mjs';

const SETTLE_MS = 2_000;
const SUMMARY_TEXT = 'mục tiêu còn hạn dự kiến đạt';

/** Source maps of dist/assets, through @jridgewell/trace-mapping (a dependency of Svelte) when present. */
async function sourceMapper() {
  let TraceMap;
  let originalPositionFor;
  try {
    ({ TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping'));
  } catch {
    return () => null;
  }
  const maps = new Map();
  return (url, line, column) => {
    const file = /\/(assets\/[^/?#]+\.js)/.exec(url)?.[1];
    if (!file) return null;
    if (!maps.has(file)) {
      const path = resolve(ROOT, 'dist', `${file}.map`);
      maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
    }
    const map = maps.get(file);
    if (!map) return null;
    const position = originalPositionFor(map, { line: line + 1, column });
    if (!position.source) return null;
    const source = position.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
    return { source, line: position.line, name: position.name };
  };
}

/** Self time (ms) per profile node, from the samples and their time deltas. */
function selfTimes(profile) {
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return self;
}

async function profileOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 1350, height: 940 },
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.getByText(SUMMARY_TEXT).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    const { profile } = await cdp.send('Profiler.stop');
    return profile;
  } finally {
    await context.close();
  }
}

/**
 * Profiles `runs` fresh page loads of `url`; returns the median per-run self time of the top functions and
 * source files (program, idle and garbage collection reported apart).
 */
export async function startupProfile(url, { runs = 3, top = 12, log = console.error } = {}) {
  const map = await sourceMapper();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const perRun = [];
  try {
    for (let r = 0; r < runs; r++) {
      log(`startup profile: run ${r + 1}/${runs}`);
      const profile = await profileOnce(browser, url);
      const self = selfTimes(profile);
      const functions = new Map();
      const files = new Map();
      const special = new Map();
      for (const node of profile.nodes) {
        const ms = self.get(node.id) ?? 0;
        if (!ms) continue;
        const { functionName, url: script, lineNumber, columnNumber } = node.callFrame;
        if (!script) {
          const name = functionName || '(anonymous native)';
          special.set(name, (special.get(name) ?? 0) + ms);
          continue;
        }
        const original = map(script, lineNumber, columnNumber);
        const file = original?.source ?? script.replace(/^https?:\/\/[^/]+\//, '');
        const line = original?.line ?? lineNumber + 1;
        const key = `${original?.name ?? (functionName || '(anonymous)')} — ${file}:${line}`;
        functions.set(key, (functions.get(key) ?? 0) + ms);
        files.set(file, (files.get(file) ?? 0) + ms);
      }
      perRun.push({ functions, files, special });
    }
  } finally {
    await browser.close();
  }
  const medians = (pick) => {
    const keys = new Set(perRun.flatMap((run) => [...pick(run).keys()]));
    return [...keys]
      .map((key) => ({ key, ms: median(perRun.map((run) => pick(run).get(key) ?? 0)) }))
      .sort((a, b) => b.ms - a.ms);
  };
  const functions = medians((run) => run.functions);
  const files = medians((run) => run.files);
  return {
    runs,
    scriptMs: median(perRun.map((run) => [...run.functions.values()].reduce((a, b) => a + b, 0))),
    functions: functions.slice(0, top),
    files: files.slice(0, top),
    other: medians((run) => run.special),
  };
}
