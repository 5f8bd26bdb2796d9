// Engine benchmark (npm run bench): the projection engine in Node, and Monte Carlo through the built
// worker in headless Chromium. Run by tests/bench/vitest.bench.config.ts (Node 20 cannot run .ts files),
// launched by tests/bench/engine-bench.mjs, which passes its flags in BENCH_* variables.
// Prints a JSON summary on stdout and updates the engine section of BENCHMARKS.md. Timings never fail it;
// a figure that could not be measured does.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { defaultRates } from '../../src/model/baseline';
import type { GrowthModel } from '../../src/model/growth-models';
import { monthText } from '../../src/model/month';
import { runMonteCarlo, type MonteCarloOptions } from '../../src/model/monte-carlo';
import { runMonteCarloInChunks } from '../../src/model/monte-carlo-chunked';
import { projectScenario, seriesOf } from '../../src/model/project-scenario';
import { createRandom } from '../../src/model/random';
import type { ProjectionRequest } from '../../src/model/projection-types';
import { requiredRate } from '../../src/model/required-rate';
import { latestDataset, dataset2024 } from '../../src/model/bundled-vintages';
import { spreadOptions } from '../../src/model/band-spread';
import { spreadsOf } from '../../src/state/uncertainty';
import { buildRequest, type ScenarioSnapshot } from '../../src/state/build-request';
import { loadAverage, logger, machine, packageVersion, ROOT, summarize } from './bench-common.mjs';
import { writeEngineSection } from './engine-report.mjs';
import { keep, timeCall, timeDifference, type Timing } from './engine-timing';
import { benchWorker } from './engine-worker.mjs';

const QUICK = process.env.BENCH_QUICK === '1';
const WRITE = process.env.BENCH_WRITE ? process.env.BENCH_WRITE === '1' : !QUICK;
const BUILD = process.env.BENCH_BUILD === '1';
// Another port per checkout (BENCH_PORT) lets several worktrees benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4181);
const SIGMA = 0.5;
const SEED = 1;
const PATH_COUNTS = [1_000, 2_000, 10_000];
const MC_MONTHS = 72;
/** Repetitions: µs-scale calls (batched), Monte Carlo calls, worker round trips. */
const REPS = QUICK
  ? { fast: 10, monteCarlo: 5, worker: 3, workerWarmups: 1 }
  : { fast: 50, monteCarlo: 30, worker: 9, workerWarmups: 2 };
const FAST = { reps: REPS.fast, warmupMs: QUICK ? 100 : 500, minRepMs: QUICK ? 2 : 5 };
const SLOW = { reps: REPS.monteCarlo, warmupMs: QUICK ? 0 : 500, minRepMs: 0, minWarmupCalls: QUICK ? 1 : 3 };

const log = logger('bench');
/** The engine before issue 12 (the commit this branch started from), timed in the same run for the ratio. */
const BEFORE_REV = process.env.BENCH_BEFORE_REV ?? '7901157';
const BEFORE_DIR = resolve(ROOT, 'tests/bench/.engine-before');

type RunMonteCarlo = typeof runMonteCarlo;

/**
 * The Monte Carlo engine as it was at BEFORE_REV, read from git into a scratch folder (deleted after the
 * run), with its imports of unchanged modules pointed at src/model/.
 */
async function engineBefore(): Promise<RunMonteCarlo> {
  mkdirSync(BEFORE_DIR, { recursive: true });
  for (const file of ['monte-carlo.ts', 'random.ts']) {
    const text = execFileSync('git', ['show', `${BEFORE_REV}:src/model/${file}`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const relinked = text.replace(
      /from '\.\/(growth-models|month|projection-types|required-rate)'/g,
      "from '../../../src/model/$1'",
    );
    writeFileSync(resolve(BEFORE_DIR, file), relinked);
  }
  const module = (await import(/* @vite-ignore */ resolve(BEFORE_DIR, 'monte-carlo.ts'))) as {
    runMonteCarlo: RunMonteCarlo;
  };
  return module.runMonteCarlo;
}

/**
 * Before and after, alternated call by call so both see the same load: medians of each and the median of
 * the per-repetition ratio after/before.
 */
function timePair(before: () => unknown, after: () => unknown, reps: number, warmups: number) {
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < warmups + reps; i++) {
    let t0 = performance.now();
    kept[0] = before();
    const tb = performance.now() - t0;
    t0 = performance.now();
    kept[1] = after();
    const ta = performance.now() - t0;
    if (i < warmups) continue;
    b.push(tb);
    a.push(ta);
    ratios.push(ta / tb);
  }
  return { before: summarize(b), after: summarize(a), ratio: summarize(ratios) };
}
/** Keeps the last results alive so the JIT cannot drop the timed calls. */
const kept: unknown[] = [];
const dataset = dataset2024();
const defaults = defaultRates(dataset.indicators, {});
const snapshot = (over: Partial<ScenarioSnapshot> = {}): ScenarioSnapshot => ({
  model: 'linear',
  horizon: 0,
  splitLevels: true,
  rateOverrides: {},
  userObservations: {},
  trendWindow: 'sinceBreak',
  ...over,
});
/** Projections start at each indicator's latest figure; "N months" runs N months past the latest start. */
const latestStart = Math.max(
  ...buildRequest(dataset, snapshot(), defaults).indicators.map((i) => i.start?.month ?? -Infinity),
);
const requestFor = (model: GrowthModel, months: number, over: Partial<ScenarioSnapshot> = {}) =>
  buildRequest(dataset, snapshot({ model, horizon: latestStart + months, ...over }), defaults);

/** What a run covers: indicators, series lengths, points drawn. */
function shape(request: ProjectionRequest) {
  const { layout } = projectScenario(request);
  const lengths = layout.map((slot) => slot.length).filter((n) => n > 0);
  return {
    indicators: request.indicators.length,
    projected: lengths.length,
    horizon: monthText(request.horizon),
    monthsPerSeries: { min: Math.min(...lengths), max: Math.max(...lengths) },
    points: lengths.reduce((sum, n) => sum + n, 0),
    targets: request.indicators.reduce((sum, i) => sum + i.targets.length, 0),
  };
}

const us = (t: Timing) => ({
  ...t,
  median: t.median * 1000,
  p10: t.p10 * 1000,
  p90: t.p90 * 1000,
  unit: 'µs',
});
const ms = (t: Timing) => ({ ...t, unit: 'ms' });

function projectionBench() {
  const out: Record<string, unknown> = {};
  for (const months of [72, 120]) {
    for (const model of ['linear', 'compound', 'logistic'] as const) {
      const request = requestFor(model, months);
      log(`projection: ${model}, ${months} months`);
      out[`${model}-${months}`] = {
        ...shape(request),
        perCall: us(timeCall(() => projectScenario(request), FAST)),
      };
    }
  }
  return out;
}

/**
 * µs of `projectScenario` with the request's targets, without them, and the difference, timed in pairs
 * (a difference of two separately timed medians of a few µs came out negative once). A difference that is
 * not above zero was not measured: it is reported as null, and the run fails.
 */
function targetCost(withTargets: ProjectionRequest) {
  const without = { ...withTargets, indicators: withTargets.indicators.map((i) => ({ ...i, targets: [] })) };
  const pair = timeDifference(
    () => projectScenario(withTargets),
    () => projectScenario(without),
    FAST,
  );
  return {
    withTargetsUs: pair.a * 1000,
    withoutTargetsUs: pair.b * 1000,
    extraUs: pair.diff.median > 0 ? pair.diff.median * 1000 : null,
    extraP10Us: pair.diff.p10 * 1000,
    extraP90Us: pair.diff.p90 * 1000,
  };
}

/**
 * The required-rate solves. The closed form is exported (requiredRate); the mix bisection is internal to
 * projectScenario, so it is timed as the extra cost of one target on the national mix (projection with the
 * target minus without), next to the same extra cost on a plain indicator (closed form). The target lies
 * 2 pp above the start, so the scan for the month it is reached stops after a few months and the
 * difference is mostly the solve; it also holds the rest of the verdict.
 */
function requiredRateBench() {
  // Every target of the dataset that has a start, solved in one call (varied inputs, as on the page).
  const solves = requestFor('linear', 72).indicators.flatMap((i) =>
    i.start
      ? i.targets.map((t) => [i.start!.value, t.value, t.deadline - i.start!.month, i.ceiling] as const)
      : [],
  );
  const closedForm: Record<string, unknown> = { solvesPerCall: solves.length };
  for (const model of ['linear', 'compound', 'logistic'] as const) {
    log(`required rate: closed form, ${model}`);
    const perCall = timeCall(
      () => solves.map(([v, target, n, ceiling]) => requiredRate(model, v, target, n, ceiling)),
      FAST,
    );
    closedForm[model] = us({
      ...perCall,
      median: perCall.median / solves.length,
      p10: perCall.p10 / solves.length,
      p90: perCall.p90 / solves.length,
    });
  }
  // Both levels of the national mix move 1 pp/month.
  const mixed = dataset.indicators.find((i) => i.mix && i.mixWeight)!;
  const full = requestFor('linear', 72, {
    rateOverrides: { [mixed.mix!.ministries]: 1, [mixed.mix!.localities]: 1 },
  });
  const byId = new Map(full.indicators.map((i) => [i.id, i]));
  const levels = [byId.get(mixed.mix!.ministries)!, byId.get(mixed.mix!.localities)!];
  const oneTarget = (indicators: ProjectionRequest['indicators']) => {
    const request = { ...full, indicators: indicators.map((i) => ({ ...i, targets: [] })) };
    const start = seriesOf(projectScenario(request), indicators[0]!.id)!;
    const target = { id: 'bench', value: start.values[0]! + 2, deadline: start.startMonth + 30 };
    request.indicators[0]!.targets = [target];
    const verdict = projectScenario(request).verdicts[0]!;
    return {
      indicator: indicators[0]!.id,
      target: { value: target.value, deadline: monthText(target.deadline) },
      required: verdict.required,
      reachedMonth: verdict.reachedMonth === null ? null : monthText(verdict.reachedMonth),
      ...targetCost(request),
    };
  };
  log('required rate: one target on the national mix');
  const mixTarget = oneTarget([byId.get(mixed.id)!, ...levels]);
  log('required rate: one target on a plain indicator');
  const plainTarget = oneTarget([levels[0]!]);
  log('verdicts of every target');
  const request = requestFor('linear', 72);
  const allTargets = { targets: shape(request).targets, ...targetCost(request) };
  return { closedForm, mixTarget, plainTarget, allTargets };
}

const sigmaById = Object.fromEntries(dataset.indicators.map((i) => [i.id, SIGMA]));
const mcOptions = (paths: number): MonteCarloOptions => ({ paths, seed: SEED, sigmaById });

/**
 * Normal draws of one path over the whole request, as the engine makes them: a level is simulated when
 * its band is read off the paths (a mix, a compound or logistic model) or when it has a target still open
 * (plain linear levels have an exact band); each simulated level draws one normal per month when it has
 * month-to-month variation, plus one per path for each of the rate and level offsets it has.
 */
function drawsPerPath(request: ProjectionRequest, options: MonteCarloOptions): number {
  const byId = new Map(request.indicators.map((i) => [i.id, i]));
  const deadlines = request.indicators.flatMap((i) => i.targets.map((t) => t.deadline));
  const endMonth = Math.max(request.horizon, ...deadlines);
  const open = new Set(
    projectScenario(request)
      .verdicts.filter((v) => v.status !== 'alreadyMet' && v.status !== 'noBaseline')
      .map((v) => v.indicatorId),
  );
  const sd = (map: Record<string, number> | undefined, side: string, id: string) =>
    map?.[side] ?? map?.[id] ?? 0;
  let draws = 0;
  for (const input of request.indicators) {
    const sides = input.mix ? [byId.get(input.mix.ministries)!, byId.get(input.mix.localities)!] : [input];
    if (sides.some((side) => !side.start)) continue;
    if (!input.mix && request.model === 'linear' && !open.has(input.id)) continue;
    for (const side of sides) {
      const months = Math.max(0, endMonth - side.start!.month);
      draws += sd(options.sigmaById, side.id, input.id) > 0 ? months : 0;
      draws += sd(options.rateSdById, side.id, input.id) > 0 ? 1 : 0;
      draws += sd(options.levelSdById, side.id, input.id) > 0 ? 1 : 0;
    }
  }
  return draws;
}

/** The app's default band: estimated from the latest vintage, run on the latest vintage's request. */
const latest = latestDataset();
const latestDefaults = defaultRates(latest.indicators, {});
const latestStartOfLatest = Math.max(
  ...buildRequest(latest, snapshot(), latestDefaults).indicators.map((i) => i.start?.month ?? -Infinity),
);
const estimatedRequest = buildRequest(
  latest,
  snapshot({ model: 'linear', horizon: latestStartOfLatest + MC_MONTHS }),
  latestDefaults,
);
const estimatedBands = spreadOptions(
  new Map([...spreadsOf(latest, {}, 'auto', 0)].map(([id, spread]) => [id, spread.band])),
);
const estimatedOptions = (paths: number): MonteCarloOptions => ({ paths, seed: SEED, ...estimatedBands });

async function monteCarloBench() {
  const out: Record<string, unknown> = {};
  const cases: [GrowthModel, number][] = [
    ...PATH_COUNTS.map((paths): [GrowthModel, number] => ['linear', paths]),
    ['logistic', 10_000],
  ];
  for (const [model, paths] of cases) {
    const request = requestFor(model, MC_MONTHS);
    log(`Monte Carlo in Node: ${model}, ${paths} paths`);
    out[`${model}-${paths}`] = {
      model,
      paths,
      ...shape(request),
      normalDraws: paths * drawsPerPath(request, mcOptions(paths)),
      perCall: ms(timeCall(() => runMonteCarlo(request, mcOptions(paths)), SLOW)),
    };
  }
  for (const paths of [1_000, 10_000]) {
    log(`Monte Carlo in Node: estimated band (latest vintage), ${paths} paths`);
    out[`estimated-${paths}`] = {
      model: 'linear',
      paths,
      ...shape(estimatedRequest),
      normalDraws: paths * drawsPerPath(estimatedRequest, estimatedOptions(paths)),
      perCall: ms(timeCall(() => runMonteCarlo(estimatedRequest, estimatedOptions(paths)), SLOW)),
    };
  }
  // Before and after in the same run, alternated (σ = 0.5 everywhere, as the "before" rows measured it).
  const before = await engineBefore();
  try {
    const request72 = requestFor('linear', MC_MONTHS);
    for (const paths of [1_000, 10_000]) {
      log(`Monte Carlo in Node, before (${BEFORE_REV}) and after alternated: ${paths} paths`);
      out[`beforeAfter-${paths}`] = timePair(
        () => before(request72, mcOptions(paths)),
        () => runMonteCarlo(request72, mcOptions(paths)),
        SLOW.reps,
        SLOW.minWarmupCalls,
      );
    }
  } finally {
    rmSync(BEFORE_DIR, { recursive: true, force: true });
  }
  // As the worker runs it: one runMonteCarlo per indicator, with an (already resolved) pause between.
  const request = requestFor('linear', MC_MONTHS);
  log('Monte Carlo in Node: chunked per indicator, 10000 paths');
  const samples: number[] = [];
  const pause = () => Promise.resolve();
  for (let i = 0; i < SLOW.minWarmupCalls + SLOW.reps; i++) {
    const t0 = performance.now();
    await runMonteCarloInChunks(request, mcOptions(10_000), pause, () => false);
    if (i >= SLOW.minWarmupCalls) samples.push(performance.now() - t0);
  }
  out['linear-10000-chunked'] = {
    model: 'linear',
    paths: 10_000,
    perCall: { ...summarize(samples), unit: 'ms' },
  };
  // The floor under every run: one standard normal draw of the engine's generator.
  const random = createRandom(SEED);
  log('normal draws');
  const draw = timeCall(() => {
    let sum = 0;
    for (let i = 0; i < 1000; i++) sum += random.nextNormal();
    return sum;
  }, FAST);
  out.normalDraw = { nsPerDraw: draw.median * 1000, p10: draw.p10 * 1000, p90: draw.p90 * 1000 };
  return out;
}

async function workerBench() {
  const paths = [10_000, 1_000];
  const cases = [
    ...paths.map((p) => ({
      name: `linear-${p}`,
      request: requestFor('linear', MC_MONTHS),
      options: mcOptions(p),
    })),
    ...paths.map((p) => ({
      name: `estimated-${p}`,
      request: estimatedRequest,
      options: estimatedOptions(p),
    })),
  ];
  const measured = await benchWorker({
    cases,
    runs: REPS.worker,
    warmups: REPS.workerWarmups,
    port: PORT,
    build: BUILD,
    log,
  });
  const results: Record<string, unknown> = {};
  for (const { name, request, options } of cases) {
    const { plain, probed } = measured.results[name] as WorkerRuns;
    // The worker's answer must be the engine's: same layout, bands equal up to the last bits.
    const reference = runMonteCarlo(request, options)!;
    const maxDiff = plain.bands.reduce((m, v, i) => Math.max(m, Math.abs(v - reference.bands[i]!)), 0);
    const sameShape =
      plain.bands.length === reference.bands.length && plain.probabilities === reference.probabilities.length;
    const probes = probed.rows.map((r) => r.probe!);
    results[name] = {
      paths: options.paths,
      roundTripMs: summarize(plain.rows.map((r) => r.roundTripMs)),
      instrumented: {
        roundTripMs: summarize(probed.rows.map((r) => r.roundTripMs)),
        insideWorkerMs: summarize(probes.map((p) => p.insideMs)),
        pausedMs: summarize(probes.map((p) => p.pausedMs)),
        computeMs: summarize(probes.map((p) => p.insideMs - p.pausedMs)),
        messagingMs: summarize(probed.rows.map((r) => r.roundTripMs - r.probe!.insideMs)),
        pauses: probes[0]?.pauses ?? null,
      },
      matchesNode: { sameShape, maxAbsDiff: maxDiff },
    };
  }
  return { chromium: measured.chromium, workerFile: measured.workerFile, results };
}

interface WorkerRuns {
  plain: { rows: { roundTripMs: number }[]; bands: number[]; probabilities: number };
  probed: {
    rows: { roundTripMs: number; probe: { insideMs: number; pausedMs: number; pauses: number } | null }[];
  };
}

test('engine benchmark', async () => {
  const loadAtStart = loadAverage();
  const started = performance.now();
  const projection = projectionBench();
  const required = requiredRateBench();
  const monteCarlo = await monteCarloBench();
  const worker = await workerBench();
  const summary = {
    date: new Date().toISOString(),
    quick: QUICK,
    machine: { ...machine(), loadAverage1m: { start: loadAtStart, end: loadAverage() } },
    versions: {
      node: process.version,
      v8: process.versions.v8,
      chromium: worker.chromium,
      vitest: packageVersion('vitest'),
    },
    settings: {
      dataset: dataset.vintage,
      splitLevels: true,
      latestStart: monthText(latestStart),
      sigma: SIGMA,
      seed: SEED,
      beforeRev: BEFORE_REV,
      reps: REPS,
      cpus: os.cpus().length,
    },
    projection,
    requiredRate: required,
    monteCarlo,
    worker,
    durationS: Math.round((performance.now() - started) / 100) / 10,
  };
  keep();
  console.log(JSON.stringify(summary, null, 2));

  const numbers = JSON.stringify(summary).match(/"(median|extraUs|nsPerDraw)":(null|[^,}]+)/g) ?? [];
  const broken = numbers.filter((n) => !Number.isFinite(Number(n.split(':')[1])));
  expect(broken, 'figures that could not be measured').toEqual([]);
  for (const name of Object.keys(worker.results)) {
    const check = (worker.results[name] as { matchesNode: { sameShape: boolean; maxAbsDiff: number } })
      .matchesNode;
    expect(check.sameShape, `worker result shape (${name})`).toBe(true);
    expect(check.maxAbsDiff, `worker bands vs Node (${name})`).toBeLessThan(1e-6);
  }
  for (const name of Object.keys(worker.results)) {
    const probe = (worker.results[name] as { instrumented: { pauses: number | null } }).instrumented;
    expect(probe.pauses, `pauses seen by the probe (${name})`).toBeGreaterThan(0);
  }
  if (WRITE) {
    writeEngineSection('BENCHMARKS.md', summary);
    log('updated BENCHMARKS.md');
  }
});
