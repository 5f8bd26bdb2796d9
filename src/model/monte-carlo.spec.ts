import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROWTH_MODELS, type GrowthModel } from './growth-models';
import { BAND_QUANTILES, runMonteCarlo, type MonteCarloResult } from './monte-carlo';
import { monthIndex } from './month';
import { projectScenario } from './project-scenario';
import type { IndicatorInput, ProjectionRequest } from './projection-types';

const m = monthIndex;
const ROWS = BAND_QUANTILES.length;
/**
 * Month-by-month steps against valueAt's closed forms: 1e-9, relative once values pass 1 (an uncapped
 * count compounding for 54 months reaches ~10^6, where 54 roundings of a product differ from one pow by ~1e-9).
 */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function indicator(id: string, over: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    id,
    ceiling: 100,
    start: { month: m('2024-06'), value: 42 },
    ratePerMonth: 1,
    targets: [],
    ...over,
  };
}

/** Row j (0 = p10 … 4 = p90) of one indicator's band. */
function band(result: MonteCarloResult, id: string, row: number): Float64Array {
  const slot = result.layout.find((entry) => entry.id === id)!;
  const from = slot.offset + row * slot.length;
  return result.bands.subarray(from, from + slot.length);
}

// The dossier share (national mix of two levels), a compound-friendly count, and an indicator without data.
const page = (model: GrowthModel): ProjectionRequest => ({
  model,
  horizon: m('2027-12'),
  indicators: [
    indicator('national', {
      mix: { ministries: 'ministries', localities: 'localities', weight: 25 / 44 },
      targets: [
        { id: 'n80by2025', value: 80, deadline: m('2025-12') },
        { id: 'n100by2026', value: 100, deadline: m('2026-12') },
      ],
    }),
    indicator('ministries', { start: { month: m('2024-06'), value: 61 }, ratePerMonth: 2 }),
    indicator('localities', { start: { month: m('2024-03'), value: 17 }, ratePerMonth: 3 }),
    indicator('fibre', {
      start: { month: m('2024-06'), value: 82.2 },
      ratePerMonth: 2.6 / 6,
      targets: [
        { id: 'f90by2025', value: 90, deadline: m('2025-12') },
        { id: 'f80by2025', value: 80, deadline: m('2025-12') }, // already met at the start
        { id: 'f100by2028', value: 100, deadline: m('2028-06') }, // deadline after the horizon
      ],
    }),
    indicator('accounts', { ceiling: null, start: { month: m('2024-06'), value: 16.4 }, ratePerMonth: 0.3 }),
    indicator('adults', { start: null, targets: [{ id: 'a50', value: 50, deadline: m('2025-12') }] }),
  ],
});
const sigmaById = { national: 0.4, ministries: 0.5, localities: 0.8, fibre: 0.3, accounts: 0.2 };

describe('runMonteCarlo: reproducible', () => {
  const run = (seed: number, chunkSize?: number) =>
    runMonteCarlo(page('logistic'), { paths: 2000, seed, sigmaById, chunkSize })!;

  it('gives bit-identical bands and probabilities for the same seed, whatever the chunk size', () => {
    const first = run(11);
    for (const again of [run(11), run(11, 1), run(11, 7)]) {
      expect(new Uint8Array(again.bands.buffer)).toEqual(new Uint8Array(first.bands.buffer));
      expect(again.probabilities).toEqual(first.probabilities);
    }
  });

  it('gives other bands for another seed', () => {
    expect(Array.from(run(12).bands)).not.toEqual(Array.from(run(11).bands));
  });

  it('lays out bands like projectScenario lays out series, five rows each', () => {
    const result = run(11);
    const deterministic = projectScenario(page('logistic'));
    expect(result.layout.map(({ id, startMonth, length }) => ({ id, startMonth, length }))).toEqual(
      deterministic.layout.map(({ id, startMonth, length }) => ({ id, startMonth, length })),
    );
    expect(result.bands.length).toBe(ROWS * deterministic.series.length);
    // No start, no band and no probability for the adults indicator.
    expect(result.layout.find((slot) => slot.id === 'adults')!.length).toBe(0);
    expect(result.probabilities.map((p) => p.targetId)).toEqual([
      'n80by2025',
      'n100by2026',
      'f90by2025',
      'f80by2025',
      'f100by2028',
    ]);
  });
});

describe('runMonteCarlo with sigma 0 is projectScenario', () => {
  it.each(GROWTH_MODELS)(
    '%s: every band row is the deterministic series, every probability its verdict',
    (model) => {
      const request = page(model);
      const result = runMonteCarlo(request, { paths: 500, seed: 3, sigmaById: {} })!;
      const deterministic = projectScenario(request);
      for (const slot of deterministic.layout) {
        const series = deterministic.series.subarray(slot.offset, slot.offset + slot.length);
        for (let row = 0; row < ROWS; row++) {
          band(result, slot.id, row).forEach((value, k) => expect(close(value, series[k]!)).toBe(true));
        }
      }
      const verdicts = deterministic.verdicts.filter((v) => v.status !== 'noBaseline');
      expect(result.probabilities.map((p) => p.probability)).toEqual(
        verdicts.map((v) => (v.status === 'missed' ? 0 : 1)),
      );
      // Reached within the horizon: half and nine tenths of the (identical) paths get there that month.
      expect(result.probabilities.map((p) => [p.month50, p.month90])).toEqual(
        verdicts.map((v) => {
          const month = v.reachedMonth !== null && v.reachedMonth <= request.horizon ? v.reachedMonth : null;
          return [month, month];
        }),
      );
    },
  );

  it('needs 58/18 pp/month from 42% (2024-06) to reach 100% in 2025-12: probability 1, both months 2025-12', () => {
    const request: ProjectionRequest = {
      model: 'linear',
      horizon: m('2026-12'),
      indicators: [
        indicator('d', { ratePerMonth: 58 / 18, targets: [{ id: 't', value: 100, deadline: m('2025-12') }] }),
      ],
    };
    // 42 + 18 · 58/18 = 100 at 2025-12; one month earlier 42 + 17 · 58/18 = 96.78 < 100.
    expect(runMonteCarlo(request, { paths: 100, seed: 1, sigmaById: {} })!.probabilities[0]).toEqual({
      indicatorId: 'd',
      targetId: 't',
      probability: 1,
      month50: m('2025-12'),
      month90: m('2025-12'),
    });
  });

  const arbitraryIndicator = fc.record({
    start: fc.double({ min: 0.5, max: 99.5, noNaN: true }),
    rate: fc.double({ min: -3, max: 8, noNaN: true }),
    ceiling: fc.constantFrom(100, null),
    target: fc.double({ min: 1, max: 100, noNaN: true }),
    months: fc.integer({ min: 0, max: 60 }),
  });

  it('matches projectScenario for any model, start, rate, ceiling and target (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GROWTH_MODELS), arbitraryIndicator, (model, x) => {
        const request: ProjectionRequest = {
          model,
          horizon: m('2028-12'),
          indicators: [
            indicator('x', {
              start: { month: m('2024-06'), value: x.start },
              ratePerMonth: x.rate,
              ceiling: x.ceiling,
              targets: [{ id: 't', value: x.target, deadline: m('2024-06') + x.months }],
            }),
          ],
        };
        const result = runMonteCarlo(request, { paths: 10, seed: 1, sigmaById: { x: 0 } })!;
        const deterministic = projectScenario(request);
        const median = band(result, 'x', 2);
        const closeToSeries = median.every((v, k) => close(v, deterministic.series[k]!));
        const status = deterministic.verdicts[0]!.status;
        return closeToSeries && result.probabilities[0]!.probability === (status === 'missed' ? 0 : 1);
      }),
    );
  });
});

describe('runMonteCarlo with spread', () => {
  // Linear from 50 at 0.5 pp/month: exactly 62 after 24 months, the target. With sigma 0.5 the value at the
  // deadline is 62 + 0.5·(z1 + … + z24) ~ Normal(62, sd 0.5·√24 = 2.449), as long as no clamp binds: 0 and
  // 100 are ≥ 15 sd away from every month's mean, so they never do. P(value ≥ 62) = 0.5 and the estimate
  // from n = 10,000 paths has sd √(0.25/n) = 0.005: ±4 sd = ±0.02.
  const symmetric: ProjectionRequest = {
    model: 'linear',
    horizon: m('2026-06'),
    indicators: [
      indicator('s', {
        start: { month: m('2024-06'), value: 50 },
        ratePerMonth: 0.5,
        targets: [{ id: 't', value: 62, deadline: m('2026-06') }],
      }),
    ],
  };
  const result = runMonteCarlo(symmetric, { paths: 10_000, seed: 5, sigmaById: { s: 0.5 } })!;

  it('reaches a target on the deterministic path with probability 0.5 ± 0.02', () => {
    expect(Math.abs(result.probabilities[0]!.probability - 0.5)).toBeLessThan(0.02);
  });

  it('centres the band on the deterministic end value: p50 = 62 ± 0.123, p10/p90 = 62 ∓ 3.139 ± 0.168', () => {
    // Median's sd ≈ 1.2533·2.449/√n = 0.0307 (×4 = 0.123); z(0.9) = 1.2816 → 1.2816·2.449 = 3.139, and a
    // p10/p90 estimate has sd √(0.09/n)/φ(1.2816)·2.449 = 0.003/0.1755·2.449 = 0.0419 (×4 = 0.168).
    const end = (row: number) => band(result, 's', row)[24]!;
    expect(Math.abs(end(2) - 62)).toBeLessThan(0.123);
    expect(Math.abs(end(0) - (62 - 3.139))).toBeLessThan(0.168);
    expect(Math.abs(end(4) - (62 + 3.139))).toBeLessThan(0.168);
  });

  it('draws the band of a plain linear level exactly: p10/p90 at 24 months = 62 ∓ 1.2816·2.449 = 62 ∓ 3.1389', () => {
    const end = (row: number) => band(result, 's', row)[24]!;
    expect(end(0)).toBeCloseTo(62 - 1.2815515655446004 * 0.5 * Math.sqrt(24), 9);
    expect(end(4)).toBeCloseTo(62 + 1.2815515655446004 * 0.5 * Math.sqrt(24), 9);
  });

  it.each([
    // rate sd 0.1 per path: sd at 24 months = 0.1·24 = 2.4 → p90 = 62 + 1.2816·2.4 = 65.0757
    ['rate', { rateSdById: { s: 0.1 } }, 2.4],
    // level sd 3 per path: sd 3 every month → p90 = 62 + 1.2816·3 = 65.8447
    ['level', { levelSdById: { s: 3 } }, 3],
    // all three: √(3² + 2.4² + 0.5²·24) = √(9 + 5.76 + 6) = √20.76 = 4.5563 → p90 = 67.839
    ['all three', { sigmaById: { s: 0.5 }, rateSdById: { s: 0.1 }, levelSdById: { s: 3 } }, Math.sqrt(20.76)],
  ])(
    '%s spread: the simulated paths (a mix of weight 1) match the exact band at 24 months',
    (_l, spread, sd) => {
      // The mix is simulated; its only level is s, so its p90 estimates 62 + 1.2816·sd with sd
      // √(0.09/n)/φ(1.2816)·sd = 0.0171·sd at n = 10,000 (×4 = 0.068·sd). P(≥ 62) = 0.5 ± 0.02 as above.
      const mixed: ProjectionRequest = {
        ...symmetric,
        indicators: [
          indicator('mix', {
            mix: { ministries: 's', localities: 's', weight: 1 },
            targets: symmetric.indicators[0]!.targets,
          }),
          symmetric.indicators[0]!,
        ],
      };
      const run = runMonteCarlo(mixed, { paths: 10_000, seed: 3, sigmaById: {}, ...spread })!;
      expect(band(run, 's', 4)[24]).toBeCloseTo(62 + 1.2815515655446004 * sd, 9);
      expect(Math.abs(band(run, 'mix', 4)[24]! - (62 + 1.2815515655446004 * sd))).toBeLessThan(0.068 * sd);
      expect(Math.abs(band(run, 'mix', 2)[24]! - 62)).toBeLessThan(0.05 * sd);
      for (const p of run.probabilities) expect(Math.abs(p.probability - 0.5)).toBeLessThan(0.02);
    },
  );

  it('keeps a level’s paths in the mix: with localities fixed, national = w·ministries + (1 − w)·localities', () => {
    // Quantiles commute with an increasing affine map, so each national row is the ministries row, weighted,
    // plus the deterministic localities share (localities start 3 months earlier: shift of 3).
    const request = page('compound');
    const run = runMonteCarlo(request, {
      paths: 1000,
      seed: 9,
      sigmaById: { ministries: 0.7, localities: 0 },
    })!;
    const localities = band(run, 'localities', 2);
    const w = 25 / 44;
    for (let row = 0; row < ROWS; row++) {
      const ministries = band(run, 'ministries', row);
      band(run, 'national', row).forEach((value, k) =>
        expect(value).toBeCloseTo(w * ministries[k]! + (1 - w) * localities[k + 3]!, 9),
      );
    }
  });

  it('says 1 for a target already met at the start, from the start month, whatever the spread', () => {
    const run = runMonteCarlo(page('linear'), { paths: 500, seed: 2, sigmaById: { fibre: 3 } })!;
    expect(run.probabilities.find((p) => p.targetId === 'f80by2025')).toMatchObject({
      probability: 1,
      month50: m('2024-06'),
      month90: m('2024-06'),
    });
  });

  it('orders the rows p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90 and stays within [0, ceiling] every month (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROWTH_MODELS),
        fc.double({ min: 0.5, max: 99.5, noNaN: true }),
        fc.double({ min: -3, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 4, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer(),
        (model, start, rate, sigma, paths, seed) => {
          const request: ProjectionRequest = {
            model,
            horizon: m('2027-06'),
            indicators: [
              indicator('x', { start: { month: m('2024-06'), value: start }, ratePerMonth: rate }),
            ],
          };
          const run = runMonteCarlo(request, { paths, seed, sigmaById: { x: sigma } })!;
          const rows = Array.from({ length: ROWS }, (_, row) => band(run, 'x', row));
          return rows[0]!.every((_, k) =>
            rows.every((r, j) => r[k]! >= 0 && r[k]! <= 100 && (j === 0 || rows[j - 1]![k]! <= r[k]!)),
          );
        },
      ),
    );
  });
});

describe('runMonteCarlo: abort', () => {
  const options = { paths: 2000, seed: 1, sigmaById: { fibre: 0.3 }, chunkSize: 500 };

  it('returns null when asked to stop before the first chunk', () => {
    expect(runMonteCarlo(page('linear'), { ...options, shouldAbort: () => true })).toBeNull();
  });

  it('returns null when asked to stop between chunks, and asks no further', () => {
    let asked = 0;
    const result = runMonteCarlo(page('linear'), { ...options, shouldAbort: () => ++asked === 3 });
    expect(result).toBeNull();
    expect(asked).toBe(3);
  });

  it('asks once per chunk of each indicator and finishes when never told to stop', () => {
    // Only fibre has spread: 2000 paths / 500 = 4 asks. The national mix is one path (1 ask); the plain
    // linear levels without a target open have an exact band and simulate nothing (0 asks).
    let asked = 0;
    expect(
      runMonteCarlo(page('linear'), {
        ...options,
        shouldAbort: () => {
          asked++;
          return false;
        },
      }),
    ).not.toBeNull();
    expect(asked).toBe(4 + 1);
  });
});
