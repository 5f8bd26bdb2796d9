// Chart update cost per slider step (npm run bench:chart): the app's chart module against the way it was
// (chartjs-plugin-annotation), in one headless Chromium page, same data, same size, steps interleaved.
// Writes the chart-update section of BENCHMARKS.md; fails when it could not measure.
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { build } from 'vite';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  chromiumVersion,
  loadAverage,
  logger,
  machine,
  machineText,
  packageVersion,
  parseFlags,
  percentile,
  ROOT,
  writeMarkedSection,
} from './bench-common.mjs';

const log = logger('bench:chart');
const flags = parseFlags(['--quick', '--no-write']);
const PAGES = flags.has('--quick') ? 1 : 5;
const STEPS = flags.has('--quick') ? 60 : 300;
const WARMUP = 40;

log('bundling tests/bench/chart-update-page.ts…');
const output = await build({
  configFile: false,
  logLevel: 'warn',
  root: ROOT,
  build: {
    write: false,
    minify: true,
    lib: { entry: resolve(ROOT, 'tests/bench/chart-update-page.ts'), formats: ['iife'], name: 'ChartBench' },
  },
});
const code = [output].flat()[0].output.find((chunk) => chunk.type === 'chunk').code;

const loadBefore = loadAverage();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const times = { annotation: [], markers: [] };
try {
  for (let p = 0; p < PAGES; p++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><meta charset="utf-8"><body style="margin:0">');
    await page.addScriptTag({ content: code });
    const result = await page.evaluate(
      ([steps, warmup]) => window.ChartBench.run(steps, warmup),
      [STEPS, WARMUP],
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    for (const name of Object.keys(times)) times[name].push(...result[name]);
    await page.close();
    log(`page ${p + 1}/${PAGES}: ${STEPS} steps each`);
  }
} finally {
  await browser.close();
}
const loadAfter = loadAverage();

const stats = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), n: values.length });
const figures = { annotation: stats(times.annotation), markers: stats(times.markers) };
for (const [name, s] of Object.entries(figures)) {
  // A figure that could not be measured must not be printed as if it had been.
  if (s.n !== PAGES * STEPS || !(s.p50 > 0))
    throw new Error(`${name}: no usable timings (${JSON.stringify(s)})`);
}
const ms = (v) => `${v.toFixed(2)} ms`;
console.log(JSON.stringify(figures, null, 2));

const body = `## Chart update per slider step (npm run bench:chart)

Measured ${new Date().toISOString()} on ${machineText(machine())}; 1-minute load average ${loadBefore} before, ${loadAfter} after. Chromium ${chromiumVersion()} (headless, \`--disable-gpu\`), chart.js ${packageVersion('chart.js')}, chartjs-plugin-annotation ${packageVersion('chartjs-plugin-annotation')} (the "before" only). ${PAGES} page(s) × ${STEPS} steps per chart after ${WARMUP} warm-up steps.

| Chart update (\`chart.update('none')\`, synchronous draw included) | p50 | p95 | Steps | Target |
| --- | --- | --- | --- | --- |
| Before: chartjs-plugin-annotation (target lines, deadlines, reached, today) | ${ms(figures.annotation.p50)} | ${ms(figures.annotation.p95)} | ${figures.annotation.n} | |
| After: the app's target-markers plugin (\`updateIndicatorChart\`) | ${ms(figures.markers.p50)} | ${ms(figures.markers.p95)} | ${figures.markers.n} | ≤ 2 ms |

After / before in this run: ${(figures.markers.p50 / figures.annotation.p50).toFixed(2)} at p50, ${(figures.markers.p95 / figures.annotation.p95).toFixed(2)} at p95. The ≤ 2 ms target is ${figures.markers.p50 <= 2 ? 'met' : 'not met'} at p50 in this run. Both figures grow with the machine's load (see the load average above); their ratio is the steadier figure.

### How it is measured

- \`tests/bench/chart-update-page.ts\` is bundled by Vite and run in a blank page. Two 480 × 300 px charts (a card's size) show the seed dossiers indicator (3 targets, two due 12/2025) with observations, a trend line, the band (p10–p90, p25–p75) and a 31-month projection.
- Each step sweeps the rate (0–5 pp/month in 0.05 steps), so the projection, the band and the months targets are reached change as in a drag. Both charts get the same step, in alternating order.
- **Before** (\`tests/bench/chart-update-baseline.ts\`): the app's options as they were, with chartjs-plugin-annotation; datasets keep their objects and get new data, annotations are rebuilt only when a reached month moved, as the old component did. **After**: \`updateIndicatorChart\` from \`src/components/charts/indicator-chart.ts\` (new data into the same datasets, markers handed to the plugin as plain data).
- What moved it: chartjs-plugin-annotation resolved every annotation's options (each a scriptable option tree) at every update; the app's plugin reads plain data handed over when a marker changes, and draws and places its labels in a fraction of a millisecond. The percent axes also tick every 20 instead of every 10, which halves the ticks Chart.js resolves and draws. Most of what remains is Chart.js resolving options and laying out its scales at every \`update()\`.
- Timed: \`performance.now()\` around the update call only (building datasets and markers is outside both windows). \`performance.now()\` is coarsened to 0.1 ms here.

### Caveats

- The machine is shared (see the load average): compare the two rows of one run, not runs with each other.
- This is the chart's own cost; the whole step (input, worker reply, Svelte, style, layout, paint) is the UI benchmark's.
`;
if (!flags.has('--no-write')) {
  writeMarkedSection('BENCHMARKS.md', 'chart-update', body);
  log('wrote the chart-update section of BENCHMARKS.md');
}
