import { describe, expect, it } from 'vitest';
import { baselineOf, countedPoints, defaultRate, trendOf, trendPoints, windowPoints } from './baseline';
import { monthIndex } from './month';
import { trendFit } from './trend-rate';

const at = (month: string, value: number) => ({ month: monthIndex(month), value });
const from = (source: string, month: string, value: number) => ({ ...at(month, value), source });
const obs = (month: string, value: number, alternative = false) => ({
  month: monthIndex(month),
  value,
  source: 's',
  quote: 'q',
  alternative,
});

describe('counted points and baseline', () => {
  it('leaves alternative figures out and lets the user override a seeded month, with its source', () => {
    const points = countedPoints(
      [obs('2024-06', 56.58), obs('2024-06', 81.13, true), obs('2023-12', 50)],
      [{ month: monthIndex('2024-06'), value: 60 }],
    );
    expect(points).toEqual([from('s', '2023-12', 50), from('user', '2024-06', 60)]);
    expect(baselineOf(points)).toEqual(from('user', '2024-06', 60));
  });

  it('keeps the source of the seeded figure it counts, not of an alternative one the same month', () => {
    const alternative = { ...obs('2024-06', 81.13, true), source: 'survey' };
    expect(countedPoints([obs('2024-06', 56.58), alternative])).toEqual([from('s', '2024-06', 56.58)]);
  });
});

describe('trend windows', () => {
  const series = [at('2023-06', 10), at('2024-06', 20), at('2024-12', 18), at('2025-06', 16)];

  it.each([
    ['all', [], 4],
    ['last12', [], 3], // months ≥ 2025-06 − 12 = 2024-06
    ['sinceBreak', [monthIndex('2024-12')], 2],
    ['sinceBreak', [], 4], // no break: everything
    ['sinceBreak', [monthIndex('2026-01')], 4], // a break after the latest point does not apply
  ] as const)('%s with breaks %j keeps %d points', (window, breaks, count) => {
    expect(windowPoints(series, window, breaks)).toHaveLength(count);
  });

  it('shows a falling series falling: since the 2024-12 break, 18 → 16 in 6 months = −1/3 pp/month', () => {
    expect(defaultRate(windowPoints(series, 'sinceBreak', [monthIndex('2024-12')]))).toBeCloseTo(-1 / 3, 9);
  });

  it('fits the whole series when asked: slope over (0,10) (12,20) (18,18) (24,16) months', () => {
    // months from 2023-06: 0, 12, 18, 24; mean 13.5; values mean 16
    // Σdx·dy = (−13.5)(−6) + (−1.5)(4) + (4.5)(2) + (10.5)(0) = 81 − 6 + 9 = 84; Σdx² = 182.25 + 2.25 + 20.25 + 110.25 = 315
    expect(defaultRate(windowPoints(series, 'all'))).toBeCloseTo(84 / 315, 9);
    expect(trendFit(windowPoints(series, 'all'))!.valueAt(monthIndex('2023-06') + 13.5)).toBeCloseTo(16, 9);
  });

  it('reads breaks from the indicator', () => {
    const indicator = {
      observations: [obs('2024-06', 42), obs('2024-12', 45.8), obs('2025-10', 39.98)],
      breaks: [{ month: monthIndex('2025-07') }],
    };
    expect(trendPoints(indicator, undefined, 'sinceBreak')).toEqual([from('s', '2025-10', 39.98)]);
    expect(trendPoints(indicator, [{ month: monthIndex('2025-11'), value: 41 }], 'sinceBreak')).toHaveLength(
      2,
    );
  });
});

describe('trendOf: no trend from figures less than six months apart', () => {
  const at = (month: number, value: number) => ({ month, value });
  it.each([
    // fibre 79.6 → 82.2 six months apart: 2.6 / 6
    [[at(0, 79.6), at(6, 82.2)], 2.6 / 6],
    // the dossier share 39.98 (10/2025) → 51.7 (11/2025): one month is reporting noise, not a trend
    [[at(0, 39.98), at(1, 51.7)], null],
    [[at(0, 50), at(3, 48), at(5, 46)], null],
    [[at(0, 42)], null],
  ])('%j → %s', (points, expected) => {
    const trend = trendOf(points);
    if (expected === null) expect(trend).toBeNull();
    else expect(trend).toBeCloseTo(expected, 9);
  });

  it('leaves the default rate flat when there is no trend', () => {
    expect(defaultRate([at(0, 39.98), at(1, 51.7)])).toBe(0);
  });
});
