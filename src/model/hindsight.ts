import { coverage, figureKind, type Coverage, type FigureKind } from './backtest';
import { linearBandAt } from './band-quantiles';
import type { BandSpread } from './band-spread';
import { baselineOf, countedPoints, defaultRate, trendOf, trendPoints, type TrendWindow } from './baseline';
import { valueAt, type GrowthModel } from './growth-models';
import type { Dataset, LoadedIndicator } from './load-dataset';
import type { MonthIndex } from './month';

/** One later figure set against what the 2024 projection said for its month. */
export interface HindsightRow {
  month: MonthIndex;
  projected: number;
  reported: number;
  /** Reported minus projected: positive means reality beat the projection. */
  difference: number;
  alternative: boolean;
  /** Whether the figure counts in the coverage (see FigureKind). */
  kind: FigureKind;
  /** The 2024 band at the month (p10 … p90) and whether the figure fell inside; null without a band. */
  band: number[] | null;
  inside80: boolean | null;
  inside50: boolean | null;
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
  /** True when the 2024 figures had a trend; false means the projection is flat (one observation). */
  hadTrend: boolean;
  rows: HindsightRow[];
  outcomes: TargetOutcome[];
}

/**
 * What the 2024 projection (the 2024 baseline and trend) promised for each month a later figure was
 * reported, and whether each target was met by what was reported. Null without a 2024 baseline or later figures.
 * With a `spread`, each row also carries the 2024 band of its month (linear model only: its band is
 * exact, see linearBandAt) and whether the figure fell inside.
 * @example fibre: 82.2% in 06/2024 at 2.6/6 pp/month promised 84.8% for 12/2024; 82.4% was reported (−2.4)
 */
export function hindsight(
  older: LoadedIndicator,
  latest: LoadedIndicator,
  later: Pick<Dataset, 'vintage' | 'asOf'>,
  model: GrowthModel = 'linear',
  window: TrendWindow = 'all',
  spread: BandSpread | null = null,
): Hindsight | null {
  const start = baselineOf(countedPoints(older.observations));
  const laterFigures = latest.observations.filter((o) => o.vintage === later.vintage);
  if (!start || laterFigures.length === 0) return null;
  const olderTrendPoints = trendPoints(older, undefined, window);
  const ratePerMonth = defaultRate(olderTrendPoints);
  const rows = laterFigures.map((o): HindsightRow => {
    const month = o.month;
    const projected = valueAt(model, start.value, ratePerMonth, month - start.month, older.ceiling);
    const months = month - start.month;
    const band =
      spread && model === 'linear' && months >= 0
        ? linearBandAt(start.value + ratePerMonth * months, spread, months, older.ceiling)
        : null;
    return {
      month,
      projected,
      reported: o.value,
      difference: o.value - projected,
      alternative: Boolean(o.alternative),
      kind: figureKind(latest, o, start.month),
      band,
      inside80: band && o.value >= band[0]! && o.value <= band[4]!,
      inside50: band && o.value >= band[1]! && o.value <= band[3]!,
      source: o.source,
    };
  });
  const reported = countedPoints(latest.observations);
  // Each target is judged on its own measure only: context targets of another measure are not scored.
  const outcomes = latest.shownTargets
    .filter((t) => !t.context)
    .map((t): TargetOutcome => {
      const deadline = t.deadline;
      const decidedBy = reported.filter((p) => p.month <= deadline).at(-1) ?? null;
      const met = decidedBy !== null && decidedBy.value >= t.value;
      // A deadline after the vintage's own month is still ahead: undecided unless already met.
      const outcome = met ? 'met' : deadline > later.asOf ? 'notYetDue' : decidedBy ? 'notMet' : 'noFigure';
      return { targetId: t.id, value: t.value, deadline, outcome, decidedBy };
    });
  return { start, ratePerMonth, hadTrend: trendOf(olderTrendPoints) !== null, rows, outcomes };
}

/**
 * The 2024 band of a hindsight projection for drawing: rows p10 … p90 from the start to `horizon`.
 * @example hindsightFan(fibre, spread, 100, monthIndex('2026-12')).rows[4][0] = 82.2 + 1.2816·levelSd
 */
export function hindsightFan(
  result: Pick<Hindsight, 'start' | 'ratePerMonth'>,
  spread: BandSpread,
  ceiling: number | null,
  horizon: MonthIndex,
): { startMonth: MonthIndex; rows: Float64Array[] } {
  const length = Math.max(0, horizon - result.start.month + 1);
  const rows = Array.from({ length: 5 }, () => new Float64Array(length));
  for (let k = 0; k < length; k++) {
    const band = linearBandAt(result.start.value + result.ratePerMonth * k, spread, k, ceiling);
    band.forEach((value, j) => (rows[j]![k] = value));
  }
  return { startMonth: result.start.month, rows };
}

/**
 * How many counted figures of every indicator reported since the 2024 data fell inside the 2024
 * bands (the backtest's headline when `spreads` are leaveOneOutSpreads).
 * @example hindsightCoverage(older, latest, spreads) → { figures: 19, inside80: 14, inside50: 12 }
 */
export function hindsightCoverage(
  older: Dataset,
  latest: Dataset,
  spreads: ReadonlyMap<string, BandSpread>,
  window: TrendWindow = 'all',
): Coverage {
  const rows = older.indicators.flatMap((before) => {
    const after = latest.indicators.find((i) => i.id === before.id);
    const spread = spreads.get(before.id);
    if (!after || !spread) return [];
    const result = hindsight(before, after, latest, 'linear', window, spread);
    return (result?.rows ?? []).filter((row) => row.kind === 'counted' && row.band !== null);
  });
  return coverage(rows.map((row) => ({ inside80: row.inside80!, inside50: row.inside50! })));
}
