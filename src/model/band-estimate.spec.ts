import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandSpreadOf, estimateBandModel, monthVariation, rateSdOf } from './band-estimate';
import { bandEvidence, type BandEvidence } from './band-evidence';
import { bandSd, pointScale } from './band-spread';
import { estimatedBands } from './estimated-bands';
import { latestDataset, dataset2024 } from './bundled-vintages';

const pts = (...pairs: [number, number][]) => pairs.map(([month, value]) => ({ month, value }));
const evidence = (id: string, points = pts(), pairDifferences: number[] = [], scale = 1): BandEvidence => ({
  id,
  points,
  scale,
  pairDifferences,
});

describe('bandSd and pointScale', () => {
  it.each([
    // √(3² + (0.5·8)²) = √(9 + 16) = 5
    [{ levelSd: 3, rateSd: 0.5, monthSd: 0 }, 8, 5],
    // √(0.5²·16) = 2
    [{ levelSd: 0, rateSd: 0, monthSd: 0.5 }, 16, 2],
    // √(1 + (0.1·10)² + 0.3²·10) = √(1 + 1 + 0.9) = √2.9
    [{ levelSd: 1, rateSd: 0.1, monthSd: 0.3 }, 10, Math.sqrt(2.9)],
    // before the start the level noise alone
    [{ levelSd: 2, rateSd: 1, monthSd: 1 }, -3, 2],
  ])('%o at %d months → %d', (spread, months, expected) => {
    expect(bandSd(spread, months)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['percent', 42, 1],
    ['percentOfGdp', 18.3, 1],
    ['billionUsd', 20.5, 0.205],
    ['millionAccounts', 75.7, 0.757],
  ] as const)('%s at %d: one point is %d', (unit, value, scale) => {
    expect(pointScale(unit, value)).toBeCloseTo(scale, 12);
  });
});

describe('monthVariation', () => {
  it('pools (segment slope − trend)² · months over series with three or more points', () => {
    // 0, 6, 6, 12 at months 0, 6, 12, 18: trend 108/180 = 0.6; slopes 1, 0, 1;
    // (0.4² + 0.6² + 0.4²) · 6 = 4.08 over n − 2 = 2 → √2.04. The two-point series adds nothing.
    const result = monthVariation([pts([0, 0], [6, 6], [12, 6], [18, 12]), pts([0, 1], [6, 9])]);
    expect(result.monthSd).toBeCloseTo(Math.sqrt(2.04), 12);
    expect(result.segments).toBe(3);
  });

  it('ignores a shift of every value and scales with the values (property)', () => {
    const series = fc
      .uniqueArray(fc.integer({ min: 0, max: 600 }), { minLength: 3, maxLength: 12 })
      .chain((months) =>
        fc.tuple(
          fc.constant([...months].sort((a, b) => a - b)),
          fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
            minLength: months.length,
            maxLength: months.length,
          }),
        ),
      );
    fc.assert(
      fc.property(series, fc.double({ min: -50, max: 50, noNaN: true }), ([months, values], shift) => {
        const points = months.map((month, i) => ({ month, value: values[i]! }));
        const sd = monthVariation([points]).monthSd;
        const shifted = monthVariation([points.map((p) => ({ ...p, value: p.value + shift }))]).monthSd;
        const doubled = monthVariation([points.map((p) => ({ ...p, value: 2 * p.value }))]).monthSd;
        return sd >= 0 && Math.abs(shifted - sd) < 1e-6 && Math.abs(doubled - 2 * sd) < 1e-6;
      }),
    );
  });

  it('is 0 on 0 segments when no series has three points (the seed vintage)', () => {
    expect(monthVariation([pts([0, 1], [6, 2]), pts([0, 5])])).toEqual({ monthSd: 0, segments: 0 });
  });
});

describe('rateSdOf', () => {
  const model = { monthSd: 1.2, flatRateSd: 0.7 };
  it.each([
    // a single point has no slope: the pooled spread of rates
    ['one point', pts([0, 42]), 0.7],
    // two points 36 months apart: the slope averages 36 monthly rates → 1.2/√36 = 0.2
    ['two points', pts([0, 10], [36, 20]), 0.2],
    // three points on a line over 16 months: residuals 0 → 1.2/√16 = 0.3
    ['three points on a line', pts([0, 0], [8, 4], [16, 8]), 0.3],
    // 0, 10, 0 at 0, 1, 2: slope 0, residuals 10/3·(−1, 2, −1) → RSS 600/9, s² = 66.67, Sxx 2 → √33.33 = 5.7735
    ['three points far off a line', pts([0, 0], [1, 10], [2, 0]), Math.sqrt(100 / 3)],
    ['no point', pts(), 0],
  ])('%s → %d', (_label, points, expected) => {
    expect(rateSdOf(model, points)).toBeCloseTo(expected, 9);
  });
});

describe('estimateBandModel', () => {
  // a: pair 3, rate 0.3 (two points); b: pair −4, rate 0.4; c: one point, no pair.
  const a = evidence('a', pts([0, 10], [10, 13]), [3]);
  const b = evidence('b', pts([0, 50], [10, 54]), [-4]);
  const c = evidence('c', pts([10, 70]));

  it('pools level noise from pairs and the spread of rates from every series with two points', () => {
    const model = estimateBandModel([a, b, c]);
    // each figure's variance is half a squared difference: (9 + 16)/(2·2) = 6.25 → 2.5
    expect(model.levelSd).toBeCloseTo(2.5, 12);
    // √((0.3² + 0.4²)/2) = √0.125
    expect(model.flatRateSd).toBeCloseTo(Math.sqrt(0.125), 12);
    expect(model.monthSd).toBe(0);
    // two past errors (a's and b's second point, forecast flat): fewer than 3 → scale 1
    expect(model.errorScale).toBe(1);
    expect(model.restsOn).toEqual({ indicators: 2, pairs: 2, rates: 2, segments: 0, errors: 2 });
  });

  it('leaves the excluded indicators out of every pooled part', () => {
    const model = estimateBandModel([a, b, c], new Set(['b']));
    expect(model.levelSd).toBeCloseTo(3 / Math.SQRT2, 12);
    expect(model.flatRateSd).toBeCloseTo(0.3, 12);
    expect(model.restsOn.pairs).toBe(1);
  });

  it('scales the band so past errors have unit spread', () => {
    // Flat forecasts of the second point: errors 3 and 4 over 10 months with sd √(2.5² + (√0.125·10)²)
    // = √(6.25 + 12.5) = √18.75; with a third series (error 5) and its rate, the scale is √(mean z²).
    const d = evidence('d', pts([0, 0], [10, 5]));
    const model = estimateBandModel([a, b, c, d]);
    const flat = Math.sqrt((0.09 + 0.16 + 0.25) / 3);
    const sd = Math.sqrt(2.5 ** 2 + (flat * 10) ** 2);
    expect(model.errorScale).toBeCloseTo(Math.sqrt((9 + 16 + 25) / 3) / sd, 9);
    // The indicator's band in its unit: the pooled parts, its own rate sd, times scale and the unit.
    const spread = bandSpreadOf(model, { ...c, scale: 2 });
    expect(spread.levelSd).toBeCloseTo(2.5 * model.errorScale * 2, 9);
    expect(spread.rateSd).toBeCloseTo(flat * model.errorScale * 2, 9);
  });
});

describe('bandEvidence and estimatedBands on the seeds', () => {
  it('reads the essential-services disagreement of 2024-06 as one pair: 81.13 − 56.58 = 24.55', () => {
    const essential = dataset2024().indicators.find((i) => i.id === 'essentialServicesOnPortal')!;
    const e = bandEvidence(essential);
    expect(e.points).toEqual([{ month: 2024 * 12 + 5, value: 56.58 }]);
    expect(e.pairDifferences).toHaveLength(1);
    expect(e.pairDifferences[0]).toBeCloseTo(24.55, 9);
  });

  it('gives every indicator with a figure a band that widens with time, and says what it rests on', () => {
    const bands = estimatedBands(latestDataset().indicators);
    for (const [id, band] of bands) {
      if (band.ownPoints === 0) continue;
      expect(bandSd(band.spread, 24), id).toBeGreaterThan(bandSd(band.spread, 6));
      expect(band.model.restsOn.indicators).toBeGreaterThan(5);
    }
  });
});
