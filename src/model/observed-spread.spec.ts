import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex } from './month';
import { observedSigma, SPREAD_PRESETS } from './observed-spread';

const at = (month: string, value: number) => ({ month: monthIndex(month), value });

describe('observedSigma (sd of month-normalised changes)', () => {
  it.each([
    // 10 → 13 → 19 six months apart: rates 0.5, 1; mean 0.75; sample sd √((0.25² + 0.25²)/1) = 0.353553
    [
      'two unequal six-month changes',
      [at('2024-01', 10), at('2024-07', 13), at('2025-01', 19)],
      Math.SQRT1_2 / 2,
    ],
    // 50 → 48 → 46 → 44 one month apart: every rate −2 → no spread
    ['a steady fall', [at('2024-01', 50), at('2024-02', 48), at('2024-03', 46), at('2024-04', 44)], 0],
    // 0 → 2 (2 months, rate 1) → 5 (1 month, rate 3) → 5 (3 months, rate 0): mean 4/3;
    // squares (1/3)² + (5/3)² + (4/3)² = 42/9; ÷ 2 = 7/3 → √(7/3) = 1.527525
    [
      'uneven gaps',
      [at('2024-01', 0), at('2024-03', 2), at('2024-04', 5), at('2024-07', 5)],
      Math.sqrt(7 / 3),
    ],
    // the same three points given out of order give the same answer as in order
    ['points out of order', [at('2025-01', 19), at('2024-01', 10), at('2024-07', 13)], Math.SQRT1_2 / 2],
  ])('%s', (_label, points, expected) => {
    expect(observedSigma(points)).toBeCloseTo(expected, 9);
  });

  it.each([
    ['no points', []],
    ['one point (the dossier share)', [at('2024-06', 42)]],
    ['two points (fibre 79.6 → 82.2)', [at('2023-12', 79.6), at('2024-06', 82.2)]],
    ['three points but two of the same month', [at('2024-01', 1), at('2024-01', 2), at('2024-02', 3)]],
  ])('is null with %s', (_label, points) => {
    expect(observedSigma(points)).toBeNull();
  });

  const series = fc
    .uniqueArray(fc.integer({ min: 0, max: 600 }), { minLength: 3, maxLength: 12 })
    .chain((months) =>
      fc.tuple(
        fc.constant(months),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
          minLength: months.length,
          maxLength: months.length,
        }),
      ),
    );

  it('ignores a constant shift of every value and scales with the values', () => {
    fc.assert(
      fc.property(series, fc.double({ min: -50, max: 50, noNaN: true }), ([months, values], shift) => {
        const points = months.map((month, i) => ({ month, value: values[i]! }));
        const sigma = observedSigma(points)!;
        const shifted = observedSigma(points.map((p) => ({ ...p, value: p.value + shift })))!;
        const doubled = observedSigma(points.map((p) => ({ ...p, value: 2 * p.value })))!;
        return sigma >= 0 && Math.abs(shifted - sigma) < 1e-6 && Math.abs(doubled - 2 * sigma) < 1e-6;
      }),
    );
  });
});

describe('SPREAD_PRESETS', () => {
  it('offers off, low, medium and high in pp/month, increasing', () => {
    expect(SPREAD_PRESETS).toEqual({ off: 0, low: 0.25, medium: 0.5, high: 1 });
  });
});
