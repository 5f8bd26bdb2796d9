// The "Engine benchmark" section of BENCHMARKS.md, from the summary printed by engine.bench-run.ts.
import { machineText, writeMarkedSection } from './bench-common.mjs';

const TARGET_WORKER_MS = 60;

const fixed = (x, digits) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : '–');
const us = (t, digits = 1) => `${fixed(t.median, digits)} µs`;
const ms = (t, digits = 1) => `${fixed(t.median, digits)} ms`;
const range = (t, unit, digits = 1) => `${fixed(t.p10, digits)}–${fixed(t.p90, digits)} ${unit}`;
const int = (n) => n.toLocaleString('en-US');

function rows(s) {
  const p = s.projection;
  const r = s.requiredRate;
  const mc = s.monteCarlo;
  const w10 = s.worker.results['linear-10000'];
  const w1 = s.worker.results['linear-1000'];
  const models = ['linear', 'compound', 'logistic'];
  const projection = (months) => [
    `Projection, all indicators, ${months} months (${int(p[`linear-${months}`].points)} points): ${models.join(' / ')}`,
    models.map((m) => us(p[`${m}-${months}`].perCall)).join(' / '),
    range(p[`linear-${months}`].perCall, 'µs'),
    '',
  ];
  const draws = mc['linear-10000'].normalDraws;
  const floorMs = (draws * mc.normalDraw.nsPerDraw) / 1e6;
  const met = w10.roundTripMs.median <= TARGET_WORKER_MS;
  const ratio = w10.roundTripMs.median / TARGET_WORKER_MS;
  return [
    projection(72),
    projection(120),
    [
      `Required rate, closed form (\`requiredRate\`), per solve over the ${r.closedForm.solvesPerCall} dataset targets: ${models.join(' / ')}`,
      models.map((m) => us(r.closedForm[m], 3)).join(' / '),
      range(r.closedForm.linear, 'µs', 3),
      '',
    ],
    [
      'Required rate, mix bisection: extra cost of one target on the national mix',
      `${fixed(r.mixTarget.extraUs, 1)} µs`,
      `${fixed(r.mixTarget.withTargetsUs, 1)} − ${fixed(r.mixTarget.withoutTargetsUs, 1)} µs`,
      '',
    ],
    [
      'Same on a plain indicator (closed form), for comparison',
      `${fixed(r.plainTarget.extraUs, 1)} µs`,
      `${fixed(r.plainTarget.withTargetsUs, 1)} − ${fixed(r.plainTarget.withoutTargetsUs, 1)} µs`,
      '',
    ],
    [
      `Verdicts of all ${r.allTargets.targets} targets, 72 months (projection with − without targets)`,
      `${fixed(r.allTargets.extraUs, 1)} µs`,
      `${fixed(r.allTargets.withTargetsUs, 1)} − ${fixed(r.allTargets.withoutTargetsUs, 1)} µs`,
      '',
    ],
    ...[1_000, 2_000, 10_000].map((paths) => [
      `Monte Carlo in Node, ${int(paths)} paths × all × 72 months (linear)`,
      ms(mc[`linear-${paths}`].perCall),
      range(mc[`linear-${paths}`].perCall, 'ms'),
      '',
    ]),
    [
      'Monte Carlo in Node, 10,000 × all × 72 (logistic)',
      ms(mc['logistic-10000'].perCall),
      range(mc['logistic-10000'].perCall, 'ms'),
      '',
    ],
    [
      'Monte Carlo in Node, 10,000 × all × 72, chunked per indicator as the worker runs it (no pauses)',
      ms(mc['linear-10000-chunked'].perCall),
      range(mc['linear-10000-chunked'].perCall, 'ms'),
      '',
    ],
    [
      `Normal draw (\`createRandom().nextNormal()\`); × ${int(draws)} draws of a 10,000-path run`,
      `${fixed(mc.normalDraw.nsPerDraw, 1)} ns; ${fixed(floorMs, 0)} ms`,
      `${fixed(mc.normalDraw.p10, 1)}–${fixed(mc.normalDraw.p90, 1)} ns`,
      '',
    ],
    [
      '**Monte Carlo in the worker (Chromium), 10,000 × all × 72, round trip**',
      `**${ms(w10.roundTripMs)}**`,
      range(w10.roundTripMs, 'ms'),
      `≤ ${TARGET_WORKER_MS} ms: ${met ? 'met' : `**not met** (${fixed(ratio, 1)}×)`}`,
    ],
    [
      '… instrumented copy: compute / setTimeout pauses / messaging',
      `${ms(w10.instrumented.computeMs)} / ${ms(w10.instrumented.pausedMs)} / ${ms(w10.instrumented.messagingMs)}`,
      `${w10.instrumented.pauses} pauses`,
      '',
    ],
    [
      'Monte Carlo in the worker, 1,000 paths (the app default), round trip',
      ms(w1.roundTripMs),
      range(w1.roundTripMs, 'ms'),
      '',
    ],
    [
      '… instrumented copy: compute / setTimeout pauses / messaging',
      `${ms(w1.instrumented.computeMs)} / ${ms(w1.instrumented.pausedMs)} / ${ms(w1.instrumented.messagingMs)}`,
      `${w1.instrumented.pauses} pauses`,
      '',
    ],
  ];
}

function section(s) {
  const m = s.machine;
  const v = s.versions;
  const p72 = s.projection['linear-72'];
  const p120 = s.projection['linear-120'];
  const w10 = s.worker.results['linear-10000'];
  const w1 = s.worker.results['linear-1000'];
  const pause = (w) => w.instrumented.pausedMs.median / w.instrumented.pauses;
  const table = [
    '| Metric | Median | p10–p90 (or detail) | Target |',
    '| --- | --- | --- | --- |',
    ...rows(s).map((cells) => `| ${cells.join(' | ')} |`),
  ];
  return `## Engine benchmark (npm run bench)

Measured ${s.date} on ${machineText(m)}; 1-minute load average ${m.loadAverage1m.start} before, ${m.loadAverage1m.end} after. Node ${v.node} (V8 ${v.v8}), Chromium ${v.chromium} (headless, \`--disable-gpu\`), Vitest ${v.vitest}.${s.quick ? ' **Quick run** (fewer repetitions).' : ''}

Dataset \`${s.settings.dataset}\` (\`seedDataset()\`), \`buildRequest\` with split levels and the default (trend) rates: ${p72.indicators} indicators, ${p72.projected} with a figure to project from. "N months" sets the horizon N months after the latest start (${s.settings.latestStart}); each series runs from its own start, so 72 months means ${p72.monthsPerSeries.min}–${p72.monthsPerSeries.max} months per series, ${int(p72.points)} points (horizon ${p72.horizon}), and 120 months ${int(p120.points)} points (horizon ${p120.horizon}). Monte Carlo: σ = ${s.settings.sigma} pp/month for every indicator, seed ${s.settings.seed}.

${table.join('\n')}

### How it is measured

- \`npm run bench\` runs \`tests/bench/engine.bench-run.ts\` under Vitest with its own config (\`tests/bench/vitest.bench.config.ts\`; the normal \`vitest run\` never picks it up), in one Node process. \`--quick\` cuts the repetitions; it still prints every figure and exits non-zero only when a figure could not be measured.
- Node figures: \`performance.now()\` around the call. Each case first runs for a warm-up (≥ 500 ms, ≥ 3 calls for Monte Carlo), then ${s.settings.reps.fast} repetitions for the µs-scale calls (each repetition a batch of calls lasting ≥ 5 ms, divided by the batch size) and ${s.settings.reps.monteCarlo} repetitions of one call for Monte Carlo. The table shows the median and the 10th–90th percentile of the repetitions.
- The mix bisection (\`requiredMixRate\` in \`project-scenario.ts\`) is not exported, so it is timed as \`projectScenario\` of the national mix and its two levels with one target minus the same without it: both levels at 1 pp/month, the target 2 pp above the mix's start (${fixed(s.requiredRate.mixTarget.target.value, 1)} by ${s.requiredRate.mixTarget.target.deadline}), so the scan for the month it is reached stops early (${s.requiredRate.mixTarget.reachedMonth}) and the difference is mostly the bisection, plus the rest of the verdict. The plain-indicator row is the same measurement on the ministries level alone, solved in closed form (${fixed(s.requiredRate.plainTarget.target.value, 1)} by ${s.requiredRate.plainTarget.target.deadline}, reached ${s.requiredRate.plainTarget.reachedMonth}).
- Worker figures: \`vite preview\` serves \`dist/\` (built first when missing, or with \`--build\`); headless Chromium opens a blank page of the same origin (answered by a Playwright route, service workers blocked), starts \`new Worker('/${s.worker.workerFile}', { type: 'module' })\` and speaks comlink's wire format by hand: \`{ id, type: 'APPLY', path: ['monteCarlo'], argumentList: [{ type: 'RAW', value: request }, { type: 'RAW', value: options }] }\`, answered by \`{ id, type: 'RAW', value }\`. Round trip: \`performance.now()\` before \`postMessage\` to the reply's \`message\` event (the request's structured clone, the chunked run, the transfer back). ${s.settings.reps.workerWarmups} warm-up + ${s.settings.reps.worker} timed calls per case, 50 ms apart, one worker per case. The worker's bands equal \`runMonteCarlo\` in Node (largest difference ${w10.matchesNode.maxAbsDiff}).
- The instrumented copy is the same worker chunk imported after a probe module (also served by a route) that timestamps the request's arrival and the reply and wraps \`setTimeout\` to time each pause from the call to its callback: compute = time inside the worker minus the pauses; messaging = round trip minus time inside the worker.

### Reading the figures

- The worker pauses with \`setTimeout(0)\` before each of the ${w10.instrumented.pauses} indicators; each pause is set from the previous one's callback, so after 5 nested timers the HTML timer rules clamp it to ≥ 4 ms: ${fixed(pause(w10), 1)} ms per pause here, ${fixed(w10.instrumented.pausedMs.median, 0)} ms per run whatever the number of paths (${fixed(w1.instrumented.pausedMs.median, 0)} ms of the ${fixed(w1.roundTripMs.median, 0)} ms at 1,000 paths). A \`MessageChannel\` post yields to waiting messages without the clamp.
- Every path of every level draws one normal per month; the normal-draw row multiplies the measured cost of one draw by the draws of a 10,000-path run: a floor under the compute time as long as each of those draws is made with this generator, whatever the bookkeeping around it.
- The chunked Node row runs \`runMonteCarloInChunks\` with resolved-promise pauses: the cost of splitting the run per indicator without the timer clamp. Each chunk is its own \`runMonteCarlo\` call with a fresh workspace (the path matrix is paths × months), and the national mix's chunk holds the mix and its two levels, all three simulated and banded, of which only the mix is kept: the two levels run twice per request. The worker's compute (${ms(w10.instrumented.computeMs, 0)}) against this row (${ms(s.monteCarlo['linear-10000-chunked'].perCall, 0)}) is the difference between Chromium's V8 in a worker and Node's V8 ${v.v8.split('-')[0]}.
- The machine is shared and has 2 cores; the load average shows how busy it was. Compare rows of the same run.`;
}

/** Writes or replaces the engine section of BENCHMARKS.md, leaving other sections alone. */
export function writeEngineSection(file, summary) {
  writeMarkedSection(file, 'engine-bench', section(summary));
}
