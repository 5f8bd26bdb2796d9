import {
  baselineOf,
  countedPoints,
  trendOf,
  trendPoints,
  type CountedObservation,
  type TrendWindow,
  type UserObservation,
} from './baseline';
import type { Localized } from './dataset-schema';
import type { LoadedObservation } from './load-dataset';
import type { MonthIndex } from './month';
import type { ReportedFigure } from './target-answer';
import { trendFit, type MonthValue } from './trend-rate';

/** What a card shows beside the projection: where it starts, the fitted trend and the break that applies. */
export interface DisplayFacts {
  /**
   * Counted figures (seeded and the user's), oldest first, each with its source (`user` for the user's own):
   * the projection starts from the latest and past deadlines are judged on them.
   */
  figures: ReportedFigure[];
  baseline: MonthValue | null;
  /** Slope of the trend window; null without a trend (see trendOf): the default rate is then flat. */
  trendRate: number | null;
  /** The least-squares line over the trend window, from its first to its last point. */
  trendLine: { from: MonthIndex; to: MonthIndex; startValue: number; endValue: number } | null;
  /** The latest definitional break at or before the baseline (earlier figures are drawn lighter). */
  breakMonth: MonthIndex | null;
  /** How the starting figure's definition differs from what the indicator counts (a survey proxy), if it does. */
  baselineNote: Localized | null;
}

/**
 * Baseline, trend and break of one indicator, worked out once per change of its figures or the window.
 * @example displayFacts(fibre, [], 'all').baseline → the latest seeded fibre figure
 */
export function displayFacts(
  indicator: {
    observations: readonly (CountedObservation & Partial<Pick<LoadedObservation, 'definitionNote'>>)[];
    breaks: readonly { month: MonthIndex }[];
  },
  user: readonly UserObservation[] | undefined,
  window: TrendWindow,
): DisplayFacts {
  const figures = countedPoints(indicator.observations, user);
  const baseline = baselineOf(figures);
  const breaks = indicator.breaks.map((b) => b.month);
  // The same rule as the default rate: stated figures since the break, spanning at least six months.
  const fitted = trendPoints(indicator, user, window);
  const fit = trendOf(fitted) === null ? null : trendFit(fitted);
  const trendLine =
    fit && fitted.length
      ? {
          from: fitted[0]!.month,
          to: fitted.at(-1)!.month,
          startValue: fit.valueAt(fitted[0]!.month),
          endValue: fit.valueAt(fitted.at(-1)!.month),
        }
      : null;
  const breakMonth = breaks.filter((m) => baseline !== null && m <= baseline.month).at(-1) ?? null;
  // A user's own figure has no note; a seeded one is found by its month and value.
  const baselineNote =
    (baseline &&
      indicator.observations.find(
        (o) => !o.alternative && o.month === baseline.month && o.value === baseline.value,
      )?.definitionNote) ??
    null;
  return {
    figures,
    baseline,
    trendRate: fit?.ratePerMonth ?? null,
    trendLine,
    breakMonth,
    baselineNote,
  };
}
