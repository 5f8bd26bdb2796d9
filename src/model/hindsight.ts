import { baselineOf, countedPoints, defaultRate, trendOf, trendPoints, type TrendWindow } from './baseline';
import { valueAt, type GrowthModel } from './growth-models';
import type { Dataset, LoadedIndicator } from './load-dataset';
import { monthIndex, type MonthIndex } from './month';

/** One later figure set against what the seed-era projection said for its month. */
export interface HindsightRow {
  month: MonthIndex;
  projected: number;
  reported: number;
  /** Reported minus projected: positive means reality beat the projection. */
  difference: number;
  alternative: boolean;
  source: string;
}

/** Whether a target was in fact met, judged by the latest figure reported by its deadline. */
export interface TargetOutcome {
  targetId: string;
  value: number;
  deadline: MonthIndex;
  /** `notYetDue`: the deadline lies after the later vintage's own month and the target is not met yet. */
  outcome: 'met' | 'notMet' | 'noFigure' | 'notYetDue';
  /** The figure that decided it (null when none was reported by the deadline). */
  decidedBy: { month: MonthIndex; value: number } | null;
}

export interface Hindsight {
  start: { month: MonthIndex; value: number };
  ratePerMonth: number;
  /** True when the seed figures had a trend; false means the projection is flat (one observation). */
  hadTrend: boolean;
  rows: HindsightRow[];
  outcomes: TargetOutcome[];
}

/**
 * What the seed-era projection (seed baseline, seed trend) promised for each month a later figure was
 * reported, and whether each target was met by what was reported. Null without a seed baseline or later figures.
 * @example fibre: 82.2% in 06/2024 at 2.6/6 pp/month promised 84.8% for 12/2024; 82.4% was reported (−2.4)
 */
export function hindsight(
  seed: LoadedIndicator,
  latest: LoadedIndicator,
  later: Pick<Dataset, 'vintage' | 'asOf'>,
  model: GrowthModel = 'linear',
  window: TrendWindow = 'all',
): Hindsight | null {
  const start = baselineOf(countedPoints(seed.observations));
  const laterFigures = latest.observations.filter((o) => o.vintage === later.vintage);
  if (!start || laterFigures.length === 0) return null;
  const seedTrendPoints = trendPoints(seed, undefined, window);
  const ratePerMonth = defaultRate(seedTrendPoints);
  const rows = laterFigures.map((o): HindsightRow => {
    const month = monthIndex(o.month);
    const projected = valueAt(model, start.value, ratePerMonth, month - start.month, seed.ceiling);
    return {
      month,
      projected,
      reported: o.value,
      difference: o.value - projected,
      alternative: Boolean(o.alternative),
      source: o.source,
    };
  });
  const reported = countedPoints(latest.observations);
  // Each target is judged on its own measure only: context targets of another measure are not scored.
  const outcomes = latest.shownTargets
    .filter((t) => !t.context)
    .map((t): TargetOutcome => {
      const deadline = monthIndex(t.deadline);
      const decidedBy = reported.filter((p) => p.month <= deadline).at(-1) ?? null;
      const met = decidedBy !== null && decidedBy.value >= t.value;
      // A deadline after the vintage's own month is still ahead: undecided unless already met.
      const outcome = met
        ? 'met'
        : deadline > monthIndex(later.asOf)
          ? 'notYetDue'
          : decidedBy
            ? 'notMet'
            : 'noFigure';
      return { targetId: t.id, value: t.value, deadline, outcome, decidedBy };
    });
  return { start, ratePerMonth, hadTrend: trendOf(seedTrendPoints) !== null, rows, outcomes };
}
