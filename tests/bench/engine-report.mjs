// The "Engine benchmark" section of BENCHMARKS.md, from the summary printed by engine.bench-run.ts.
import { machineText, writeMarkedSection } from './bench-common.mjs';

const TARGET_WORKER_MS = 60;
const TARGET_WORKER_1K_MS = 10;

/** A figure that could not be measured fails the report: it is never printed as a dash. */
const fixed = (x, digits) => {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`a figure could not be measured: ${x}`);
  return x.toFixed(digits);
};
/** The run before issue 12 (2026-11-25, same machine), for the before/after rows. */
const BEFORE = { node10k: 455.4, node1k: 49.1, worker10k: 620.8, worker1k: 71.0, drawNs: 13.2 };
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
  const e10 = s.worker.results['estimated-10000'];
  const e1 = s.worker.results['estimated-1000'];
  const models = ['linear', 'compound', 'logistic'];
  const projection = (months) => [
    `Projection, all indicators, ${months} months (${int(p[`linear-${months}`].points)} points): ${models.join(' / ')}`,
    models.map((m) => us(p[`${m}-${months}`].perCall)).join(' / '),
    range(p[`linear-${months}`].perCall, 'µs'),
    '',
  ];
  const draws = mc['linear-10000'].normalDraws;
  const floorMs = (draws * mc.normalDraw.nsPerDraw) / 1e6;
  const target = (t, goal) =>
    `≤ ${goal} ms: ${t.median <= goal ? 'met' : `**not met** (${fixed(t.median / goal, 1)}×)`}`;
  const vsNode = (w, node) => `${fixed(w.roundTripMs.median / node.perCall.median, 2)}× the Node run`;
  const probe = (w) => [
    '… instrumented copy: compute / MessageChannel pauses / messaging',
    `${ms(w.instrumented.computeMs)} / ${ms(w.instrumented.pausedMs)} / ${ms(w.instrumented.messagingMs)}`,
    `${w.instrumented.pauses} pauses`,
    '',
  ];
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
      `${fixed(r.mixTarget.extraP10Us, 1)}–${fixed(r.mixTarget.extraP90Us, 1)} µs (paired); ${fixed(r.mixTarget.withTargetsUs, 1)} with, ${fixed(r.mixTarget.withoutTargetsUs, 1)} without`,
      '',
    ],
    [
      'Same on a plain indicator (closed form), for comparison',
      `${fixed(r.plainTarget.extraUs, 1)} µs`,
      `${fixed(r.plainTarget.extraP10Us, 1)}–${fixed(r.plainTarget.extraP90Us, 1)} µs (paired); ${fixed(r.plainTarget.withTargetsUs, 1)} with, ${fixed(r.plainTarget.withoutTargetsUs, 1)} without`,
      '',
    ],
    [
      `Verdicts of all ${r.allTargets.targets} targets, 72 months (projection with − without targets)`,
      `${fixed(r.allTargets.extraUs, 1)} µs`,
      `${fixed(r.allTargets.extraP10Us, 1)}–${fixed(r.allTargets.extraP90Us, 1)} µs (paired); ${fixed(r.allTargets.withTargetsUs, 1)} with, ${fixed(r.allTargets.withoutTargetsUs, 1)} without`,
      '',
    ],
    ...[1_000, 2_000, 10_000].map((paths) => [
      `Monte Carlo in Node, ${int(paths)} paths × all × 72 months (linear, σ = 0.5 everywhere)`,
      ms(mc[`linear-${paths}`].perCall),
      range(mc[`linear-${paths}`].perCall, 'ms'),
      paths === 10_000
        ? `before: ${BEFORE.node10k} ms`
        : paths === 1_000
          ? `before: ${BEFORE.node1k} ms`
          : '',
    ]),
    ...[1_000, 10_000].map((paths) => {
      const pair = mc[`beforeAfter-${paths}`];
      return [
        `**Same run, alternated call by call: before (${s.settings.beforeRev}) → after, ${int(paths)} paths, Node**`,
        `**${ms(pair.before)} → ${ms(pair.after)}**`,
        `after/before ${fixed(pair.ratio.median, 3)} (p10–p90 ${fixed(pair.ratio.p10, 3)}–${fixed(pair.ratio.p90, 3)})`,
        `${fixed(1 / pair.ratio.median, 1)}× faster`,
      ];
    }),
    [
      'Monte Carlo in Node, 10,000 × all × 72 (logistic, every band read off the paths)',
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
    ...[1_000, 10_000].map((paths) => [
      `Monte Carlo in Node, ${int(paths)} paths, the default band (estimated, latest vintage)`,
      ms(mc[`estimated-${paths}`].perCall),
      range(mc[`estimated-${paths}`].perCall, 'ms'),
      '',
    ]),
    [
      `Normal draw (\`createRandom().nextNormal()\`, ziggurat); × ${int(draws)} draws of a 10,000-path run`,
      `${fixed(mc.normalDraw.nsPerDraw, 1)} ns; ${fixed(floorMs, 0)} ms`,
      `${fixed(mc.normalDraw.p10, 1)}–${fixed(mc.normalDraw.p90, 1)} ns`,
      `before: ${BEFORE.drawNs} ns (polar Box–Muller)`,
    ],
    [
      '**Monte Carlo in the worker (Chromium), 10,000 × all × 72, round trip** (σ = 0.5 everywhere)',
      `**${ms(w10.roundTripMs)}**`,
      `${range(w10.roundTripMs, 'ms')}; ${vsNode(w10, mc['linear-10000'])}`,
      `${target(w10.roundTripMs, TARGET_WORKER_MS)}; before: ${BEFORE.worker10k} ms`,
    ],
    probe(w10),
    [
      '**Monte Carlo in the worker, 1,000 paths (the app default), round trip**',
      `**${ms(w1.roundTripMs)}**`,
      `${range(w1.roundTripMs, 'ms')}; ${vsNode(w1, mc['linear-1000'])}`,
      `${target(w1.roundTripMs, TARGET_WORKER_1K_MS)}; before: ${BEFORE.worker1k} ms`,
    ],
    probe(w1),
    [
      'Monte Carlo in the worker, the default band (estimated, latest vintage), 10,000 paths',
      ms(e10.roundTripMs),
      `${range(e10.roundTripMs, 'ms')}; ${vsNode(e10, mc['estimated-10000'])}`,
      target(e10.roundTripMs, TARGET_WORKER_MS),
    ],
    probe(e10),
    [
      'Same, 1,000 paths',
      ms(e1.roundTripMs),
      `${range(e1.roundTripMs, 'ms')}; ${vsNode(e1, mc['estimated-1000'])}`,
      target(e1.roundTripMs, TARGET_WORKER_1K_MS),
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
  const e10 = s.worker.results['estimated-10000'];
  const table = [
    '| Metric | Median | p10–p90 (or detail) | Target |',
    '| --- | --- | --- | --- |',
    ...rows(s).map((cells) => `| ${cells.join(' | ')} |`),
  ];
  return `## Engine benchmark (npm run bench)

Measured ${s.date} on ${machineText(m)}; 1-minute load average ${m.loadAverage1m.start} before, ${m.loadAverage1m.end} after. Node ${v.node} (V8 ${v.v8}), Chromium ${v.chromium} (headless, \`--disable-gpu\`), Vitest ${v.vitest}.${s.quick ? ' **Quick run** (fewer repetitions).' : ''}

Dataset \`${s.settings.dataset}\` (\`dataset2024()\`), \`buildRequest\` with split levels and the default (trend) rates: ${p72.indicators} indicators, ${p72.projected} with a figure to project from. "N months" sets the horizon N months after the latest start (${s.settings.latestStart}); each series runs from its own start, so 72 months means ${p72.monthsPerSeries.min}–${p72.monthsPerSeries.max} months per series, ${int(p72.points)} points (horizon ${p72.horizon}), and 120 months ${int(p120.points)} points (horizon ${p120.horizon}). Monte Carlo: σ = ${s.settings.sigma} pp/month of month-to-month variation for every indicator (the figure compared with the run before), seed ${s.settings.seed}; the default-band rows run the latest vintage's request (\`latestDataset()\`, same settings) with the band estimated from data (level, rate and month-to-month parts; see README, METHOD).

${table.join('\n')}

### How it is measured

- \`npm run bench\` runs \`tests/bench/engine.bench-run.ts\` under Vitest with its own config (\`tests/bench/vitest.bench.config.ts\`; the normal \`vitest run\` never picks it up), in one Node process. \`--quick\` cuts the repetitions; it still prints every figure and exits non-zero only when a figure could not be measured.
- Node figures: \`performance.now()\` around the call. Each case first runs for a warm-up (≥ 500 ms, ≥ 3 calls for Monte Carlo), then ${s.settings.reps.fast} repetitions for the µs-scale calls (each repetition a batch of calls lasting ≥ 5 ms, divided by the batch size) and ${s.settings.reps.monteCarlo} repetitions of one call for Monte Carlo. The table shows the median and the 10th–90th percentile of the repetitions.
- The mix bisection (\`requiredMixRate\` in \`project-scenario.ts\`) is not exported, so it is timed as \`projectScenario\` of the national mix and its two levels with one target minus the same without it: both levels at 1 pp/month, the target 2 pp above the mix's start (${fixed(s.requiredRate.mixTarget.target.value, 1)} by ${s.requiredRate.mixTarget.target.deadline}), so the scan for the month it is reached stops early (${s.requiredRate.mixTarget.reachedMonth}) and the difference is mostly the bisection, plus the rest of the verdict. These "with − without" rows are timed in pairs: each repetition times a batch with the target and a batch without, back to back in alternating order, and the row gives the median and the 10th–90th percentile of those paired differences (two separately timed medians of a few µs once differed by less than their noise and came out negative); a difference not above zero fails the run. The plain-indicator row is the same measurement on the ministries level alone, solved in closed form (${fixed(s.requiredRate.plainTarget.target.value, 1)} by ${s.requiredRate.plainTarget.target.deadline}, reached ${s.requiredRate.plainTarget.reachedMonth}).
- Worker figures: \`vite preview\` serves \`dist/\` (built first when missing, or with \`--build\`); headless Chromium opens a blank page of the same origin (answered by a Playwright route, service workers blocked), starts \`new Worker('/${s.worker.workerFile}', { type: 'module' })\` and speaks comlink's wire format by hand: \`{ id, type: 'APPLY', path: ['monteCarlo'], argumentList: [{ type: 'RAW', value: request }, { type: 'RAW', value: options }] }\`, answered by \`{ id, type: 'RAW', value }\`. Round trip: \`performance.now()\` before \`postMessage\` to the reply's \`message\` event (the request's structured clone, the chunked run, the transfer back). ${s.settings.reps.workerWarmups} warm-up + ${s.settings.reps.worker} timed calls per case, 50 ms apart, one worker per case. The worker's bands equal \`runMonteCarlo\` in Node (largest difference ${w10.matchesNode.maxAbsDiff}).
- The instrumented copy is the same worker chunk imported after a probe module (also served by a route) that timestamps the request's arrival and the reply and wraps \`MessageChannel\` (the worker's pause: a post on port2 answered on port1) to time each pause from the post to its handler: compute = time inside the worker minus the pauses; messaging = round trip minus time inside the worker. The run fails when the probe sees no pause.

### Reading the figures

- Before (the 2026-11-25 run, same machine): every path of every level drew one polar Box–Muller normal per month and every band was read off 10,000 sorted-by-bucket columns. Now a plain linear level's band is exact (the clamp of a normal whose variance adds the level, rate and month-to-month parts), so its paths are simulated only when it has a target still open, for the probabilities and the months reached; the mix and the compound and logistic models still read their bands off the paths. Normals come from a ziggurat on the same xoroshiro128+ stream (\`random.spec.ts\` checks it against the normal distribution). The normal-draw row multiplies the cost of one draw by the draws the run really makes.
- The worker pauses with a \`MessageChannel\` post between indicators once 8 ms have passed since the last pause: ${w10.instrumented.pauses} pauses of ${fixed(pause(w10), 2)} ms each at 10,000 paths (${fixed(w10.instrumented.pausedMs.median, 1)} ms per run), ${w1.instrumented.pauses} at 1,000. A newer request arriving in a pause makes the run stale; it stops there and answers null (\`tests/unit/projection-worker.spec.ts\`).
- The chunked Node row runs \`runMonteCarloInChunks\` with resolved-promise pauses. Each chunk bands only its own indicator (\`ids\`), so the two levels of the national mix are no longer banded twice. The worker's compute (${ms(w10.instrumented.computeMs, 1)}) against this row (${ms(s.monteCarlo['linear-10000-chunked'].perCall, 1)}) is the difference between Chromium's V8 in a worker and Node's V8 ${v.v8.split('-')[0]}. The default band (${ms(e10.roundTripMs, 1)} at 10,000 paths) simulates more: the latest vintage has more indicators with a target open.
- The machine is shared and has 2 cores; the load average shows how busy it was. Compare rows of the same run.`;
}

/** Writes or replaces the engine section of BENCHMARKS.md, leaving other sections alone. */
export function writeEngineSection(file, summary) {
  writeMarkedSection(file, 'engine-bench', section(summary));
}
