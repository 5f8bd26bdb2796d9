import { countedPoints, trendPoints, type UserObservation } from './baseline';
import { pointScale } from './band-spread';
import type { LoadedIndicator } from './load-dataset';
import type { MonthValue } from './trend-rate';

/** What one indicator can tell the band model, on its own scale of points (see pointScale). */
export interface BandEvidence {
  id: string;
  /** Counted points the trend is fitted over (since the latest break), values in points. */
  points: MonthValue[];
  /** Units per point, from the latest counted figure. */
  scale: number;
  /** Differences between two figures reported for the same month (alternative − counted), in points. */
  pairDifferences: number[];
}

/**
 * The evidence of one indicator: its counted points (the user's included) since the latest definitional
 * break (the trend's default window) and every same-month disagreement between a counted and an alternative figure.
 * @example essentialServicesOnPortal in the seeds: one point (56.58) and one pair, 81.13 − 56.58 = 24.55
 */
export function bandEvidence(
  indicator: LoadedIndicator,
  user: readonly UserObservation[] = [],
): BandEvidence {
  const counted = countedPoints(indicator.observations, user);
  const scale = pointScale(indicator.unit, counted.at(-1)?.value ?? 100);
  const points = trendPoints(indicator, user, 'sinceBreak').map((p) => ({
    month: p.month,
    value: p.value / scale,
  }));
  const countedByMonth = new Map(counted.map((p) => [p.month, p.value]));
  const pairDifferences = indicator.observations
    .filter((o) => o.alternative && countedByMonth.has(o.month))
    .map((o) => (o.value - countedByMonth.get(o.month)!) / scale);
  return { id: indicator.id, points, scale, pairDifferences };
}
