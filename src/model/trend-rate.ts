/** A point on the month grid. */
export interface MonthValue {
  month: number;
  value: number;
}

/**
 * Least-squares slope of the points, in units per month; null with fewer than two distinct months.
 * With two points it is the plain slope. A falling series gives a negative rate (never clamped).
 * @example trendRate([{month: 0, value: 79.6}, {month: 6, value: 82.2}]) ≈ 0.4333
 */
export function trendRate(points: readonly MonthValue[]): number | null {
  if (points.length < 2) return null;
  const meanMonth = points.reduce((sum, p) => sum + p.month, 0) / points.length;
  const meanValue = points.reduce((sum, p) => sum + p.value, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.month - meanMonth) * (p.value - meanValue);
    variance += (p.month - meanMonth) ** 2;
  }
  return variance === 0 ? null : covariance / variance;
}

/** Least-squares line through the points: slope per month and the value it gives at `month`. */
export interface TrendFit {
  ratePerMonth: number;
  valueAt(month: number): number;
}

/**
 * The fitted line itself, for drawing; null where trendRate is null.
 * @example trendFit([{month: 0, value: 1}, {month: 2, value: 5}])!.valueAt(1) === 3
 */
export function trendFit(points: readonly MonthValue[]): TrendFit | null {
  const slope = trendRate(points);
  if (slope === null) return null;
  const meanMonth = points.reduce((sum, p) => sum + p.month, 0) / points.length;
  const meanValue = points.reduce((sum, p) => sum + p.value, 0) / points.length;
  return { ratePerMonth: slope, valueAt: (month) => meanValue + slope * (month - meanMonth) };
}
