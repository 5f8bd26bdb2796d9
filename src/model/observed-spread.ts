import type { MonthValue } from './trend-rate';

/**
 * Spreads offered to the user, in pp/month (the standard deviation of one month's rate). The seeded trends
 * move 0.17–0.53 pp/month (IPv6 0.17, fibre 0.43, smartphones 0.53), so "low" is half a typical month's
 * progress, "medium" about one, "high" two: over 18 months 0.5 pp/month spreads the end value by
 * 0.5·√18 ≈ 2.1 pp (one standard deviation), 1 pp/month by ≈ 4.2 pp.
 */
export const SPREAD_PRESETS = { off: 0, low: 0.25, medium: 0.5, high: 1 } as const;

export type SpreadPreset = keyof typeof SPREAD_PRESETS;

/**
 * Sample standard deviation of the month-normalised changes between consecutive observations
 * (change ÷ months between), in the indicator's unit per month; null with fewer than three points (two
 * changes are the fewest that have a spread). Points are taken in month order; two points of the same month
 * give no change. A change over m months averages m monthly rates, so this understates the monthly spread by
 * about √m when observations are m months apart: read it as a floor.
 * @example observedSigma([{month: 0, value: 10}, {month: 6, value: 13}, {month: 12, value: 19}]) ≈ 0.35355
 */
export function observedSigma(points: readonly MonthValue[]): number | null {
  if (points.length < 3) return null;
  const sorted = [...points].sort((a, b) => a.month - b.month);
  const rates: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const months = sorted[i]!.month - sorted[i - 1]!.month;
    if (months > 0) rates.push((sorted[i]!.value - sorted[i - 1]!.value) / months);
  }
  if (rates.length < 2) return null;
  const mean = rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
  const squares = rates.reduce((sum, rate) => sum + (rate - mean) ** 2, 0);
  return Math.sqrt(squares / (rates.length - 1));
}
