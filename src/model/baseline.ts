import type { LoadedIndicator, LoadedObservation } from './load-dataset';
import type { MonthIndex } from './month';
import type { ReportedFigure } from './target-answer';
import { trendRate, type MonthValue } from './trend-rate';

/** An observation the user typed in (a newer report, a province's own figure). */
export interface UserObservation {
  month: MonthIndex;
  value: number;
}

/** Source id of a figure the user typed in. */
export const USER_SOURCE = 'user';

/** What baseline and trend read of a reported figure (and where it came from, when it says). */
export type CountedObservation = Pick<LoadedObservation, 'month' | 'value' | 'alternative' | 'assumption'> &
  Partial<Pick<LoadedObservation, 'source'>>;

/**
 * Points that count for baseline and trend, each with its source: seeded observations that are not marked
 * as alternative figures, plus the user's own (source `user`, winning over a seeded figure of the same
 * month), sorted by month. Past deadlines are judged on the same figures.
 * @example countedPoints([{ month: 5, value: 50, source: 'mic' }], [{ month: 5, value: 60 }])
 *   → [{ month: 5, value: 60, source: 'user' }]
 */
export function countedPoints(
  seeded: readonly CountedObservation[],
  user: readonly UserObservation[] = [],
): ReportedFigure[] {
  const byMonth = new Map<number, ReportedFigure>();
  for (const o of seeded)
    if (!o.alternative)
      byMonth.set(o.month, { month: o.month, value: o.value, source: o.source ?? USER_SOURCE });
  for (const o of user) byMonth.set(o.month, { month: o.month, value: o.value, source: USER_SOURCE });
  return [...byMonth.values()].sort((a, b) => a.month - b.month);
}

/** The latest counted point: where the projection starts. Null when nothing is known. */
export function baselineOf(points: readonly MonthValue[]): MonthValue | null {
  return points.at(-1) ?? null;
}

/** Which observations the trend is fitted over. */
export type TrendWindow = 'sinceBreak' | 'all' | 'last12';
export const TREND_WINDOWS: readonly TrendWindow[] = ['sinceBreak', 'all', 'last12'];

/**
 * The points a trend is fitted over: all of them, those of the last 12 months before the latest, or those
 * since the latest definitional break (all when there is none), so incomparable figures stay out.
 * @example windowPoints(points, 'last12', []) keeps months ≥ latest − 12
 */
export function windowPoints(
  points: readonly MonthValue[],
  window: TrendWindow,
  breakMonths: readonly MonthIndex[] = [],
): MonthValue[] {
  const latest = points.at(-1);
  if (!latest) return [];
  let from = -Infinity;
  if (window === 'last12') from = latest.month - 12;
  if (window === 'sinceBreak') from = Math.max(-Infinity, ...breakMonths.filter((m) => m <= latest.month));
  return points.filter((p) => p.month >= from);
}

/**
 * Shortest span of figures a trend is read from. Two figures a month or two apart mostly measure
 * reporting noise (the dossier share moved 39.98 → 51.7 from 10/2025 to 11/2025): extrapolating that
 * as 11.7 pp/month would tell a planner to be sure of a jump.
 */
export const MIN_TREND_SPAN_MONTHS = 6;

/**
 * The trend of the points: their least-squares slope when they span at least MIN_TREND_SPAN_MONTHS,
 * else null (no trend yet).
 * @example trendOf([{month: 0, value: 79.6}, {month: 6, value: 82.2}]) ≈ 0.4333; one month apart → null
 */
export function trendOf(points: readonly MonthValue[]): number | null {
  if (points.length < 2 || points.at(-1)!.month - points[0]!.month < MIN_TREND_SPAN_MONTHS) return null;
  return trendRate(points);
}

/**
 * Default slider value: the trend of the points, or 0 (flat) when there is none; the UI says which.
 * @example defaultRate([{month: 0, value: 79.6}, {month: 6, value: 82.2}]) ≈ 0.4333
 */
export function defaultRate(points: readonly MonthValue[]): number {
  return trendOf(points) ?? 0;
}

/** The points the trend of one indicator is fitted over, given the user's observations and the window. */
export function trendPoints(
  indicator: { observations: readonly CountedObservation[]; breaks?: readonly { month: MonthIndex }[] },
  userObservations: readonly UserObservation[] | undefined,
  window: TrendWindow,
): MonthValue[] {
  const breaks = (indicator.breaks ?? []).map((b) => b.month);
  // A value that rests on an unstated assumption is drawn, but does not steer the default trend.
  const stated = indicator.observations.filter((o) => !o.assumption);
  return windowPoints(countedPoints(stated, userObservations), window, breaks);
}

/** Default rate of every indicator, given the user's added observations and the trend window. */
export function defaultRates(
  indicators: readonly Pick<LoadedIndicator, 'id' | 'observations' | 'breaks'>[],
  userObservations: Readonly<Record<string, readonly UserObservation[]>>,
  window: TrendWindow = 'sinceBreak',
): Map<string, number> {
  return new Map(
    indicators.map((indicator) => [
      indicator.id,
      defaultRate(trendPoints(indicator, userObservations[indicator.id], window)),
    ]),
  );
}
