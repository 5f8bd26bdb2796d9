import { describe, expect, it } from 'vitest';
import { monthIndex } from './month';
import { trendRate } from './trend-rate';

const at = (month: string, value: number) => ({ month: monthIndex(month), value });

describe('trendRate (least squares, units per month)', () => {
  it.each([
    ['fibre 79.6 → 82.2 over 6 months', [at('2023-12', 79.6), at('2024-06', 82.2)], 2.6 / 6],
    ['smartphones 80.8 → 84 over 6 months', [at('2023-12', 80.8), at('2024-06', 84)], 3.2 / 6],
    ['digital signature 3 → 13.5 over 24 months', [at('2022-06', 3), at('2024-06', 13.5)], 10.5 / 24],
    // Falling series stays falling: 50, 48, 46 one month apart → −2.
    ['a falling series', [at('2024-01', 50), at('2024-02', 48), at('2024-03', 46)], -2],
    // Points (0,0), (1,1), (2,3): mean month 1, mean value 4/3; Σdx·dy = (−1)(−4/3) + 0 + (1)(5/3) = 3; Σdx² = 2 → 1.5
    ['three uneven points', [at('2024-01', 0), at('2024-02', 1), at('2024-03', 3)], 1.5],
  ])('%s', (_label, points, expected) => {
    expect(trendRate(points)).toBeCloseTo(expected, 9);
  });

  it('has no trend from a single observation (the dossier share) or from one month only', () => {
    expect(trendRate([at('2024-06', 42)])).toBeNull();
    expect(trendRate([at('2024-06', 42), at('2024-06', 43)])).toBeNull();
  });
});
