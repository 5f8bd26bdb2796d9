// Backtest (npm run backtest): every indicator projected from the seed vintage (trend scenario, linear,
// default bands), each figure reported since scored against its month's band. Run by
// tests/bench/vitest.backtest.config.ts, launched by tests/bench/backtest.mjs. Reads the seeds through the
// model's loader only, so new later figures are scored as soon as they are added to seeds/.
import { expect, test } from 'vitest';
import { defaultRates } from '../../src/model/baseline';
import { bandSpreadOf, estimateBandModel, type BandModel } from '../../src/model/band-estimate';
import { bandEvidence } from '../../src/model/band-evidence';
import { spreadOptions, type BandSpread } from '../../src/model/band-spread';
import {
  coverage,
  familyOf,
  laterFigures,
  leaveOneOutSpreads,
  scoreFigures,
  type FigureKind,
  type ScoredFigure,
} from '../../src/model/backtest';
import { hindsightCoverage } from '../../src/model/hindsight';
import { monthText } from '../../src/model/month';
import { runMonteCarlo } from '../../src/model/monte-carlo';
import { latestDataset, dataset2024 } from '../../src/model/bundled-vintages';
import { buildRequest } from '../../src/state/build-request';
import { spreadOf } from '../../src/state/uncertainty';
import { logger, machine } from './bench-common.mjs';
import { writeBacktestSection } from './backtest-report.mjs';

const QUICK = process.env.BENCH_QUICK === '1';
const WRITE = process.env.BENCH_WRITE ? process.env.BENCH_WRITE === '1' : !QUICK;
const PATHS = QUICK ? 2_000 : 10_000;
const SEED = 1;
const log = logger('backtest');

const seed = dataset2024();
const latest = latestDataset();
const figures = laterFigures(seed, latest);
const horizon = Math.max(...figures.map((f) => f.month));
const request = buildRequest(
  seed,
  {
    model: 'linear',
    horizon,
    splitLevels: false,
    rateOverrides: {},
    userObservations: {},
    trendWindow: 'sinceBreak',
  },
  defaultRates(seed.indicators, {}, 'sinceBreak'),
);
const latestEvidence = latest.indicators.map((i) => bandEvidence(i));
const seedEvidence = new Map(seed.indicators.map((i) => [i.id, bandEvidence(i)]));

interface Method {
  name: string;
  spreads: Map<string, BandSpread>;
  models: BandModel[];
}

function estimated(name: string, modelFor: (id: string) => BandModel): Method {
  const models = seed.indicators.map((i) => modelFor(i.id));
  const spreads = new Map(
    seed.indicators.map((i, k) => [i.id, bandSpreadOf(models[k]!, seedEvidence.get(i.id)!)]),
  );
  return { name, spreads, models };
}

const allLatest = estimateBandModel(latestEvidence);
const seedOnly = estimateBandModel([...seedEvidence.values()]);
const methods: Method[] = [
  estimated('estimatedLeaveOneOut', (id) => estimateBandModel(latestEvidence, familyOf(latest, id))),
  estimated('estimatedInSample', () => allLatest),
  estimated('estimatedSeedOnly', () => seedOnly),
  {
    name: 'oldPreset',
    spreads: new Map(
      seed.indicators.map((i) => [
        i.id,
        { levelSd: 0, rateSd: 0, monthSd: spreadOf(i, 'medium', 0, undefined).sigma },
      ]),
    ),
    models: [],
  },
];

function score(method: Method): ScoredFigure[] {
  log(`${method.name}: ${PATHS} paths`);
  const result = runMonteCarlo(request, { paths: PATHS, seed: SEED, ...spreadOptions(method.spreads) })!;
  return scoreFigures(figures, result);
}

const KINDS: FigureKind[] = ['counted', 'behindBreak', 'alternative'];
const range = (values: number[]) => ({ min: Math.min(...values), max: Math.max(...values) });

test('backtest', () => {
  const results = methods.map((method) => {
    const scored = score(method);
    const byKind = Object.fromEntries(
      KINDS.map((kind) => [kind, coverage(scored.filter((s) => s.kind === kind))]),
    );
    const restsOn = method.models.length
      ? Object.fromEntries(
          (['indicators', 'pairs', 'rates', 'segments', 'errors'] as const).map((key) => [
            key,
            range(method.models.map((m) => m.restsOn[key])),
          ]),
        )
      : null;
    const scale = method.models.length ? range(method.models.map((m) => m.errorScale)) : null;
    return { name: method.name, byKind, restsOn, errorScale: scale, scored };
  });
  const headline = results[0]!;
  const perIndicator = [...new Set(figures.map((f) => f.indicatorId))].map((id) => ({
    id,
    name: latest.indicators.find((i) => i.id === id)!.name,
    ...Object.fromEntries(
      results.map((r) => [
        r.name,
        coverage(r.scored.filter((s) => s.indicatorId === id && s.kind === 'counted')),
      ]),
    ),
    kinds: Object.fromEntries(
      KINDS.map((k) => [k, figures.filter((f) => f.indicatorId === id && f.kind === k).length]),
    ),
  }));
  const summary = {
    date: new Date().toISOString(),
    quick: QUICK,
    machine: machine(),
    settings: {
      from: seed.vintage,
      scoredAgainst: latest.vintage,
      horizon: monthText(horizon),
      paths: PATHS,
      seed: SEED,
      model: 'linear',
      trendWindow: 'sinceBreak',
    },
    figures: Object.fromEntries(KINDS.map((k) => [k, figures.filter((f) => f.kind === k).length])),
    methods: results.map(({ scored, ...rest }) => ({
      ...rest,
      figures: scored.map((s) => ({
        ...s,
        month: monthText(s.month),
        band: s.band.map((v) => Number(v.toFixed(3))),
      })),
    })),
    perIndicator,
    pooledFromAllLatest: allLatest,
    pooledFromSeedOnly: seedOnly,
  };
  console.log(
    JSON.stringify({ ...summary, methods: summary.methods.map(({ figures: _f, ...m }) => m) }, null, 2),
  );

  // Every later figure of an indicator with a seed start must be scored by every method.
  const scorable = figures.length;
  expect(scorable, 'later figures to score').toBeGreaterThan(0);
  for (const r of results) expect(r.scored.length, `${r.name}: figures scored`).toBe(scorable);
  for (const r of results)
    for (const s of r.scored)
      expect(s.band.every(Number.isFinite), `${r.name}: band of ${s.indicatorId}`).toBe(true);
  expect(headline.byKind.counted!.figures).toBeGreaterThan(0);
  // The hindsight view draws the same bands and states the same headline (exact linear bands there).
  expect(methods[0]!.spreads).toEqual(leaveOneOutSpreads(seed, latest));
  expect(hindsightCoverage(seed, latest, methods[0]!.spreads, 'sinceBreak')).toEqual(headline.byKind.counted);
  if (WRITE) {
    writeBacktestSection('BENCHMARKS.md', summary);
    log('updated BENCHMARKS.md');
  }
});
