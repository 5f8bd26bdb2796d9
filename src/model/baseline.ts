import type { Indicator, Observation } from './dataset-schema';
import { monthIndex, type MonthIndex } from './month';
import { trendRate, type MonthValue } from './trend-rate';

/** An observation the user typed in (a newer report, a province's own figure). */
export interface UserObservation {
  month: MonthIndex;
  value: number;
}

/**
 * Points that count for baseline and trend: seeded observations that are not marked as alternative
 * figures, plus the user's own (which win over a seeded figure of the same month), sorted by month.
 */
export function countedPoints(
  seeded: readonly Observation[],
  user: readonly UserObservation[] = [],
): MonthValue[] {
  const byMonth = new Map<number, number>();
  for (const o of seeded) if (!o.alternative) byMonth.set(monthIndex(o.month), o.value);
  for (const o of user) byMonth.set(o.month, o.value);
  return [...byMonth].map(([month, value]) => ({ month, value })).sort((a, b) => a.month - b.month);
}

/** The latest counted point: where the projection starts. Null when nothing is known. */
export function baselineOf(points: readonly MonthValue[]): MonthValue | null {
  return points.at(-1) ?? null;
}

/**
 * Default slider value: the least-squares trend of the counted points, or 0 (flat) when there is only one
 * point; the UI says which.
 * @example defaultRate([{month: 0, value: 79.6}, {month: 6, value: 82.2}]) ≈ 0.4333
 */
export function defaultRate(points: readonly MonthValue[]): number {
  return trendRate(points) ?? 0;
}

/** Default rate of every indicator, given the user's added observations. */
export function defaultRates(
  indicators: readonly Indicator[],
  userObservations: Readonly<Record<string, readonly UserObservation[]>>,
): Map<string, number> {
  return new Map(
    indicators.map((indicator) => [
      indicator.id,
      defaultRate(countedPoints(indicator.observations, userObservations[indicator.id])),
    ]),
  );
}
